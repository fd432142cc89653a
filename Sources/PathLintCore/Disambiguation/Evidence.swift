/// One piece of evidence about what a mention means, from one family, with the reading it
/// supports and a one-line reason a curator can check.

/// The families of evidence, as `pathlint explain false-match` lists them and as a
/// finding names them (`[evidence: organism]`).
public enum EvidenceFamily: String, Sendable, CaseIterable, Hashable {
    /// Another gene's own symbol, or a stronger claim than the annotated gene's.
    case claim
    /// The figure's caption and titles: a definition of the abbreviation.
    case text
    /// Pseudogenes, readthrough loci, ORFs and RNA genes are unlikely figure labels.
    case plausibility
    /// The word names a chemical, ion, cell type or other thing that is not a gene.
    case notAGene = "not-a-gene"
    /// The mention's organism is not the figure's.
    case organism
    /// A chemical or disease word against its MeSH concept.
    case concept
    /// An OCR look-alike (`l` for `1`) explains the match; the intended word is no gene.
    case ocr
    /// The word's letter case: human gene labels are written in capitals.
    case letterCase = "case"
    /// A family matched from a fragment of a word that names one member (`P-selectin`).
    case family
    /// The figure's other genes: a candidate shares a FamPlex family or a symbol stem with them.
    case company
}

/// What a mention may mean.
public enum Reading: Sendable, Hashable {
    /// A gene: symbol and NCBI Gene ID (empty when unknown).
    case gene(symbol: String, id: String)
    /// Not a gene: what it is instead, with a MeSH ID when there is one.
    case notAGene(label: String, id: String?)
    /// A gene, but of another organism than the annotated one.
    case otherOrganism(String)
    /// A MeSH concept (for a chemical or disease mention).
    case concept(label: String, id: String)
    /// Not a chemical or disease at all.
    case notAConcept(label: String)

    /// How a finding names the reading: `MAP3K7 (NCBI Gene 6885)`, `Adenosine Triphosphate (MeSH D000255)`.
    public var label: String {
        switch self {
        case .gene(let symbol, let id): id.isEmpty ? symbol : "\(symbol) (NCBI Gene \(id))"
        case .notAGene(let label, let id?): "\(label) (MeSH \(id)), not a gene"
        case .notAGene(let label, nil): "\(label), not a gene"
        case .otherOrganism(let description): description
        case .concept(let label, let id): "\(label) (MeSH \(id))"
        case .notAConcept(let label): label
        }
    }
}

public struct Evidence: Sendable, Hashable {
    public let family: EvidenceFamily
    /// The reading the evidence supports.
    public let reading: Reading
    /// How much it counts: 3 decides alone, 2 decides unless contradicted, 1 only tips a balance.
    public let weight: Int
    public let reason: String

    public init(_ family: EvidenceFamily, _ reading: Reading, weight: Int, _ reason: String) {
        self.family = family
        self.reading = reading
        self.weight = weight
        self.reason = reason
    }
}

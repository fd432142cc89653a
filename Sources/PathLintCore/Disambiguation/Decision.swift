/// Weighs a mention's evidence and decides what it means: the annotated gene, another
/// reading (a better gene, not a gene, another organism), or undecided when the evidence
/// for another reading meets evidence for the annotated one.
public struct Disambiguation: Sendable {
    public enum Decision: Sendable, Hashable {
        /// Nothing speaks against the annotation.
        case annotated
        /// `Reading` is better supported than the annotation.
        case other(Reading)
        /// Evidence for another reading, but as much for the annotated one.
        case undecided(Reading)
    }

    public let candidates: [GeneCandidate]
    /// Every piece of evidence found, strongest first.
    public let evidence: [Evidence]
    public let decision: Decision

    /// The evidence that supports the decided (or undecided) reading.
    public var support: [Evidence] {
        switch decision {
        case .annotated: []
        case .other(let reading), .undecided(let reading): evidence.filter { $0.reading == reading }
        }
    }

    /// Decides a gene mention.
    public static func gene(_ mention: GeneQuery, in figure: FigureContext, reference: ReferenceSnapshot) -> Disambiguation {
        figure.decided(mention) { decide(mention, in: figure, reference: reference) }
    }

    private static func decide(_ mention: GeneQuery, in figure: FigureContext, reference: ReferenceSnapshot) -> Disambiguation {
        let candidates = Candidates.genes(for: mention, in: figure, hgnc: reference.hgnc)
        let found = [
            OrganismEvidence.evaluate(mention, in: figure),
            NotAGeneEvidence.evaluate(mention, reference: reference),
            TextEvidence.evaluate(mention, candidates: candidates, in: figure, reference: reference),
            ClaimEvidence.evaluate(mention, candidates: candidates, in: figure),
            PlausibilityEvidence.evaluate(mention, candidates: candidates),
            LetterCaseEvidence.evaluate(mention),
            OCREvidence.evaluate(mention, reference: reference),
            FamilyFragmentEvidence.evaluate(mention, in: figure, hgnc: reference.hgnc, famPlex: reference.famplex),
            CompanyEvidence.evaluate(mention, candidates: candidates, in: figure, famPlex: reference.famplex),
        ].compactMap { $0 }
        // The annotated gene's own support: the word is its symbol (case and punctuation aside).
        let annotatedWeight = mention.claim == .symbol && SymbolKey.equivalent(mention.token, mention.symbol) ? 2 : 0
        return Disambiguation(candidates: candidates, evidence: found, annotatedWeight: annotatedWeight)
    }

    /// Decides a chemical or disease mention.
    public static func concept(_ mention: MeSHQuery, reference: ReferenceSnapshot) -> Disambiguation {
        let found = [ConceptEvidence.evaluate(mention, reference: reference),
                     ChemicalNameEvidence.evaluate(mention, reference: reference)].compactMap { $0 }
        return Disambiguation(candidates: [], evidence: found, annotatedWeight: 0)
    }

    init(candidates: [GeneCandidate], evidence: [Evidence], annotatedWeight: Int) {
        self.candidates = candidates
        self.evidence = evidence.sorted { $0.weight > $1.weight }
        var totals: [Reading: Int] = [:]
        var order: [Reading] = []
        for item in self.evidence {
            if totals[item.reading] == nil { order.append(item.reading) }
            totals[item.reading, default: 0] += item.weight
        }
        // Organism evidence decides alone: every reading of the row is the wrong organism's.
        guard let best = order.max(by: { totals[$0]! < totals[$1]! }), let weight = totals[best] else {
            decision = .annotated
            return
        }
        if weight >= 3 || (weight >= 2 && weight > annotatedWeight) {
            decision = .other(best)
        } else if weight >= 2 {
            decision = .undecided(best)
        } else {
            decision = .annotated
        }
    }
}

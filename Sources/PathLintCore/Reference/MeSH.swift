/// One MeSH descriptor (`D…`) or supplementary concept record (`C…`).
public struct MeSHConcept: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case descriptor = "D"
        case supplementary = "C"
    }

    public let id: String
    public let kind: Kind
    public let label: String
    /// Tree numbers of a descriptor (`C04.557…`); tree `C` is Diseases, `D` Chemicals and Drugs.
    public let treeNumbers: [String]
    /// The descriptors a supplementary concept is mapped to.
    public let mappedHeadings: [String]
    /// A descriptor's entry terms, or a supplementary concept's synonyms.
    public let entryTerms: [String]

    init?(columns: [Substring]) {
        guard columns.count >= 6, let kind = Kind(rawValue: String(columns[1])) else { return nil }
        id = String(columns[0])
        self.kind = kind
        label = String(columns[2])
        treeNumbers = SortedLines.values(columns[3])
        mappedHeadings = SortedLines.values(columns[4])
        entryTerms = SortedLines.values(columns[5])
    }

    /// The top-level MeSH trees (`C`, `D`, …) this concept sits in.
    public var treeLetters: Set<Character> {
        Set(treeNumbers.compactMap(\.first))
    }
}

/// A MeSH label or entry term that starts with the text being completed.
public struct MeSHLabelMatch: Sendable, Hashable {
    /// The term as MeSH writes it: the concept's label, or one of its entry terms.
    public let term: String
    /// Whether `term` is the concept's label (else an entry term).
    public let isLabel: Bool
    public let concept: MeSHConcept
}

/// Lookups into the MeSH part of the snapshot.
public struct MeSHIndex: Sendable {
    let concepts: SortedLines
    /// `mesh-labels.tsv` (key, term or empty for the label, ID); nil in a snapshot
    /// built before it existed, where label completion finds nothing.
    let labels: SortedLines?
    private let conceptCache = LookupCache<String, MeSHConcept?>()
    private let termCache = LookupCache<String, [MeSHLabelMatch]>()
    private let newestCache = LookupCache<String, String?>()

    init(concepts: SortedLines, labels: SortedLines? = nil) {
        self.concepts = concepts
        self.labels = labels
    }

    /// The top-level trees a concept sits in: a descriptor's own, a supplementary
    /// concept's through its mapped headings (which have trees of their own).
    public func effectiveTreeLetters(of concept: MeSHConcept) -> Set<Character> {
        switch concept.kind {
        case .descriptor: concept.treeLetters
        case .supplementary: concept.mappedHeadings.reduce(into: Set()) { letters, id in
            letters.formUnion(self.concept(id: id)?.treeLetters ?? [])
        }
        }
    }

    /// Concepts whose label or entry term starts with `prefix`, compared case- and
    /// punctuation-insensitively (`glucos` finds Glucose), in key order, at most
    /// `limit`. A concept reached by several terms appears once per term.
    public func concepts(withLabelPrefix prefix: some StringProtocol, limit: Int) -> [MeSHLabelMatch] {
        let key = SymbolKey.normalize(prefix)
        guard let labels, !key.isEmpty, limit > 0 else { return [] }
        return labels.records(withKeyPrefix: key, limit: limit).compactMap { columns in
            guard columns.count >= 3, let concept = concept(id: columns[2]) else { return nil }
            let isLabel = columns[1].isEmpty
            return MeSHLabelMatch(term: isLabel ? concept.label : String(columns[1]), isLabel: isLabel, concept: concept)
        }
    }

    /// Concepts with a label or entry term whose key (`SymbolKey`) is that of `text`
    /// exactly, each once, in snapshot order.
    public func concepts(withTerm text: some StringProtocol) -> [MeSHLabelMatch] {
        let key = SymbolKey.normalize(text)
        guard let labels, !key.isEmpty else { return [] }
        return termCache.value(for: key) {
            var seen: Set<String> = []
            return labels.records(forKey: key).compactMap { columns in
                guard columns.count >= 3, seen.insert(String(columns[2])).inserted,
                      let concept = concept(id: columns[2]) else { return nil }
                let isLabel = columns[1].isEmpty
                return MeSHLabelMatch(term: isLabel ? concept.label : String(columns[1]), isLabel: isLabel, concept: concept)
            }
        }
    }

    /// The IDs of the concepts with a label or entry term whose key (`SymbolKey`) is `key`,
    /// in file order (a concept once per term `mesh-labels.tsv` files under the key).
    func conceptIDs(withTermKey key: String) -> [String] {
        guard let labels, !key.isEmpty else { return [] }
        return labels.records(forKey: key).compactMap { $0.count >= 3 ? String($0[2]) : nil }
    }

    public func concept(id: some StringProtocol) -> MeSHConcept? {
        let id = String(id)
        return conceptCache.value(for: id) { concepts.record(forKey: id).flatMap(MeSHConcept.init(columns:)) }
    }

    /// The newest ID of a kind the snapshot holds (`D000098002`): the greatest number among
    /// the longest IDs. Worked out once, on first use.
    public func newestID(_ kind: MeSHConcept.Kind) -> String? {
        newestCache.value(for: kind.rawValue) { concepts.greatestKey(withPrefix: kind.rawValue) }
    }

    /// Whether `id` (well-formed) is numbered beyond the newest ID of its kind in the snapshot.
    public func isNewerThanSnapshot(_ id: String) -> Bool {
        guard MeSHIndex.isWellFormedID(id), let kind = MeSHConcept.Kind(rawValue: String(id.prefix(1))),
              let newest = newestID(kind) else { return false }
        return id.utf8.count > newest.utf8.count || id.utf8.count == newest.utf8.count && id > newest
    }

    /// Concepts whose label or entry term is `word`, compared as the lexicon does
    /// (case- and punctuation-insensitively), labels first.
    public func concepts(named word: some StringProtocol) -> [MeSHLabelMatch] {
        let matches = concepts(withTerm: word)
        return matches.filter(\.isLabel) + matches.filter { !$0.isLabel }
    }

    /// Whether `text` has the shape of a MeSH descriptor or supplementary concept ID:
    /// `D` or `C` followed by 6 or 9 digits.
    public static func isWellFormedID(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7 || bytes.count == 10, bytes[0] == UInt8(ascii: "D") || bytes[0] == UInt8(ascii: "C") else {
            return false
        }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

extension MeSHConcept {
    /// A descriptor in the Chemicals and Drugs tree (`D`) outside the trees of gene
    /// products: hormones (`D06`, many of them peptides: GLP-1), enzymes (`D08`), proteins and peptides (`D12`, amino acids `D12.125`
    /// excepted) and biological factors (`D23`), in none of its tree positions. `ADP` and
    /// `Serine` are; `Calmodulin` and `CD40 Ligand` are not.
    public var isSmallMoleculeDescriptor: Bool {
        let chemicalTrees = treeNumbers.filter { $0.hasPrefix("D") }
        return kind == .descriptor && !chemicalTrees.isEmpty && chemicalTrees.allSatisfy { tree in
            !tree.hasPrefix("D06") && !tree.hasPrefix("D08") && !tree.hasPrefix("D23")
                && (!tree.hasPrefix("D12") || tree.hasPrefix("D12.125"))
        }
    }
}

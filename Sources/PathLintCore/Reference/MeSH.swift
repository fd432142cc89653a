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
    /// A descriptor's entry terms (synonyms).
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

/// Lookups into the MeSH part of the snapshot.
public struct MeSHIndex: Sendable {
    let concepts: SortedLines
    private let conceptCache = LookupCache<String, MeSHConcept?>()

    init(concepts: SortedLines) { self.concepts = concepts }

    public func concept(id: some StringProtocol) -> MeSHConcept? {
        let id = String(id)
        return conceptCache.value(for: id) { concepts.record(forKey: id).flatMap(MeSHConcept.init(columns:)) }
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

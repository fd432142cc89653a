/// Words that are evidence against a gene match: a curated list of chemical, ion,
/// amino-acid, taxon, domain, cell-type, disease and laboratory abbreviations (each
/// with its reason, `reference/curated/not-gene-words.tsv`), an allow list of real gene
/// names that are English words (`gene-name`), and the English words of Debian's
/// wamerican list that are also HGNC aliases or previous symbols. Built into
/// `word-lists.tsv` by `scripts/build-snapshot.py`.
public struct WordLists: Sendable {
    /// One line of `word-lists.tsv`.
    public struct Entry: Sendable, Hashable {
        /// `english`, `gene-name`, or a curated category (`chemical`, `amino-acid`, ...).
        public let list: String
        /// The word as the list writes it (`Ca2+`, `mice`).
        public let word: String
        /// The MeSH label of what a curated word stands for (`Serine` for `Ser`), or empty.
        public let means: String
        /// Why a curated word is not a gene; empty for English words.
        public let reason: String

        public var isEnglish: Bool { list == "english" }
        public var isGeneName: Bool { list == "gene-name" }
    }

    let lines: SortedLines?
    private let cache = LookupCache<String, [Entry]>()

    init(lines: SortedLines?) { self.lines = lines }

    /// Every entry whose key (`SymbolKey`) is that of `word`.
    public func entries(for word: some StringProtocol) -> [Entry] {
        let key = SymbolKey.normalize(word)
        guard let lines, !key.isEmpty else { return [] }
        return cache.value(for: key) {
            lines.records(forKey: key).compactMap { columns in
                guard columns.count >= 5 else { return nil }
                return Entry(list: String(columns[1]), word: String(columns[2]), means: String(columns[3]),
                             reason: String(columns[4]))
            }
        }
    }
}

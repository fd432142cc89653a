/// One NCBI Gene record from `gene_info`, as the snapshot keeps it.
public struct NCBIGene: Sendable, Hashable {
    public let geneID: String
    /// NCBI Taxonomy ID (`10090` for mouse).
    public let taxon: String
    public let symbol: String
    /// `type_of_gene`: `protein-coding`, `ncRNA`, `pseudo`, …
    public let type: String
    public let synonyms: [String]
    public let description: String

    init?(columns: [Substring]) {
        guard columns.count >= 6 else { return nil }
        geneID = String(columns[0])
        taxon = String(columns[1])
        symbol = String(columns[2])
        type = String(columns[3])
        synonyms = SortedLines.values(columns[4])
        description = String(columns[5])
    }
}

/// How a string names an NCBI gene of a taxon.
public struct NCBISymbolMatch: Sendable, Hashable {
    /// Whether `text` is the gene's symbol (else one of its synonyms).
    public let isSymbol: Bool
    /// The symbol or synonym as NCBI writes it.
    public let text: String
    public let geneID: String
}

/// A discontinued NCBI Gene ID, from `gene_history`.
public struct DiscontinuedGene: Sendable, Hashable {
    public let geneID: String
    public let taxon: String
    /// The Gene ID that replaced it; nil when it was withdrawn without one.
    public let replacement: String?
    public let symbol: String
    /// `YYYY-MM-DD`.
    public let date: String
}

/// Lookups into the optional NCBI Gene part of the snapshot (`ncbi-genes.tsv`,
/// `ncbi-symbols.tsv`, `ncbi-taxa.tsv`, `gene-history.tsv`), built from NCBI's
/// `gene_info` and `gene_history` by `pathlint data build`. A snapshot without them
/// answers "unknown": `hasTaxon` false, every lookup nil or empty.
public struct NCBIGeneIndex: Sendable {
    let genes: SortedLines?
    let symbols: SortedLines?
    let taxa: SortedLines?
    let history: SortedLines?
    private let geneCache = LookupCache<String, NCBIGene?>()
    private let symbolCache = LookupCache<String, [NCBISymbolMatch]>()
    private let historyCache = LookupCache<String, DiscontinuedGene?>()

    init(genes: SortedLines?, symbols: SortedLines?, taxa: SortedLines?, history: SortedLines?) {
        self.genes = genes
        self.symbols = symbols
        self.taxa = taxa
        self.history = history
    }

    /// Whether the snapshot has `gene_info` data at all.
    public var hasGeneInfo: Bool { genes != nil && taxa != nil }
    /// Whether the snapshot has `gene_history` data.
    public var hasHistory: Bool { history != nil }

    /// Whether the snapshot holds this taxon's genes (so a symbol or ID missing from it
    /// is really missing, not merely not imported).
    public func hasTaxon(_ taxon: some StringProtocol) -> Bool {
        taxa?.record(forKey: String(taxon)) != nil
    }

    /// The gene with this ID, any taxon.
    public func gene(id: some StringProtocol) -> NCBIGene? {
        guard let genes else { return nil }
        let id = String(id)
        return geneCache.value(for: id) { genes.record(forKey: id).flatMap(NCBIGene.init(columns:)) }
    }

    /// Genes of `taxon` whose symbol or synonym is `text` (case- and punctuation-
    /// insensitively, as `SymbolKey`), exact spellings first, then symbols before synonyms.
    public func matches(for text: some StringProtocol, taxon: some StringProtocol) -> [NCBISymbolMatch] {
        guard let symbols else { return [] }
        let exact = String(text), key = SymbolKey.normalize(text)
        guard !key.isEmpty else { return [] }
        let probe = String(taxon) + ":" + key
        return symbolCache.value(for: probe + "\t" + exact) {
            symbols.records(forKey: probe).compactMap { columns -> NCBISymbolMatch? in
                guard columns.count >= 4 else { return nil }
                return NCBISymbolMatch(isSymbol: columns[1] == "s", text: String(columns[2]), geneID: String(columns[3]))
            }.sorted { lhs, rhs in
                let lhsExact = lhs.text == exact, rhsExact = rhs.text == exact
                if lhsExact != rhsExact { return lhsExact }
                if lhs.isSymbol != rhs.isSymbol { return lhs.isSymbol }
                return lhs.geneID < rhs.geneID
            }
        }
    }

    /// The discontinued ID's record, or nil when the ID is not in `gene_history` (or the
    /// snapshot has no history).
    public func discontinued(id: some StringProtocol) -> DiscontinuedGene? {
        guard let history else { return nil }
        let id = String(id)
        return historyCache.value(for: id) {
            history.record(forKey: id).flatMap { columns in
                guard columns.count >= 5 else { return nil }
                return DiscontinuedGene(geneID: id, taxon: String(columns[1]),
                                        replacement: columns[2].isEmpty ? nil : String(columns[2]),
                                        symbol: String(columns[3]), date: String(columns[4]))
            }
        }
    }

    /// Follows replacements to the current ID (a replacement may itself have been
    /// discontinued since); nil when the chain ends without one.
    public func currentID(replacing id: some StringProtocol) -> String? {
        var current = String(id)
        var seen: Set<String> = [current]
        while let record = discontinued(id: current) {
            guard let next = record.replacement, seen.insert(next).inserted else { return nil }
            current = next
        }
        return current
    }
}

/// HGNC gene groups of one gene (`hgnc-groups.tsv`, from the complete set's `gene_group`).
public struct HGNCGeneGroups: Sendable, Hashable {
    public let names: [String]
    public let ids: [String]
}

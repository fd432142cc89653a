/// Evidence from the company a candidate keeps: a figure draws a pathway, so the gene a
/// label means usually belongs with the figure's other genes. A candidate that shares a
/// FamPlex family or a symbol stem with several of them (`TAK1` as MAP3K7 beside MAP2K3,
/// MAP2K6 and TAB1) is a likelier reading than an annotated gene that shares neither.
/// It only tips a balance (weight 1): a figure can draw one unrelated gene.
enum CompanyEvidence {
    /// FamPlex entities with more members than this (all kinases, all receptors of a
    /// class) say little about a figure.
    static let largestFamily = 30
    /// A symbol stem must be this long: two letters (`NR`, `CD`) join unrelated genes.
    static let shortestStem = 3
    /// Neighbours a candidate needs before its company counts.
    static let neighboursNeeded = 2

    static func evaluate(_ mention: GeneQuery, candidates: [GeneCandidate], in figure: FigureContext,
                         famPlex: FamPlexIndex) -> Evidence? {
        guard mention.isHuman, mention.claim != .symbol, mention.claim != .family else { return nil }
        let others = candidates.filter { $0.geneID != mention.geneID && $0.symbol != mention.symbol }
        guard !others.isEmpty else { return nil }
        let index = figure.companyIndex { Index(genes: figure.genes, famPlex: famPlex) }
        // The rows of this word are the candidates themselves, not their company.
        let ownKeys: Set<String> = [SymbolKey.normalize(mention.term), SymbolKey.normalize(mention.token)]
        guard index.company(of: mention.symbol, excluding: ownKeys, famPlex: famPlex).isEmpty else { return nil }
        let ranked = others.map { ($0, index.company(of: $0.symbol, excluding: ownKeys, famPlex: famPlex)) }
            .filter { $0.1.count >= neighboursNeeded }
            .sorted { $0.1.count > $1.1.count }
        guard let (best, friends) = ranked.first, ranked.dropFirst().first?.1.count != friends.count else { return nil }
        let listed = friends.sorted().prefix(4).joined(separator: ", ") + (friends.count > 4 ? ", ..." : "")
        return Evidence(.company, .gene(symbol: best.symbol, id: best.geneID), weight: 1,
                        "\(best.symbol) shares a family or symbol stem with \(friends.count) other genes of this figure "
                            + "(\(listed)); \(mention.symbol) with none")
    }

    /// A figure's genes by the small families and the stems they belong to, built
    /// once per figure: a mention asks about each of its candidates.
    struct Index: Sendable {
        /// Each gene's words (`SymbolKey` of its rows' terms and tokens).
        let keysBySymbol: [String: Set<String>]
        let symbolsByFamily: [String: Set<String>]
        let symbolsByStem: [Substring: Set<String>]

        init(genes: [GeneQuery], famPlex: FamPlexIndex) {
            var keys: [String: Set<String>] = [:], families: [String: Set<String>] = [:], stems: [Substring: Set<String>] = [:]
            // Every organism's rows: a figure's zebrafish `tab2` keeps human MAP3K7 company
            // as well as TAB2 would (orthologs mostly share the symbol, in other case).
            for gene in genes {
                keys[gene.symbol.uppercased(), default: []].formUnion([SymbolKey.normalize(gene.term), SymbolKey.normalize(gene.token)])
            }
            for symbol in keys.keys {
                for family in famPlex.families(of: symbol) where family.memberCount <= CompanyEvidence.largestFamily {
                    families[family.entity, default: []].insert(symbol)
                }
                if let stem = CompanyEvidence.stem(symbol) { stems[stem, default: []].insert(symbol) }
            }
            keysBySymbol = keys
            symbolsByFamily = families
            symbolsByStem = stems
        }

        /// The figure's genes, other than `symbol` and those written only with `ownKeys`,
        /// that share a small FamPlex family or a symbol stem with `symbol`.
        func company(of symbol: String, excluding ownKeys: Set<String>, famPlex: FamPlexIndex) -> [String] {
            var found: Set<String> = []
            for family in famPlex.families(of: symbol) where family.memberCount <= CompanyEvidence.largestFamily {
                found.formUnion(symbolsByFamily[family.entity] ?? [])
            }
            if let own = CompanyEvidence.stem(symbol) {
                for (stem, symbols) in symbolsByStem where stem.hasPrefix(own) || own.hasPrefix(stem) {
                    found.formUnion(symbols)
                }
            }
            return found.filter { neighbour in
                neighbour != symbol && !(keysBySymbol[neighbour] ?? []).isSubset(of: ownKeys)
            }
        }
    }

    /// The letters before a symbol's first digit (`MAP` of MAP3K7, `SMAD` of SMAD2), when
    /// a digit follows them; nil for symbols without one (`RHEB`) or with a short stem.
    static func stem(_ symbol: String) -> Substring? {
        guard let digit = symbol.firstIndex(where: \.isNumber) else { return nil }
        let letters = symbol[..<digit]
        guard letters.count >= shortestStem, letters.allSatisfy(\.isLetter) else { return nil }
        return letters
    }
}

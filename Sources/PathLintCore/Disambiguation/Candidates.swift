/// The genes a mention's word and matched term could name in its organism.
public struct GeneCandidate: Sendable, Hashable {
    public let symbol: String
    public let geneID: String
    /// How the text names it: approved symbol, alias or previous symbol (HGNC), or for
    /// another organism the claim of the table's own row.
    public let claim: MentionClaim
    /// HGNC's full name and locus type (human genes only).
    public let name: String
    public let locusType: String
}

enum Candidates {
    /// Human: every approved HGNC gene that has the matched term or the word's token as its
    /// approved symbol, a previous symbol or an alias (case- and punctuation-insensitively),
    /// strongest claim first. Another organism: the genes the table's rows of that organism
    /// give the same term (the snapshot holds human genes only).
    static func genes(for mention: GeneQuery, in figure: FigureContext, hgnc: HGNCIndex) -> [GeneCandidate] {
        guard mention.isHuman else {
            let key = SymbolKey.normalize(mention.term)
            var seen: Set<String> = []
            return figure.genes.filter { other in
                other.taxon == mention.taxon && SymbolKey.normalize(other.term) == key && seen.insert(other.geneID).inserted
            }.map { GeneCandidate(symbol: $0.symbol, geneID: $0.geneID, claim: $0.claim, name: "", locusType: "") }
            .sorted { rank($0.claim) < rank($1.claim) }
        }
        var candidates = figure.humanCandidates(term: mention.term, token: mention.token) {
            humanCandidates(term: mention.term, token: mention.token, hgnc: hgnc)
        }
        // The annotated gene reached through a synonym only NCBI lists: a candidate with that claim.
        if !candidates.contains(where: { $0.geneID == mention.geneID }), let record = hgnc.approved(entrez: mention.geneID) {
            candidates.append(GeneCandidate(symbol: record.symbol, geneID: record.entrez, claim: mention.claim, name: record.name,
                                            locusType: record.locusType))
        }
        return candidates
    }

    /// The approved genes the term and token name, strongest claim first.
    private static func humanCandidates(term: String, token: String, hgnc: HGNCIndex) -> [GeneCandidate] {
        var best: [String: (SymbolClaim, HGNCRecord)] = [:]
        for text in Set([term, token].filter { !$0.isEmpty }) {
            for match in hgnc.matches(for: text) where match.claim != .withdrawn {
                guard let record = hgnc.record(number: match.hgncNumber), record.isApproved else { continue }
                if let known = best[record.number], rank(claim(known.0)) <= rank(claim(match.claim)) { continue }
                best[record.number] = (match.claim, record)
            }
        }
        return best.values.sorted { lhs, rhs in
            rank(claim(lhs.0)) != rank(claim(rhs.0)) ? rank(claim(lhs.0)) < rank(claim(rhs.0)) : lhs.1.symbol < rhs.1.symbol
        }.map { GeneCandidate(symbol: $0.1.symbol, geneID: $0.1.entrez, claim: claim($0.0), name: $0.1.name, locusType: $0.1.locusType) }
    }

    static func claim(_ claim: SymbolClaim) -> MentionClaim {
        switch claim {
        case .approved: .symbol
        case .previous: .previous
        case .alias: .alias
        case .withdrawn: .unknown
        }
    }

    /// Strength of a claim: an approved symbol, a former approved symbol, an alias, a
    /// synonym only NCBI lists, a family expansion.
    static func rank(_ claim: MentionClaim) -> Int {
        switch claim {
        case .symbol: 0
        case .previous: 1
        case .alias: 2
        case .synonym: 3
        case .family: 4
        case .unknown: 5
        }
    }
}

/// Evidence from how strongly the text names each candidate: the word is another gene's
/// own symbol (HGNC's approved symbol, or a direct-symbol row of the same organism in the
/// table), or another gene's former approved symbol where the annotated gene has it only
/// as an alias or an NCBI synonym.
enum ClaimEvidence {
    static func evaluate(_ mention: GeneQuery, candidates: [GeneCandidate], in figure: FigureContext) -> Evidence? {
        guard mention.claim != .symbol, mention.claim != .family else { return nil }
        let term = mention.term.isEmpty ? mention.token : mention.term
        let others = candidates.filter { $0.geneID != mention.geneID && $0.symbol != mention.symbol }
        guard let best = others.first else { return nil }
        let annotatedClaim = mention.isHuman
            ? candidates.first { $0.geneID == mention.geneID || $0.symbol == mention.symbol }?.claim ?? mention.claim
            : mention.claim
        if best.claim == .symbol {
            let whose = mention.isHuman ? "the approved symbol of \(best.symbol)" + (best.name.isEmpty ? "" : " (\(best.name))")
                : "\(best.symbol)'s own symbol in this table's \(mention.organismName) rows"
            return Evidence(.claim, .gene(symbol: best.symbol, id: best.geneID), weight: 2,
                            "`\(term)` is \(whose); \(mention.symbol) has it only as \(describe(annotatedClaim))")
        }
        if mention.isHuman, best.claim == .previous, Candidates.rank(annotatedClaim) > Candidates.rank(.previous) {
            // A former symbol only tips a balance: the alias is often the name in use (IL-1Ra).
            return Evidence(.claim, .gene(symbol: best.symbol, id: best.geneID), weight: 1,
                            "`\(term)` was the approved symbol of \(best.symbol) (\(best.name)), renamed; "
                                + "\(mention.symbol) has it only as \(describe(annotatedClaim))")
        }
        return nil
    }

    static func describe(_ claim: MentionClaim) -> String {
        switch claim {
        case .symbol: "its symbol"
        case .alias: "an alias"
        case .previous: "a previous symbol"
        case .synonym: "a synonym that only NCBI Gene lists"
        case .family: "a member of a family"
        case .unknown: "an unknown claim"
        }
    }
}

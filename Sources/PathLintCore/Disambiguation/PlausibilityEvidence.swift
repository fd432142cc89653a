/// Evidence from what kind of gene a candidate is: pseudogenes, readthrough loci,
/// uncharacterised open reading frames, non-coding RNA genes and immunoglobulin or T cell
/// receptor gene segments are unlikely readings of
/// a label drawn in a pathway figure when the text reached them only through an alias.
enum PlausibilityEvidence {
    static func evaluate(_ mention: GeneQuery, candidates: [GeneCandidate]) -> Evidence? {
        guard mention.isHuman, mention.claim != .symbol, mention.claim != .family,
              let annotated = candidates.first(where: { $0.geneID == mention.geneID || $0.symbol == mention.symbol }),
              let kind = unlikely(annotated) else { return nil }
        if let other = candidates.first(where: { $0.geneID != annotated.geneID && unlikely($0) == nil }) {
            return Evidence(.plausibility, .gene(symbol: other.symbol, id: other.geneID), weight: 2,
                            "\(mention.symbol) is \(kind), an unlikely label in a pathway figure; \(other.symbol) "
                                + "(\(other.name)) also has `\(mention.term)` as \(ClaimEvidence.describe(other.claim))")
        }
        return Evidence(.plausibility, .notAGene(label: "no gene of the lexicon", id: nil), weight: 2,
                        "\(mention.symbol) is \(kind), an unlikely label in a pathway figure, reached only through "
                            + ClaimEvidence.describe(mention.claim))
    }

    /// What makes a candidate an unlikely reading, or nil.
    static func unlikely(_ candidate: GeneCandidate) -> String? {
        let type = candidate.locusType
        if type.hasSuffix("pseudogene") { return "a pseudogene" }
        if type == "readthrough" { return "a readthrough locus" }
        if type == "immunoglobulin gene" || type == "T cell receptor gene" { return "an immune receptor gene segment" }
        if type.hasPrefix("RNA,") { return "a non-coding RNA gene (\(type.dropFirst(5)))" }
        // `C9orf72`: HGNC names uncharacterised open reading frames by their chromosome.
        if candidate.symbol.contains("orf") && candidate.name.contains("open reading frame") {
            return "an uncharacterised open reading frame"
        }
        return nil
    }
}

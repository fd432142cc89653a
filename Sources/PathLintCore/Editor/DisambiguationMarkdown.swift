/// The `false-match` decision for the gene mention under the cursor, as hover Markdown:
/// its candidates, every piece of evidence with its family and weight, and the decision.
enum DisambiguationMarkdown {
    static func gene(_ mention: GeneQuery, in figure: FigureContext, reference: ReferenceSnapshot) -> String {
        let result = Disambiguation.gene(mention, in: figure, reference: reference)
        let word = mention.token.replacingAll("`", with: "'")
        var lines: [String] = []
        let candidates = result.candidates.prefix(8).map { candidate in
            let marker = candidate.geneID == mention.geneID || candidate.symbol == mention.symbol ? " (annotated)" : ""
            return "\(EditorMarkdown.escape(candidate.symbol)) — \(ClaimEvidence.describe(candidate.claim))\(marker)"
        }
        lines.append("**Candidates for `\(word)`:** " + (candidates.isEmpty ? "none in the reference data" : candidates.joined(separator: "; "))
            + "; or not a gene")
        if result.evidence.isEmpty {
            lines.append("**Evidence:** none against \(EditorMarkdown.escape(mention.symbol))")
        } else {
            lines.append("**Evidence:**")
            for item in result.evidence {
                lines.append("- *\(item.family.rawValue)* (weight \(item.weight)) for \(EditorMarkdown.escape(item.reading.label)): "
                    + item.reason)
            }
        }
        switch result.decision {
        case .annotated: lines.append("**Decision:** \(EditorMarkdown.escape(mention.symbol)), as annotated")
        case .other(let reading): lines.append("**Decision:** \(EditorMarkdown.escape(reading.label))")
        case .undecided(let reading):
            lines.append("**Decision:** undecided between \(EditorMarkdown.escape(mention.symbol)) and \(EditorMarkdown.escape(reading.label))")
        }
        return lines.joined(separator: "\n\n")
    }
}

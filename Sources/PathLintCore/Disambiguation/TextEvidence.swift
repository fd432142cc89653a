/// Evidence from the figure's own text: an abbreviation the caption or a title defines
/// (`X (long form)`, `long form (X)`, `X: long form;`), compared with each candidate's name.
enum TextEvidence {
    static func evaluate(_ mention: GeneQuery, candidates: [GeneCandidate], in figure: FigureContext, reference: ReferenceSnapshot) -> Evidence? {
        // A family name stands for every member; its definition is the family's.
        guard mention.claim != .family else { return nil }
        // Only a word the text uses can be defined there: most are not, and reading the
        // definitions of a long caption costs more than the rest of the rule.
        let words = figure.words
        guard [mention.token, mention.term].contains(where: { text in
            let pieces = OrganismWords.words(text)
            return !pieces.isEmpty && pieces.allSatisfy(words.contains)
        }) else { return nil }
        let keys = [mention.token, mention.term].map(SymbolKey.normalize).filter { !$0.isEmpty }
        guard let key = keys.first(where: { figure.definitions[$0] != nil }), let expansion = figure.definitions[key],
              !panelWords.contains(expansion.lowercased()),
              FalseMatchEvidence.words(expansion).contains(where: { $0.utf8.count >= 3 && $0.contains(where: \.isLetter) }) else {
            return nil
        }
        let term = mention.token
        // Another candidate whose HGNC name the definition gives, where the annotated gene's does not.
        let annotated = candidates.first { $0.geneID == mention.geneID || $0.symbol == mention.symbol }
        if let annotated, names(expansion, annotated) { return nil }
        if let other = candidates.first(where: { $0.geneID != mention.geneID && names(expansion, $0) }) {
            return Evidence(.text, .gene(symbol: other.symbol, id: other.geneID), weight: 2,
                            "the figure's text defines `\(term)` as \"\(expansion)\", the name of \(other.symbol) (\(other.name))")
        }
        let geneName = annotated.map(\.name).flatMap { $0.isEmpty ? nil : $0 }
        guard !namesAGene(expansion, geneName: geneName, reference: reference) else { return nil }
        // The authors' own definition decides, unless the word is the gene's own symbol:
        // then it meets the symbol's claim (undecided).
        return Evidence(.text, .notAGene(label: "\"\(expansion)\"", id: nil), weight: mention.claim == .symbol ? 2 : 3,
                        "the figure's text defines `\(term)` as \"\(expansion)\", which names no gene")
    }

    /// Parenthesised panel positions, not definitions (`RANTES (left)`).
    static let panelWords: Set<String> = ["left", "right", "top", "bottom", "upper", "lower", "middle", "center", "centre",
                                          "inset", "insets", "arrows", "arrow", "dashed", "solid", "red", "green", "blue"]

    /// Words of the shared protein-word list that also describe cells, tissues and
    /// processes (`tumor-associated macrophages`, `cell death`): not enough alone.
    static let contextWords: Set<String> = ["tumor", "death", "target", "family", "mammalian", "necrosis"]

    /// Whether an expansion could name a gene or protein: a protein word, a word ending in
    /// -ase, a gene symbol in capitals, a MeSH protein, or a word of the gene's own name.
    static func namesAGene(_ expansion: String, geneName: String?, reference: ReferenceSnapshot) -> Bool {
        let hgnc = reference.hgnc
        // `protein1`: a word with the number run on is still the word.
        let tokens = FalseMatchEvidence.words(expansion).map { String($0.reversed().drop(while: \.isNumber).reversed()) }
        if tokens.contains(where: { FalseMatchEvidence.geneWords.contains($0) && !contextWords.contains($0) || $0.hasSuffix("ase") || $0.hasSuffix("ases") }) {
            return true
        }
        // A gene symbol written in capitals inside the expansion (`TNF-like weak inducer of apoptosis`).
        let capitals = expansion.split { !($0.isLetter || $0.isNumber) }.filter { $0.utf8.count >= 3 && $0.allSatisfy { !$0.isLowercase } }
        if capitals.contains(where: { hgnc.approved(symbol: $0) != nil }) { return true }
        // A MeSH protein, enzyme, hormone or factor (`Zonula occludens-1`: Zonula Occludens-1 Protein).
        let proteinTrees = ["D12", "D08", "D06", "D23"]
        for term in [expansion, expansion + " protein"] {
            if reference.mesh.concepts(named: term).contains(where: { match in
                match.concept.treeNumbers.contains { tree in proteinTrees.contains(where: tree.hasPrefix) && !tree.hasPrefix("D12.125") }
            }) { return true }
        }
        guard let geneName else { return false }
        let nameWords = Set(FalseMatchEvidence.words(geneName))
        return tokens.contains { $0.utf8.count >= 4 && nameWords.contains($0) }
    }

    /// Whether the expansion gives most of the words of the candidate's HGNC name.
    static func names(_ expansion: String, _ candidate: GeneCandidate) -> Bool {
        let filler: Set<String> = ["of", "and", "the", "a", "member", "like", "type", "family", "subunit", "protein", "domain",
                                   "containing", "1", "2", "3", "4", "5", "6", "alpha", "beta", "gamma"]
        let nameWords = Set(FalseMatchEvidence.words(candidate.name)).subtracting(filler)
        guard !nameWords.isEmpty else { return false }
        let shared = nameWords.intersection(FalseMatchEvidence.words(expansion))
        return shared.count * 2 >= nameWords.count && !shared.isEmpty
    }
}

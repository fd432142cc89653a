/// Evidence that the word is not a gene at all: a MeSH chemical (small molecules,
/// coenzymes, nucleotides, ions; not proteins or enzymes), a word of the curated
/// not-gene list (chemical, ion, amino-acid, cell-type, unit, strain abbreviations, each
/// with its reason), or an English word the gene has only as an alias.
enum NotAGeneEvidence {
    static func evaluate(_ mention: GeneQuery, reference: ReferenceSnapshot) -> Evidence? {
        let token = mention.token
        guard token.utf8.count >= 2 else { return nil }
        let lists = reference.words.entries(for: token)
        if lists.contains(where: \.isGeneName) { return nil }
        if let curated = lists.first(where: { !$0.isEnglish && !$0.isGeneName && SymbolKey.equivalent($0.word, token) }) {
            let meaning = curated.means.isEmpty ? curated.list : curated.means
            let id = curated.means.isEmpty ? nil : reference.mesh.concepts(named: curated.means).first?.concept.id
            return Evidence(.notAGene, .notAGene(label: meaning, id: id), weight: 2,
                            "`\(token)` is a \(curated.list) abbreviation (\(curated.reason))")
        }
        if let chemical = FalseMatchEvidence.chemical(named: token, mesh: reference.mesh) {
            return Evidence(.notAGene, .notAGene(label: chemical.label, id: chemical.id), weight: 2,
                            "`\(token)` is a MeSH chemical term of \(chemical.label) (\(chemical.id))")
        }
        if mention.claim != .symbol, OCRWord.letterCase(token) == .lower, lists.contains(where: \.isEnglish) {
            return Evidence(.notAGene, .notAGene(label: "the English word `\(token)`", id: nil), weight: 2,
                            "`\(token)` is an English word, written in lower case, and \(mention.symbol) has it only as "
                                + ClaimEvidence.describe(mention.claim))
        }
        return nil
    }
}

/// Evidence about a chemical or disease mention: the word against its MeSH concept's
/// label, entry terms and supplementary synonyms (compared as `MeSHTermKey` does, so
/// formulae, ions, acid/anion and plural forms agree), the concept the word itself names,
/// and a word that is a gene's approved symbol rather than a chemical or disease.
enum ConceptEvidence {
    static func evaluate(_ mention: MeSHQuery, reference: ReferenceSnapshot) -> Evidence? {
        let mesh = reference.mesh, hgnc = reference.hgnc
        let token = String(OCRWord.trimmed(mention.word))
        guard token.utf8.count >= 2 else { return nil }
        let named = mesh.concepts(named: token).map(\.concept).filter { fits($0, mention.kind) }
        if mention.kind == .disease, let anatomy = anatomy(named: token, mesh: mesh, unless: named, annotated: mention.meshID) {
            return Evidence(.concept, .notAConcept(label: "\(anatomy.label) (MeSH \(anatomy.id)), a tissue or cell, not a disease"),
                            weight: 2, "`\(token)` is a MeSH term of \(anatomy.label), in the Anatomy tree, and of no disease")
        }
        guard let id = mention.meshID else {
            // Unmapped: a gene's exact approved symbol that names no MeSH concept is no chemical or disease.
            guard named.isEmpty, mesh.concepts(named: token).isEmpty,
                  !reference.words.entries(for: token).contains(where: { !$0.isEnglish && !$0.isGeneName }), let gene = hgnc.approved(symbol: token),
                  token.utf8.count >= 3, token.contains(where: \.isUppercase) else { return nil }
            return Evidence(.concept, .notAConcept(label: "the gene \(gene.symbol) (\(gene.name)), not a \(mention.kind.rawValue)"),
                            weight: 2, "`\(token)` is the approved symbol of \(gene.symbol) and no MeSH term")
        }
        guard let concept = mesh.concept(id: id) else { return nil }
        let terms = [concept.label] + concept.entryTerms
        // The word is exactly a term of other concepts and of not this one: the first of them.
        let key = SymbolKey.normalize(token)
        if !named.isEmpty, !named.contains(where: { $0.id == concept.id }),
           !terms.contains(where: { SymbolKey.normalize($0) == key }), let better = named.first {
            return Evidence(.concept, .concept(label: better.label, id: better.id), weight: 2,
                            "`\(token)` is a MeSH term of \(better.label) (\(better.id)), not of \(concept.label)")
        }
        if MeSHTermKey.resembles(token, anyOf: terms) { return nil }
        if let better = named.first(where: { $0.id != concept.id }) {
            return Evidence(.concept, .concept(label: better.label, id: better.id), weight: 2,
                            "`\(token)` is a MeSH term of \(better.label) (\(better.id)) and resembles no term of \(concept.label)")
        }
        return nil
    }

    /// An Anatomy concept (tissues, cells, body parts: tree A) that `token` is a term of,
    /// when it names no disease and is no term of the annotated concept.
    static func anatomy(named token: String, mesh: MeSHIndex, unless diseases: [MeSHConcept], annotated id: String?) -> MeSHConcept? {
        guard diseases.isEmpty else { return nil }
        let concepts = mesh.concepts(named: token).map(\.concept)
        guard let anatomy = concepts.first(where: { $0.treeLetters.contains("A") }) else { return nil }
        if let id, let concept = mesh.concept(id: id), MeSHTermKey.resembles(token, anyOf: [concept.label] + concept.entryTerms) {
            return nil
        }
        return anatomy
    }

    /// A chemical is a concept in the Chemicals and Drugs tree (or a supplementary concept);
    /// a disease one in the Diseases tree (or a supplementary concept).
    static func fits(_ concept: MeSHConcept, _ kind: MeSHQuery.Kind) -> Bool {
        if concept.kind == .supplementary { return true }
        return concept.treeLetters.contains(kind == .chemical ? "D" : "C")
    }
}

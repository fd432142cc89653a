/// A chemicals or diseases row's `word` should resemble a MeSH term of its concept.
struct SidecarMeSHWord: Rule {
    let id = "sidecar-mesh-word"
    let defaultSeverity = Severity.hint
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A sidecar chemical or disease `word` resembles none of its MeSH concept's terms."
    let documentation = """
    ## What it checks
    In chemicals and diseases tables, whether the row's `word` resembles the label or an \
    entry term of its `mesh` concept: the same (compared as the lexicon does, case- and \
    punctuation-insensitively), one containing the other (`pyruvate` and Pyruvates), \
    or a salt for its acid (`Lactate` and Lactic Acid). `name` and `match` are ChEBI and \
    DOID names, not MeSH labels, and are not compared.

    ## Why it matters
    PubTator maps words by context and makes mistakes (`Ar-Pd` as Argon, `LPS` as Van \
    der Woude syndrome): a word unlike every term of its concept is worth a look.

    ## Example
    ```
    LPS\tmesh:C536528\tNA\tNA\tNA
    ```

    ## Correct
    The concept the word means (`LPS`: Lipopolysaccharides, D008070, a chemical), or no \
    row.

    ## Fix
    None.

    ## Curation action
    Read the word in the figure. Many words are right under another name (`GSH` is \
    Glutathione, `NaCl` Sodium Chloride): this is a hint, not an error.

    ## Data
    MeSH labels and entry terms.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind != .genes else { return [] }
        let mesh = context.reference.mesh
        var diagnostics: [Diagnostic] = []
        for row in sidecar.meshRows {
            guard let wordCell = row.word, let word = wordCell.value, let cell = row.mesh, let id = row.meshID,
                  let concept = mesh.concept(id: id) else { continue }
            let terms = [concept.label] + concept.entryTerms
            if SidecarMeSHWord.resembles(word, terms) { continue }
            diagnostics.append(context.diagnostic(
                "`\(word)` resembles no MeSH term of \(concept.id) (\(concept.label)): check that the word means this concept",
                at: cell.range))
        }
        return diagnostics
    }

    static func resembles(_ word: String, _ terms: [String]) -> Bool {
        let key = SymbolKey.normalize(word)
        guard !key.isEmpty else { return true }
        let variants = [key] + (key.hasSuffix("ATE") ? [String(key.dropLast(3)) + "ICACID"] : [])
        for term in terms {
            let termKey = SymbolKey.normalize(term)
            for variant in variants {
                if variant == termKey { return true }
                if variant.utf8.count >= 3 && termKey.contains(variant) { return true }
                if termKey.utf8.count >= 3 && variant.contains(termKey) { return true }
            }
        }
        return false
    }
}

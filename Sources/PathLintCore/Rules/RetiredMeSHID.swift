/// A MeSH ID missing from the snapshot whose word names one current concept.
struct RetiredMeSHID: Rule {
    let id = "retired-mesh-id"
    let defaultSeverity = Severity.warning
    let summary = "A chemical or disease `identifier` MeSH no longer has; names the current concept its word matches."
    let documentation = """
    ## What it checks
    A well-formed `identifier` that is not in the snapshot, whose `word` is the label or \
    an entry term of exactly one current MeSH concept (or, for a curated abbreviation, \
    what it stands for). Such IDs were retired: supplementary concepts are promoted to \
    descriptors (gemcitabine, C056507, is now the descriptor D000093542). Also matched: \
    an anion for its acid (`Citrate`, Citric Acid) and a drug for the one descriptor \
    that files it under a salt (`Erlotinib`, Erlotinib Hydrochloride). IDs with no such \
    match stay with `unknown-mesh-id`.

    ## Why it matters
    A retired ID links the figure to nothing in today's MeSH.

    ## Example
    ```yaml
    - word: Gemcitabine
      source: MESH
      identifier: C056507
    ```

    ## Correct
    ```yaml
    - word: Gemcitabine
      source: MESH
      identifier: D000093542
    ```

    ## Fix
    Unsafe: set `identifier` to the concept the word matches.

    ## Curation action
    Confirm the concept is what the figure shows.

    ## Data
    MeSH descriptors and supplementary concepts, labels and entry terms.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in annotation.chemicals + annotation.diseases {
            guard let identifier = entry.identifier, let replacement = RetiredMeSHID.replacement(for: entry, context: context)
            else { continue }
            diagnostics.append(context.diagnostic(
                "`\(identifier.value)` is not in MeSH any more; `\(entry.word?.value ?? "")` is \(replacement.label) (\(replacement.id))",
                at: identifier.range,
                // A MeSH ID is always a safe plain scalar.
                fixes: [Fix(title: "Use \(replacement.label) (\(replacement.id))", safety: .unsafe,
                            edits: [TextEdit(range: identifier.range, newText: replacement.id)])]))
        }
        return diagnostics
    }

    /// The current concept a retired ID's word names, when exactly one does.
    static func replacement(for entry: MeSHEntry, context: RuleContext) -> MeSHConcept? {
        guard let identifier = entry.identifier?.value, MeSHIndex.isWellFormedID(identifier),
              context.reference.mesh.concept(id: identifier) == nil, let word = entry.word?.value, !word.isEmpty
        else { return nil }
        let mesh = context.reference.mesh
        if let concept = MeSHWordMismatch.matchingConcept(
            for: word, meanings: MeSHWordMismatch.curatedMeanings(of: word, context: context), context: context) {
            return concept
        }
        let trimmed = String(OCRWord.trimmed(word))
        // An anion for its acid: `Citrate` is Citric Acid.
        for (anion, acid) in [("ate", "ic acid"), ("ite", "ous acid")] where trimmed.lowercased().hasSuffix(anion) {
            let matches = mesh.concepts(withTerm: trimmed.dropLast(anion.count) + acid)
            if Set(matches.map(\.concept.id)).count == 1, let match = matches.first { return match.concept }
        }
        // A drug now filed under its salt: `Erlotinib` is Erlotinib Hydrochloride.
        let salts = mesh.concepts(withLabelPrefix: trimmed, limit: 64).filter { match in
            match.isLabel && match.concept.kind == .descriptor
                && match.concept.label.split(separator: " ").first.map { $0.lowercased() == trimmed.lowercased() } == true
        }
        return Set(salts.map(\.concept.id)).count == 1 ? salts.first?.concept : nil
    }
}

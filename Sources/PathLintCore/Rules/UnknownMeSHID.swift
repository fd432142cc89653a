/// Chemical and disease identifiers must be MeSH IDs that exist; a retired one is replaced.
struct UnknownMeSHID: Rule {
    let id = "unknown-mesh-id"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "A chemical's or disease's MeSH ID is malformed or not in MeSH; names the current concept its word matches."
    let documentation = """
    ## What it checks
    That each chemical's and disease's MeSH ID (`identifier` in the front matter, `mesh` \
    after its `mesh:` prefix in a table, the prefix read in any case) is a descriptor ID \
    (`D` + 6 or 9 digits) or supplementary concept ID (`C` + 6 or 9 digits) that the \
    snapshot holds, and that a front-matter entry with `source: MESH` has one. An ID \
    numbered beyond the newest one of its kind in the snapshot may simply be newer: that \
    is an info. An unmapped term (empty `source` and `identifier`, or `NA`) is accepted.

    An ID the snapshot lacks was retired or never existed. MeSH retires IDs: supplementary \
    concepts are promoted to descriptors (gemcitabine, C056507, is now D000093542; \
    COVID-19's 2020 C000657245 became D000086382). When the mention's word names a \
    current concept, the message names it and offers it, and the finding is a warning: \
    the word's label or entry term; what a curated abbreviation stands for; an anion \
    for its acid (`Citrate`, Citric Acid); a drug for the one descriptor that files it \
    under a salt (`Erlotinib`, Erlotinib Hydrochloride); else the shortest term of the \
    right tree that starts with the word (`COVID` → COVID-19).

    ## Why it matters
    An ID that does not exist links the figure to nothing in today's MeSH: the figure \
    drops out of every search for the chemical or disease; a malformed one breaks \
    importers that parse it.

    ## Example
    ```yaml
    - word: Gemcitabine
      source: MESH
      identifier: C056507
    ```
    or, in `_data/<figid>-diseases.tsv`:
    ```
    COVID-19\tmesh:C000657245\tNA\tNA\tNA
    ```

    ## Correct
    ```yaml
    - word: Gemcitabine
      source: MESH
      identifier: D000093542
    ```

    ## Fix
    Set the ID to the concept the word names: safe when the word is that concept's \
    label (and no other concept's), unsafe otherwise.

    ## Curation action
    Check the replacement concept against the figure; with none, search the MeSH \
    browser for the word and use the ID of the concept the figure means.

    ## Data
    MeSH descriptors and supplementary concept records, labels and entry terms; the \
    curated word list's abbreviations.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        let mesh = context.reference.mesh
        var diagnostics: [Diagnostic] = []
        for mention in context.figure.meshTerms {
            guard let field = mention.identifier else { continue }
            if field.value.isEmpty {
                if let source = mention.source, !source.value.isEmpty {
                    diagnostics.append(context.diagnostic(
                        "\(mention.category.rawValue)s entry `\(mention.word?.value ?? "")` has source `\(source.value)` but no identifier",
                        at: field.range))
                }
                continue
            }
            guard let id = mention.meshID else { continue }  // a table's `mesh` without its prefix: sidecar-row-value's
            guard MeSHIndex.isWellFormedID(id) else {
                diagnostics.append(context.diagnostic(
                    "`\(id)` is not a MeSH ID: expected D or C followed by 6 or 9 digits" + CharacterNames.containsClause(id),
                    at: field.range))
                continue
            }
            guard mesh.concept(id: id) == nil else { continue }
            let kind = id.hasPrefix("D") ? "descriptor" : "supplementary concept"
            if mesh.isNewerThanSnapshot(id) {
                let newest = mesh.newestID(id.hasPrefix("D") ? .descriptor : .supplementary) ?? ""
                var diagnostic = context.diagnostic(
                    "\(id) is numbered beyond the newest MeSH \(kind) in the snapshot (\(newest)): it may simply be newer; not checked",
                    at: field.range)
                diagnostic.severity = .info
                diagnostics.append(diagnostic)
                continue
            }
            var message = "\(id) is not a MeSH \(kind): it was retired or never existed"
            var fixes: [Fix] = []
            if let word = mention.word?.value, !word.isEmpty {
                let named = mesh.concepts(named: word)
                let byLabel = named.filter(\.isLabel)
                if let first = named.first {
                    message += "; `\(word)` is " + named.prefix(3).map { "\($0.concept.id) (\($0.concept.label))" }
                        .joined(separator: ", ") + " today"
                    let safe = byLabel.count == 1 && named.count == 1
                    for match in (byLabel.isEmpty ? [first] : byLabel).prefix(3) {
                        fixes += replace(mention, with: match.concept, safety: safe ? .safe : .unsafe)
                    }
                } else if let concept = replacement(for: word, context: context) {
                    message += "; `\(word)` is \(concept.label) (\(concept.id))"
                    fixes += replace(mention, with: concept, safety: .unsafe)
                } else if let nearest = nearest(word, in: mention.category, mesh: mesh) {
                    message += "; the MeSH term nearest `\(word)` is \(nearest.term) (\(nearest.concept.id)"
                        + (nearest.isLabel ? ")" : ", \(nearest.concept.label))")
                    fixes += replace(mention, with: nearest.concept, safety: .unsafe)
                }
            }
            var diagnostic = context.diagnostic(message, at: field.range, fixes: fixes)
            if !fixes.isEmpty { diagnostic.severity = .warning }  // retired, and the word says what it is now
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    private func replace(_ mention: MeSHMention, with concept: MeSHConcept, safety: Fix.Safety) -> [Fix] {
        guard let edit = mention.settingID(concept.id) else { return [] }
        return [Fix(title: "Set \(mention.identifier?.name ?? "identifier") to \(mention.idPrefix)\(concept.id) (\(concept.label))",
                    safety: safety, edits: [edit])]
    }

    /// The one current concept a word names through a curated meaning, as an anion's acid
    /// (`Citrate`: Citric Acid) or as a drug filed under its salt (`Erlotinib`: Erlotinib
    /// Hydrochloride).
    private func replacement(for word: String, context: RuleContext) -> MeSHConcept? {
        let mesh = context.reference.mesh
        if let concept = MeSHWordMismatch.matchingConcept(
            for: word, meanings: MeSHWordMismatch.curatedMeanings(of: word, context: context), context: context) {
            return concept
        }
        let trimmed = String(OCRWord.trimmed(word))
        for (anion, acid) in [("ate", "ic acid"), ("ite", "ous acid")] where trimmed.lowercased().hasSuffix(anion) {
            let matches = mesh.concepts(withTerm: trimmed.dropLast(anion.count) + acid)
            if Set(matches.map(\.concept.id)).count == 1, let match = matches.first { return match.concept }
        }
        let salts = mesh.concepts(withLabelPrefix: trimmed, limit: 64).filter { match in
            match.isLabel && match.concept.kind == .descriptor
                && match.concept.label.split(separator: " ").first.map { $0.lowercased() == trimmed.lowercased() } == true
        }
        return Set(salts.map(\.concept.id)).count == 1 ? salts.first?.concept : nil
    }

    /// The shortest MeSH term that starts with `word` (compared as the lexicon does), among
    /// concepts of the mention's category: diseases in the Diseases tree, chemicals in
    /// Chemicals and Drugs or supplementary. `COVID` → COVID-19. Nil for words under four characters.
    private func nearest(_ word: String, in category: MeSHMention.Category, mesh: MeSHIndex) -> MeSHLabelMatch? {
        guard SymbolKey.normalize(word).utf8.count >= 4 else { return nil }
        let fits = mesh.concepts(withLabelPrefix: word, limit: 64).filter { match in
            let concept = match.concept
            let trees = mesh.effectiveTreeLetters(of: concept)
            return category == .disease ? trees.contains("C") : concept.kind == .supplementary || trees.contains("D")
        }
        return fits.min { lhs, rhs in
            let l = SymbolKey.normalize(lhs.term).utf8.count, r = SymbolKey.normalize(rhs.term).utf8.count
            return l != r ? l < r : lhs.isLabel && !rhs.isLabel
        }
    }
}

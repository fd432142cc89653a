/// A chemicals or diseases row's `mesh` must be `mesh:` and a MeSH concept that exists.
struct SidecarMeSHID: Rule {
    let id = "sidecar-mesh-id"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A sidecar `mesh` is not `mesh:` plus an existing MeSH descriptor or supplementary concept."
    let documentation = """
    ## What it checks
    In chemicals and diseases tables, that `mesh` is `mesh:` followed by a MeSH ID (`D` \
    or `C` and 6 or 9 digits) that the snapshot holds. An ID the snapshot lacks was \
    retired or never existed: when the row's `word` is the label or an entry term of a \
    current concept, the message names it and offers it as the fix (MeSH retired the \
    2020 supplementary concept C000657245 for COVID-19 when the descriptor D000086382 \
    replaced it). Only an ID numbered beyond the newest one of its kind in the snapshot \
    may simply be newer than the snapshot: that is an info. `NA` (a term PubTator could \
    not map) is not reported.

    ## Why it matters
    A retired ID joins with nothing in current MeSH: the figure drops out of every \
    search for the chemical or disease.

    ## Example
    ```
    COVID-19\tmesh:C000657245\tNA\tNA\tNA
    ```

    ## Correct
    ```
    COVID-19\tmesh:D000086382\tNA\tNA\tNA
    ```

    ## Fix
    A missing or upper-case `mesh:` prefix is fixed safely. A retired ID is replaced \
    with the concept the word names: safe when the word is that concept's label (and no \
    other concept's), unsafe when it is an entry term or names several concepts.

    ## Curation action
    Check the replacement concept against the figure.

    ## Data
    MeSH descriptors and supplementary concept records, labels and entry terms.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind != .genes else { return [] }
        let mesh = context.reference.mesh
        var diagnostics: [Diagnostic] = []
        for row in sidecar.meshRows {
            guard let cell = row.mesh, let text = cell.value else { continue }
            guard text.hasPrefix("mesh:") else {
                let bare = text.lowercased().hasPrefix("mesh:") ? String(text.dropFirst(5)) : text
                let fixable = MeSHIndex.isWellFormedID(bare)
                diagnostics.append(context.diagnostic(
                    "mesh `\(text)` is not `mesh:` followed by a MeSH ID", at: cell.range,
                    fixes: fixable ? [Fix(title: "Write mesh:\(bare)", safety: .safe,
                                          edits: [TextEdit(range: cell.range, newText: "mesh:" + bare)])] : []))
                continue
            }
            let id = String(text.dropFirst(5))
            guard MeSHIndex.isWellFormedID(id) else {
                diagnostics.append(context.diagnostic(
                    "`\(id)` is not a MeSH ID: expected D or C followed by 6 or 9 digits" + CharacterNames.containsClause(id),
                    at: cell.range))
                continue
            }
            guard mesh.concept(id: id) == nil else { continue }
            let kind = id.hasPrefix("D") ? "descriptor" : "supplementary concept"
            if mesh.isNewerThanSnapshot(id) {
                let newest = mesh.newestID(id.hasPrefix("D") ? .descriptor : .supplementary) ?? ""
                var diagnostic = context.diagnostic(
                    "\(id) is numbered beyond the newest MeSH \(kind) in the snapshot (\(newest)): it may simply be newer; not checked",
                    at: cell.range)
                diagnostic.severity = .info
                diagnostics.append(diagnostic)
                continue
            }
            var message = "\(id) is not a MeSH \(kind): it was retired or never existed"
            var fixes: [Fix] = []
            if let word = row.word?.value {
                let named = mesh.concepts(named: word)
                let byLabel = named.filter(\.isLabel)
                if let first = named.first {
                    message += "; `\(word)` is " + named.prefix(3).map { "\($0.concept.id) (\($0.concept.label))" }
                        .joined(separator: ", ") + " today"
                    let safe = byLabel.count == 1 && named.count == 1
                    for match in (byLabel.isEmpty ? [first] : byLabel).prefix(3) {
                        fixes.append(Fix(title: "Set mesh to mesh:\(match.concept.id) (\(match.concept.label))",
                                         safety: safe ? .safe : .unsafe,
                                         edits: [TextEdit(range: cell.range, newText: "mesh:" + match.concept.id)]))
                    }
                } else if let nearest = nearest(word, in: sidecar.kind, mesh: mesh) {
                    message += "; the MeSH term nearest `\(word)` is \(nearest.term) (\(nearest.concept.id)"
                        + (nearest.isLabel ? ")" : ", \(nearest.concept.label))")
                    fixes.append(Fix(title: "Set mesh to mesh:\(nearest.concept.id) (\(nearest.concept.label))", safety: .unsafe,
                                     edits: [TextEdit(range: cell.range, newText: "mesh:" + nearest.concept.id)]))
                }
            }
            diagnostics.append(context.diagnostic(message, at: cell.range, fixes: fixes))
        }
        return diagnostics
    }

    /// The shortest MeSH term that starts with `word` (compared as the lexicon does), among
    /// concepts of the table's kind: diseases in the Diseases tree, chemicals in Chemicals
    /// and Drugs or supplementary. `COVID` → COVID-19. Nil for words under four characters.
    private func nearest(_ word: String, in kind: SidecarKind, mesh: MeSHIndex) -> MeSHLabelMatch? {
        guard SymbolKey.normalize(word).utf8.count >= 4 else { return nil }
        let fits = mesh.concepts(withLabelPrefix: word, limit: 64).filter { match in
            let concept = match.concept
            let trees = concept.kind == .descriptor
                ? concept.treeLetters
                : Set(concept.mappedHeadings.compactMap { mesh.concept(id: $0) }.flatMap(\.treeLetters))
            return kind == .diseases ? trees.contains("C") : concept.kind == .supplementary || trees.contains("D")
        }
        return fits.min { lhs, rhs in
            let l = SymbolKey.normalize(lhs.term).utf8.count, r = SymbolKey.normalize(rhs.term).utf8.count
            return l != r ? l < r : lhs.isLabel && !rhs.isLabel
        }
    }
}

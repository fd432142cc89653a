/// Chemical and disease identifiers must be MeSH IDs that exist.
struct UnknownMeSHID: Rule {
    let id = "unknown-mesh-id"
    let defaultSeverity = Severity.error
    let summary = "A chemical or disease `identifier` is malformed or not a MeSH descriptor/supplementary concept."
    let documentation = """
    ## What it checks
    That each `chemicals`/`diseases` entry's `identifier` is a MeSH descriptor ID (`D` + \
    6 or 9 digits) or supplementary concept ID (`C` + 6 or 9 digits) present in the \
    snapshot, and that an entry with `source: MESH` has one. A missing ID whose word \
    names one current concept is left to `retired-mesh-id`, which proposes it. An unmapped term, written \
    with empty `source` and `identifier`, is accepted.

    ## Why it matters
    An ID that does not exist links the figure to nothing; a malformed one breaks \
    importers that parse it.

    ## Example
    ```yaml
    - word: bombesin
      source: MESH
      identifier: D00183
    ```

    ## Correct
    ```yaml
    - word: bombesin
      source: MESH
      identifier: D001839
    ```

    ## Fix
    None here (`retired-mesh-id` proposes replacements for IDs MeSH retired).

    ## Curation action
    Search the MeSH browser for the `word` and use the ID of the concept the figure means.

    ## Data
    MeSH descriptors and supplementary concept records.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation else { return [] }
        var diagnostics: [Diagnostic] = []
        for (list, entries) in [("chemicals", annotation.chemicals), ("diseases", annotation.diseases)] {
            for entry in entries {
                guard let identifier = entry.identifier else { continue }
                let id = identifier.value
                if id.isEmpty {
                    if let source = entry.source, !source.value.isEmpty {
                        diagnostics.append(context.diagnostic(
                            "\(list) entry `\(entry.word?.value ?? "")` has source `\(source.value)` but no identifier",
                            at: identifier.range))
                    }
                    continue
                }
                if !MeSHIndex.isWellFormedID(id) {
                    diagnostics.append(context.diagnostic(
                        "`\(id)` is not a MeSH ID: expected D or C followed by 6 or 9 digits" + CharacterNames.containsClause(id),
                        at: identifier.range))
                } else if context.reference.mesh.concept(id: id) == nil,
                          RetiredMeSHID.replacement(for: entry, context: context) == nil {
                    let kind = id.hasPrefix("D") ? "descriptor" : "supplementary concept"
                    diagnostics.append(context.diagnostic(
                        "`\(id)` is not a MeSH \(kind) in the reference snapshot", at: identifier.range))
                }
            }
        }
        return diagnostics
    }
}

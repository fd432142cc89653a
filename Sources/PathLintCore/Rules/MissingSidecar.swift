/// A figure file of the current layout must have at least one sidecar in `_data/`.
struct MissingSidecar: Rule {
    let id = "missing-sidecar"
    let defaultSeverity = Severity.warning
    let summary = "A current-layout `_figures/<figid>.md` has no `_data/<figid>-*.tsv` sidecar."
    let documentation = """
    ## What it checks
    For a figure file of the current layout (no `genes` list; `organisms_ner` or \
    `automl_pathway` present) in a `_figures/` folder, that the sibling `_data/` folder \
    holds at least one of `<figid>-genes.tsv`, `<figid>-chemicals.tsv`, \
    `<figid>-diseases.tsv`. A figure with some of the three is normal (a figure with no \
    chemicals has no chemicals table). Only checked when the linter was told where the \
    sidecars would be (the CLI looks for files in a `_figures/` folder).

    ## Why it matters
    The annotations of a current-layout figure live only in its tables: without them the \
    figure has no genes, chemicals or diseases at all, and is found by no search.

    ## Example
    `_figures/PMC1__f1.md` and no `_data/PMC1__f1-*.tsv`.

    ## Correct
    `_figures/PMC1__f1.md` with `_data/PMC1__f1-genes.tsv`.

    ## Fix
    None.

    ## Curation action
    Restore the tables from the database export, or check the figure's file name.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecars = context.document.sidecars, sidecars.isEmpty,
              let annotation = context.annotation, annotation.layout == .sidecarTables,
              let paths = SidecarLayout.sidecarPaths(forFigure: context.document.path),
              let genes = paths[.genes] else { return [] }
        let range = annotation.figid?.range ?? ByteRange(0, 0)
        let folder = String(genes.dropLast(genes.split(separator: "/").last?.utf8.count ?? 0))
        return [context.diagnostic(
            "no sidecar for this figure: \(folder) holds no \(SidecarKind.allCases.map { "-\($0.rawValue).tsv" }.joined(separator: ", ")) table for it",
            at: range)]
    }
}

/// A sidecar in `_data/` must have its figure file in `_figures/`.
struct MissingFigure: Rule {
    let id = "missing-figure"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A `_data/<figid>-*.tsv` sidecar has no `_figures/<figid>.md` figure file."
    let documentation = """
    ## What it checks
    For a sidecar in a `_data/` folder, that the sibling `_figures/` folder holds the \
    figure file its name gives (`_data/PMC1__f1-genes.tsv` → `_figures/PMC1__f1.md`). \
    Only checked when the linter was told where the figure would be (the CLI and the \
    editor look for files in a `_data/` folder).

    ## Why it matters
    The PFOCR site builds one page per figure file: a table without one is never shown, \
    and usually means a figure was renamed or deleted and its tables were left behind.

    ## Example
    `_data/PMC1__f1-genes.tsv` with no `_figures/PMC1__f1.md`.

    ## Correct
    Both files, with the same figid.

    ## Fix
    None.

    ## Curation action
    Rename the table to its figure's figid, or delete it with its figure.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let figure = context.document.figure, !figure.exists else { return [] }
        let line = context.document.table?.headerLine ?? 0
        return [context.diagnostic("no figure file for this sidecar: \(figure.path) does not exist",
                                   at: context.source.contentRange(ofLine: min(line, context.source.lineCount - 1)))]
    }
}

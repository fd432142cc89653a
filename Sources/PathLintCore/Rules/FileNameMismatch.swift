/// A figure file is named after its figure: `<figid>.md`.
struct FileNameMismatch: Rule {
    let id = "file-name-mismatch"
    let defaultSeverity = Severity.warning
    let summary = "The file name is not `<figid>.md`."
    let documentation = """
    ## What it checks
    That a Markdown figure file is named `<figid>.md`, as every file of the PFOCR \
    database is (`_figures/PMC199174__JCI0110934.f9.md`). Standard input and YAML files \
    are not checked.

    ## Why it matters
    The PFOCR site builds each figure's URL from its file name: a file named otherwise \
    publishes the figure at the wrong address, or overwrites another figure's page.

    ## Example
    `_figures/PMC199174__JCI0110934.md` holding `figid: PMC199174__JCI0110934.f9`.

    ## Correct
    `_figures/PMC199174__JCI0110934.f9.md`.

    ## Fix
    None: renaming files is left to the curator (and to git).

    ## Curation action
    Rename the file, or correct `figid` if the file name is the right one (compare with \
    `pmcid` and `filename`).

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        let path = context.document.path
        guard context.document.kind == .markdown, !path.hasPrefix("<"), path != "-",
              let figid = context.annotation?.figid, !figid.value.isEmpty else { return [] }
        // The last non-empty component, as `split` gives it (without splitting every path).
        var trimmed = path[...]
        while trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        let lastName = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")).map { trimmed[trimmed.utf8.index(after: $0)...] } ?? trimmed
        let expected = figid.value + ".md"
        guard lastName != expected[...] else { return [] }
        let name = lastName.isEmpty ? path : String(lastName)
        return [context.diagnostic("file name `\(name)` should be `\(expected)` (the figid)", at: figid.range)]
    }
}

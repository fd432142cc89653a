/// Two files must not describe the same figure.
///
/// A cross-file rule (`RuleKind.crossFile`): its findings come from `FigidRegistry`,
/// which sees the files of one run in order.
struct DuplicateFigid: Rule {
    let id = "duplicate-figid"
    let kind = RuleKind.crossFile
    let defaultSeverity = Severity.error
    let summary = "Another file of the same run has the same `figid`."
    let documentation = """
    ## What it checks
    When several files are linted in one run (a directory, or several paths), whether \
    a `figid` was already used by an earlier file (in the run's sorted order). The \
    finding is on the later file and names the earlier one.

    ## Why it matters
    `figid` is the key of a figure everywhere: the site keeps one of the two pages, and \
    exports join the genes of both files to one figure.

    ## Example
    `_figures/a.md` and `_figures/b.md` both with `figid: PMC199174__JCI0110934.f9`.

    ## Correct
    One file per figure.

    ## Fix
    None.

    ## Curation action
    Compare the two files: delete the copy, or correct the `figid` of the one that \
    describes another figure.

    ## Data
    None.
    """

}

/// Remembers the `figid` of every file of a run and reports repeats. Feed it the files
/// in the order their results are reported, so that findings are deterministic.
public struct FigidRegistry: Sendable {
    private var firstFile: [String: (path: String, line: Int)] = [:]
    private let enabled: Bool
    private let severity: Severity

    public init(configuration: LintConfiguration) {
        let rule = DuplicateFigid()
        enabled = configuration.isEnabled(rule.id)
        severity = configuration.severityOverrides[rule.id] ?? rule.defaultSeverity
    }

    /// The finding for `document` if its figid was seen before; records it otherwise.
    public mutating func check(_ document: AnnotationDocument) -> [Diagnostic] {
        guard enabled, let figid = document.annotation?.figid, !figid.value.isEmpty else { return [] }
        if let first = firstFile[figid.value] {
            return [Diagnostic(ruleID: DuplicateFigid().id, severity: severity,
                               message: "figid `\(figid.value)` is also the figid of \(first.path):\(first.line)",
                               range: figid.range)]
        }
        firstFile[figid.value] = (document.path, document.source.location(of: figid.range.start).line + 1)
        return []
    }
}

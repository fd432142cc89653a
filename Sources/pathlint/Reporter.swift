import PathLintCore

/// Counts for the summary line and the exit status.
struct LintSummary {
    var files = 0
    var filesWithFindings = 0
    var errors = 0
    var warnings = 0
    var others = 0
    var fixable = 0

    mutating func count(_ diagnostics: [Diagnostic]) {
        files += 1
        if !diagnostics.isEmpty { filesWithFindings += 1 }
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info, .hint: others += 1
            }
            if !diagnostic.fixes.isEmpty { fixable += 1 }
        }
    }
}

/// Turns each file's diagnostics into output; `finish` ends the output.
protocol Reporter {
    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic])
    /// `unreadablePaths`: inputs that could not be read (already reported on stderr).
    mutating func finish(unreadablePaths: Int) -> LintSummary
}

/// 1-based line and column (in Unicode code points) of a byte offset: the units of the
/// CLI's text and JSON output.
func displayPosition(_ offset: Int, in source: SourceText) -> (line: Int, column: Int) {
    let location = source.location(of: offset)
    return (location.line + 1, location.codePointColumn + 1)
}

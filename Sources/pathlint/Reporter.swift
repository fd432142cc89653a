import PathLintCore

/// Counts for the summary line and the exit status.
struct LintSummary {
    var files = 0
    var filesWithFindings = 0
    var errors = 0
    var warnings = 0
    var others = 0
    /// The most severe finding's severity (nil: none), for `--fail-on`.
    var worst: Severity?
    /// Findings `--fix` would fix (one has a safe fix) …
    var safelyFixable = 0
    /// … and those only `--fix --unsafe-fixes` would (no safe fix, exactly one unsafe one;
    /// a finding with several unsafe alternatives is left for a curator).
    var unsafelyFixable = 0

    mutating func count(_ diagnostics: [Diagnostic]) {
        files += 1
        if !diagnostics.isEmpty { filesWithFindings += 1 }
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info, .hint: others += 1
            }
            if worst.map({ diagnostic.severity > $0 }) ?? true { worst = diagnostic.severity }
            if diagnostic.fixes.contains(where: \.isSafe) {
                safelyFixable += 1
            } else if diagnostic.fixes.count == 1 {
                unsafelyFixable += 1
            }
        }
    }

    /// Whether a finding at `threshold` or above remains (`--fail-on`).
    func fails(at threshold: Severity) -> Bool { worst.map { $0 >= threshold } ?? false }
}

/// What kept inputs from being linted, each already said on stderr.
struct RunFailures {
    /// Paths that could not be read (or written, with --fix).
    var unreadable = 0
    /// Files not linted because their configuration or reference snapshot is unusable.
    var unlinted = 0

    var any: Bool { unreadable > 0 || unlinted > 0 }
}

/// Turns each file's diagnostics into output; `finish` ends the output.
protocol Reporter {
    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic])
    /// `failures`: inputs that could not be read or linted (already reported on stderr).
    mutating func finish(_ failures: RunFailures) -> LintSummary
    /// Writes out what is buffered (before the progress bar is drawn again).
    mutating func flush()
}

extension Reporter {
    mutating func flush() {}
}

/// 1-based line and column (in Unicode code points) of a byte offset: the units of the
/// CLI's text and JSON output.
func displayPosition(_ offset: Int, in source: SourceText) -> (line: Int, column: Int) {
    let location = source.location(of: offset)
    return (location.line + 1, location.codePointColumn + 1)
}

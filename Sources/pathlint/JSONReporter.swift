import PathLintCore

/// `--format json`: one array of diagnostics, with the keys the README documents
/// (`path`, `line`, `column`, `endLine`, `endColumn`, `severity`, `rule`, `message`,
/// `fixes`). Lines and columns are 1-based; columns count Unicode code points.
struct JSONReporter: Reporter {
    private var output = JSONArrayOutput()
    private var summary = LintSummary()

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        summary.count(diagnostics)
        for diagnostic in diagnostics {
            var object = "{\"path\": \(JSONText.string(document.path)), "
            object += range(diagnostic.range, in: document.source)
            object += ", \"severity\": \(JSONText.string(diagnostic.severity.rawValue))"
            object += ", \"rule\": \(JSONText.string(diagnostic.ruleID))"
            object += ", \"message\": \(JSONText.string(diagnostic.message))"
            let fixes = diagnostic.fixes.map { fix in
                let edits = fix.edits.map { edit in
                    "{" + range(edit.range, in: document.source) + ", \"newText\": \(JSONText.string(edit.newText))}"
                }
                return "{\"title\": \(JSONText.string(fix.title)), \"safe\": \(fix.isSafe), \"edits\": [\(edits.joined(separator: ", "))]}"
            }
            object += ", \"fixes\": [\(fixes.joined(separator: ", "))]}"
            output.append(object)
        }
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        output.finish()
        return summary
    }

    private func range(_ range: ByteRange, in source: SourceText) -> String {
        let start = displayPosition(range.start, in: source)
        let end = displayPosition(range.end, in: source)
        return "\"line\": \(start.line), \"column\": \(start.column), \"endLine\": \(end.line), \"endColumn\": \(end.column)"
    }
}

import PathLintCore

/// `--format github`: one GitHub Actions workflow command per diagnostic, which the
/// Actions runner turns into an annotation on the file and lines:
///
///     ::error file=examples/x.md,line=72,col=11,endLine=72,endColumn=17,title=pathlint (entrez-mismatch)::entrez 5605 is not…
///
/// `error` for errors, `warning` for warnings, `notice` for info and hints. Lines and
/// columns are 1-based, columns in code points like the text output, the end exclusive.
/// Nothing else is printed: the exit status carries the verdict.
struct GitHubReporter: Reporter {
    private var output = OutputBuffer()
    private var summary = LintSummary()

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        summary.count(diagnostics)
        for diagnostic in diagnostics {
            output.write(Self.command(diagnostic, path: document.path, source: document.source) + "\n")
        }
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        output.flush()
        return summary
    }

    mutating func flush() { output.flush() }

    static func command(_ diagnostic: Diagnostic, path: String, source: SourceText) -> String {
        let name: String = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "notice"
        }
        let start = displayPosition(diagnostic.range.start, in: source)
        let end = displayPosition(diagnostic.range.end, in: source)
        let properties = [
            "file=" + escapeProperty(path),
            "line=\(start.line)", "col=\(start.column)",
            "endLine=\(end.line)", "endColumn=\(end.column)",
            "title=" + escapeProperty("pathlint (\(diagnostic.ruleID))"),
        ]
        return "::\(name) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
    }

    /// A command's message: `%`, CR and LF percent-encoded (as the Actions toolkit does).
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as a message, and `:` and `,` too.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

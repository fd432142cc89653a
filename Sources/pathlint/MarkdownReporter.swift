import PathLintCore

/// `--format markdown`: the curator's summary in GitHub-flavoured Markdown, short enough
/// for a GitHub Actions step summary (`>> $GITHUB_STEP_SUMMARY`, at most 1 MiB) or a
/// merge-request comment: totals, one table row per rule that fired, and the
/// `topFigures` figures most in need of attention with their PFOCR and PMC links. Its
/// size depends on the number of rules, not of files.
struct MarkdownReporter: Reporter {
    static let topFigures = 10

    private var lint = LintSummary()
    private var summary = CuratorSummary()

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        lint.count(diagnostics)
        summary.add(document, diagnostics)
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        let unreadablePaths = failures.unreadable + failures.unlinted
        var output = OutputBuffer()
        output.write(render(unreadablePaths: unreadablePaths))
        output.flush()
        return lint
    }

    func render(unreadablePaths: Int) -> String {
        let totals = summary.totals
        let files = "\(summary.files) file\(summary.files == 1 ? "" : "s")"
        var text = "## pathlint\n\n"
        if totals.total == 0 {
            text += "No findings in \(files).\n"
        } else {
            let figures = summary.figures.count
            text += "**\(totals.total) finding\(totals.total == 1 ? "" : "s")** in \(figures) figure\(figures == 1 ? "" : "s")"
                + " (\(files) checked): "
            text += Severity.allCases.map { "\(totals[$0]) \($0.rawValue)" }.joined(separator: ", ")
            text += summary.fixable > 0 ? "; \(summary.fixable) with a fix.\n" : ".\n"
        }
        if unreadablePaths > 0 {
            text += "\n**\(unreadablePaths) path\(unreadablePaths == 1 ? "" : "s") could not be read or linted** (see the log).\n"
        }
        guard totals.total > 0 else { return text }

        text += "\n| rule | error | warning | info | hint | figures | with a fix |\n|---|--:|--:|--:|--:|--:|--:|\n"
        for rule in summary.rules {
            text += "| `\(rule.rule)` | " + Severity.allCases.map { String(rule.counts[$0]) }.joined(separator: " | ")
                + " | \(rule.figures) | \(rule.fixable) |\n"
        }

        let ranking = summary.ranking
        let shown = ranking.prefix(Self.topFigures)
        text += "\n### Figures that need attention first\n\n| figure | error | warning | info, hint | links |\n|---|--:|--:|--:|---|\n"
        for index in shown {
            let figure = summary.figures[index]
            var cell = "`\(Self.code(figure.figid))`"
            if let title = figure.title { cell += "<br>" + Self.cell(title) }
            var links = "[PFOCR](\(CuratorSummary.pfocrURL(figid: figure.figid)))"
            if let pmcid = figure.pmcid { links += " · [\(pmcid)](\(CuratorSummary.pmcURL(pmcid: pmcid)))" }
            text += "| \(cell) | \(figure.counts.error) | \(figure.counts.warning) | \(figure.counts.info + figure.counts.hint) | \(links) |\n"
        }
        if ranking.count > shown.count {
            let more = ranking.count - shown.count
            text += "\n…and \(more) more figure\(more == 1 ? "" : "s") with findings (`pathlint lint --format html` shows them all).\n"
        }
        return text
    }

    /// Text for a table cell: GitHub renders inline Markdown and some HTML there, so
    /// characters that would start either, and `|`, are escaped; line breaks become spaces.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t": out += " "
            case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "~", "&": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// Text inside a code span: a backtick cannot be escaped there, and `|` still ends a
    /// table cell unless escaped.
    static func code(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "`": out += "'"
            case "|": out += "\\|"
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

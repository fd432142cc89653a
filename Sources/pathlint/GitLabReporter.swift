import PathLintCore

/// `--format gitlab`: a GitLab code quality report (the Code Climate issue format that
/// GitLab reads from a `codequality` artifact), one JSON array:
///
///     [{"description": "entrez 5605 is not…", "check_name": "entrez-mismatch",
///       "fingerprint": "…", "severity": "major",
///       "location": {"path": "_figures/x.md", "lines": {"begin": 72, "end": 72}}}]
///
/// Severities: error → `major`, warning → `minor`, info and hint → `info`. Lines are
/// 1-based. `lines`, not `positions` (with columns): every GitLab version reads `lines`,
/// and its merge request widget shows no column. GitLab compares a
/// merge request's report with its target branch's by `fingerprint`, so it leaves out
/// the line: it is the path, the rule, the message and which occurrence of that triple in
/// the file this is (as ruff does), so a finding keeps its fingerprint when lines above it
/// move, and two equal findings in one file still differ.
///
/// GitLab wants paths relative to the repository: an absolute path below the working
/// directory is made relative to it (as ruff does); `./` is dropped.
struct GitLabReporter: Reporter {
    private var output = JSONArrayOutput()
    private var summary = LintSummary()
    private let workingDirectory: String

    init(workingDirectory: String = FileSystem.currentDirectory()) {
        self.workingDirectory = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    }

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        summary.count(diagnostics)
        let path = Self.reportedPath(document.path, workingDirectory: workingDirectory)
        var occurrences: [String: Int] = [:]
        for diagnostic in diagnostics {
            let identity = diagnostic.ruleID + "\u{0}" + diagnostic.message
            let occurrence = occurrences[identity, default: 0]
            occurrences[identity] = occurrence + 1
            let fingerprint = Self.fingerprint(path: path, ruleID: diagnostic.ruleID, message: diagnostic.message,
                                               occurrence: occurrence)
            let begin = document.source.location(of: diagnostic.range.start).line + 1
            // The line of the last byte: a range that takes in its line break ends on its own line.
            let last = diagnostic.range.isEmpty ? diagnostic.range.end : diagnostic.range.end - 1
            let end = document.source.location(of: last).line + 1
            output.append("{\"description\": \(JSONText.string(diagnostic.message))"
                + ", \"check_name\": \(JSONText.string(diagnostic.ruleID))"
                + ", \"fingerprint\": \"\(fingerprint)\""
                + ", \"severity\": \"\(Self.severity(diagnostic.severity))\""
                + ", \"location\": {\"path\": \(JSONText.string(path)), \"lines\": {\"begin\": \(begin), \"end\": \(end)}}}")
        }
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        output.finish()
        return summary
    }

    /// `path` relative to `workingDirectory` (which ends in `/`) when it is below it.
    static func reportedPath(_ path: String, workingDirectory: String) -> String {
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        if path.hasPrefix("/"), workingDirectory != "/", path.hasPrefix(workingDirectory) {
            return String(path.dropFirst(workingDirectory.count))
        }
        return path
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info, .hint: "info"
        }
    }

    /// 128 bits (two FNV-1a 64 with different bases, `Fingerprint`) in hex: stable across
    /// runs and machines, unlike Swift's seeded `Hasher`.
    static func fingerprint(path: String, ruleID: String, message: String, occurrence: Int) -> String {
        var fingerprints = [Fingerprint(), Fingerprint(basis: 0x6C62_272E_07BB_0142)]
        for index in fingerprints.indices {
            for field in [path, ruleID, message, String(occurrence)] { fingerprints[index].add(field) }
        }
        return fingerprints.map { hex($0.value) }.joined()
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

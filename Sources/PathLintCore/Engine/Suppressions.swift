#if canImport(Glibc)
import Glibc
#endif

/// Suppression comments in the front matter, and what they do to a lint's findings:
///
/// ```yaml
/// entrez: 5605  # pathlint: disable=entrez-mismatch,field-type     (findings starting on this line)
/// # pathlint: disable-next-line=entrez-mismatch                    (findings starting on the next line)
/// # pathlint: disable-file=ambiguous-symbol                        (the whole file; anywhere in the front matter)
/// ```
///
/// `all` stands for every rule (except `unused-suppression`, which only its own name
/// suppresses). Text after the list of names is free (`# pathlint: disable=x -- why`).
/// A `#` starts a comment only outside every scalar: the parsed tree's scalar ranges say
/// where those are; when the YAML did not parse, the line lexer (`YAMLLine`) reads each
/// line as the editor does, and block scalars are skipped (`YAMLComments`).
///
/// `Linter.lint` applies them (`apply`), so the CLI and the editor agree.
public struct Suppressions: Sendable {
    public static let ruleID = "unused-suppression"
    /// Rules whose findings are made after `Linter.lint`, across files (`FigidRegistry`);
    /// `Linter.crossFileFindings` applies suppressions to them, and their names are never
    /// called unused (the linter cannot know).
    public static let crossFileRules = Set(RuleRegistry.all.filter { $0.kind == .crossFile }.map(\.id))

    public let items: [Suppression]
    /// Comments that start with `pathlint:` but say nothing pathlint understands.
    public let malformed: [MalformedSuppression]

    public var isEmpty: Bool { items.isEmpty && malformed.isEmpty }

    public init(items: [Suppression], malformed: [MalformedSuppression] = []) {
        self.items = items
        self.malformed = malformed
    }

    /// The suppression comments of `document`'s front matter.
    public init(document: AnnotationDocument) {
        let source = document.source
        let range: ByteRange
        switch document.frontMatter {
        case .success(let frontMatter): range = frontMatter.yamlRange
        case .failure(.empty(let whole)): range = whole
        case .failure: self.init(items: []); return
        }
        guard Self.mentionsPathlint(source.bytes, in: range) else { self.init(items: []); return }
        let comments: [Int]
        if let yaml = document.yaml, yaml.error == nil {
            comments = YAMLComments.comments(in: source, range: range, scalars: YAMLComments.scalarRanges(yaml.root))
        } else {
            comments = YAMLComments.lineComments(in: source, range: range)
        }
        var items: [Suppression] = []
        var malformed: [MalformedSuppression] = []
        for start in comments {
            switch DirectiveParser.parse(source, commentStart: start) {
            case .none: break
            case .suppression(let suppression): items.append(suppression)
            case .malformed(let problem): malformed.append(problem)
            }
        }
        self.init(items: items, malformed: malformed)
    }

    /// `diagnostics` without the suppressed ones, plus `unused-suppression` findings
    /// (when that rule is in `enabledRules`): always for unknown rule names and malformed
    /// directives, and for names that suppressed nothing when
    /// `configuration.reportUnusedSuppressions` is set. Names of rules that did not run
    /// are never called unused.
    public func apply(to diagnostics: [Diagnostic], in source: SourceText, configuration: LintConfiguration,
                      enabledRules: Set<String>) -> [Diagnostic] {
        if isEmpty { return diagnostics }
        var used = items.map { [Bool](repeating: false, count: $0.names.count) }
        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            if !suppress(diagnostic, in: source, used: &used, onlyExplicit: false) { kept.append(diagnostic) }
        }
        guard enabledRules.contains(Self.ruleID) else { return kept }

        var findings: [Diagnostic] = []
        let severity = configuration.severityOverrides[Self.ruleID] ?? .warning
        for (index, suppression) in items.enumerated() {
            let reasons: [String?] = suppression.names.enumerated().map { position, name in
                if name.rule == Self.ruleID { return nil }
                if name.rule != "all" && RuleRegistry.rule(name.rule) == nil {
                    return "unknown rule `\(name.rule)` in suppression; `pathlint rules` lists them"
                }
                guard configuration.reportUnusedSuppressions, !used[index][position],
                      name.rule == "all" || enabledRules.contains(RuleRegistry.resolving(name.rule)),
                      !Self.crossFileRules.contains(RuleRegistry.resolving(name.rule)) else { return nil }
                let subject = name.rule == "all" ? "no finding" : "no `\(name.rule)` finding"
                return "unused suppression: \(subject) \(suppression.kind.scopeDescription)"
            }
            let reported = reasons.indices.filter { reasons[$0] != nil }
            if reported.isEmpty { continue }
            if reported.count == suppression.names.count {
                let parts = reasons.compactMap { $0 }
                let message = parts.count == 1 ? parts[0]
                    : "unused suppression: " + parts.map { $0.hasPrefix("unused suppression: ")
                        ? String($0.dropFirst("unused suppression: ".count)) : $0 }.joined(separator: "; ")
                let names = ByteRange(suppression.names[0].range.start, suppression.names[suppression.names.count - 1].range.end)
                let fix = Fix(title: "Remove the unused suppression comment", safety: .safe,
                              edits: [TextEdit(range: suppression.removal, newText: "")])
                findings.append(Diagnostic(ruleID: Self.ruleID, severity: severity, message: message, range: names,
                                           fixes: [fix]))
                continue
            }
            let firstKept = suppression.names.indices.first { reasons[$0] == nil }!
            for position in reported {
                let names = suppression.names
                // Before the first kept name: delete the name and what follows up to the next
                // name; after it: delete from the end of the previous name. Never overlapping.
                let removal = position < firstKept
                    ? ByteRange(names[position].range.start, names[position + 1].range.start)
                    : ByteRange(names[position - 1].range.end, names[position].range.end)
                let fix = Fix(title: "Remove `\(names[position].rule)` from the suppression", safety: .safe,
                              edits: [TextEdit(range: removal, newText: "")])
                findings.append(Diagnostic(ruleID: Self.ruleID, severity: severity, message: reasons[position]!,
                                           range: names[position].range, fixes: [fix]))
            }
        }
        for problem in malformed {
            findings.append(Diagnostic(ruleID: Self.ruleID, severity: severity, message: problem.message,
                                       range: problem.range))
        }
        // Only an explicit `unused-suppression` name silences these (never `all`).
        for finding in findings where !suppress(finding, in: source, used: &used, onlyExplicit: true) {
            kept.append(finding)
        }
        return kept
    }

    /// `diagnostics` without the ones a suppression covers (no unused reporting).
    public func filter(_ diagnostics: [Diagnostic], in source: SourceText) -> [Diagnostic] {
        if items.isEmpty { return diagnostics }
        var used = items.map { [Bool](repeating: false, count: $0.names.count) }
        return diagnostics.filter { !suppress($0, in: source, used: &used, onlyExplicit: false) }
    }

    /// Whether a suppression covers `diagnostic`; marks every name that does as used.
    private func suppress(_ diagnostic: Diagnostic, in source: SourceText, used: inout [[Bool]],
                          onlyExplicit: Bool) -> Bool {
        let line = source.line(containing: diagnostic.range.start)
        var suppressed = false
        for (index, suppression) in items.enumerated() {
            if let target = suppression.targetLine, target != line { continue }
            for (position, name) in suppression.names.enumerated() {
                let covers = RuleRegistry.resolving(name.rule) == diagnostic.ruleID
                    || (!onlyExplicit && name.rule == "all" && diagnostic.ruleID != Self.ruleID)
                if covers {
                    used[index][position] = true
                    suppressed = true
                }
            }
        }
        return suppressed
    }

    /// A cheap test that spares almost every file the comment scan: whether some `#` is
    /// followed, after blanks, by `pathlint`, as every directive is (`DirectiveParser`).
    /// It runs over every file's front matter, and looks for `#` with memchr: `#` is rare
    /// in front matter (`p`, which it used to look for, is in most words).
    static func mentionsPathlint(_ bytes: [UInt8], in range: ByteRange) -> Bool {
        let start = max(0, range.start), end = min(bytes.count, range.end)
        guard end - start >= 9 else { return false }
        return bytes.withUnsafeBytes { raw in
            "pathlint".utf8CString.withUnsafeBytes { needle in
                let base = raw.baseAddress!
                var position = start
                while position < end, let found = memchr(base + position, 0x23, end - position) {
                    var i = base.distance(to: UnsafeRawPointer(found)) + 1
                    while i < end && YAMLLine.isBlank(bytes[i]) { i += 1 }
                    if end - i >= 8 && memcmp(base + i, needle.baseAddress!, 8) == 0 { return true }
                    position = i
                }
                return false
            }
        }
    }
}

/// One `# pathlint: disable…=` comment.
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case line = "disable"
        case nextLine = "disable-next-line"
        case file = "disable-file"

        var scopeDescription: String {
            switch self {
            case .line: "on this line"
            case .nextLine: "on the next line"
            case .file: "in this file"
            }
        }
    }

    /// One rule name in the comment, with its bytes.
    public struct Name: Sendable, Hashable {
        public var rule: String
        public var range: ByteRange

        public init(rule: String, range: ByteRange) {
            self.rule = rule
            self.range = range
        }
    }

    public var kind: Kind
    public var names: [Name]
    /// From the `#` to the end of the comment (trailing blanks excluded).
    public var comment: ByteRange
    /// 0-based line of the comment.
    public var commentLine: Int
    /// 0-based line whose findings it suppresses; nil for `disable-file`.
    public var targetLine: Int?
    /// What deleting the comment removes: its whole line (line break included) when the
    /// comment is alone on it, else the comment and the blanks before it.
    public var removal: ByteRange
}

/// A comment that starts with `pathlint:` but is no directive pathlint knows.
public struct MalformedSuppression: Sendable, Hashable {
    public var message: String
    public var range: ByteRange
}

// MARK: - Reading a directive

enum DirectiveParser {
    enum Outcome {
        case none
        case suppression(Suppression)
        case malformed(MalformedSuppression)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
            || byte == 0x2D || byte == 0x5F
    }

    /// The directive in the comment whose `#` is at `commentStart`, if it is one.
    static func parse(_ source: SourceText, commentStart: Int) -> Outcome {
        let bytes = source.bytes
        let lineIndex = source.line(containing: commentStart)
        let content = source.contentRange(ofLine: lineIndex)
        var commentEnd = content.end
        while commentEnd > commentStart && YAMLLine.isBlank(bytes[commentEnd - 1]) { commentEnd -= 1 }
        let comment = ByteRange(commentStart, commentEnd)

        func skipBlanks(_ i: inout Int) { while i < commentEnd && YAMLLine.isBlank(bytes[i]) { i += 1 } }
        func word(_ i: inout Int) -> ByteRange {
            let from = i
            while i < commentEnd && isNameByte(bytes[i]) { i += 1 }
            return ByteRange(from, i)
        }

        var i = commentStart + 1
        skipBlanks(&i)
        let marker = Array("pathlint".utf8)
        guard commentEnd - i >= marker.count, Array(bytes[i..<i + marker.count]) == marker else { return .none }
        i += marker.count
        skipBlanks(&i)
        guard i < commentEnd, bytes[i] == 0x3A else { return .none }  // `pathlint` alone is prose
        i += 1
        skipBlanks(&i)
        let expected = "expected disable=, disable-next-line= or disable-file= and rule names"
        let actionRange = word(&i)
        let action = source.text(actionRange)
        guard let kind = Suppression.Kind(rawValue: action) else {
            let shown = action.isEmpty ? "an empty pathlint directive" : "unknown pathlint directive `\(action)`"
            return .malformed(MalformedSuppression(message: "\(shown) (\(expected))", range: comment))
        }
        skipBlanks(&i)  // `disable = x`, as pylint allows
        guard i < commentEnd, bytes[i] == 0x3D else {  // =
            return .malformed(MalformedSuppression(message: "`\(action)` needs `=` and rule names (\(expected))",
                                                   range: comment))
        }
        i += 1
        skipBlanks(&i)
        var names: [Suppression.Name] = []
        while true {
            let name = word(&i)
            if name.isEmpty { break }
            names.append(Suppression.Name(rule: source.text(name), range: name))
            var after = i
            skipBlanks(&after)
            guard after < commentEnd, bytes[after] == 0x2C else { break }  // ,
            after += 1
            skipBlanks(&after)
            i = after
        }
        guard !names.isEmpty else {
            return .malformed(MalformedSuppression(message: "`\(action)=` names no rule (\(expected))", range: comment))
        }

        var beforeComment = commentStart
        while beforeComment > content.start && YAMLLine.isBlank(bytes[beforeComment - 1]) { beforeComment -= 1 }
        let removal: ByteRange
        if beforeComment == content.start {
            // Alone on its line: the whole line goes, its line break included (or, on a
            // last line without one, the break before it).
            if lineIndex + 1 < source.lineCount {
                removal = ByteRange(content.start, source.lineStarts[lineIndex + 1])
            } else {
                var from = content.start
                if from > 0 && bytes[from - 1] == 0x0A { from -= 1 }
                if from > 0 && bytes[from - 1] == 0x0D { from -= 1 }
                removal = ByteRange(from, content.end)
            }
        } else {
            removal = ByteRange(beforeComment, content.end)
        }
        let target: Int? = switch kind {
        case .line: lineIndex
        case .nextLine: lineIndex + 1
        case .file: nil
        }
        return .suppression(Suppression(kind: kind, names: names, comment: comment, commentLine: lineIndex,
                                        targetLine: target, removal: removal))
    }
}

extension Linter {
    /// Findings made across files (`FigidRegistry`, run with every rule enabled) for
    /// `document`, as `lint` would have left them: only enabled rules, severity
    /// overrides applied, suppressions honoured.
    public func crossFileFindings(_ diagnostics: [Diagnostic], for document: AnnotationDocument) -> [Diagnostic] {
        let ignoredHere = configuration.ignoredRules(forPath: document.path)
        let kept = diagnostics.compactMap { diagnostic -> Diagnostic? in
            guard configuration.isEnabled(diagnostic.ruleID), !ignoredHere.ignores(diagnostic.ruleID) else { return nil }
            var diagnostic = diagnostic
            if let severity = configuration.severityOverrides[diagnostic.ruleID] { diagnostic.severity = severity }
            return diagnostic
        }
        if kept.isEmpty { return kept }
        return Suppressions(document: document).filter(kept, in: document.source)
    }
}

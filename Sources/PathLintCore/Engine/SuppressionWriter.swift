/// Writes `# pathlint: disable…` comments (the syntax `Suppressions` reads): the editor's
/// "Suppress RULE on this line / in this file" actions and `pathlint lint
/// --add-suppressions` both come here, so they write the same comments.
///
/// Every edit is checked by linting the result: an edit is offered only when the finding
/// it is for is gone afterwards and the front matter still parses as well as before. A
/// trailing comment cannot go everywhere (the line may end inside a multi-line scalar, or
/// hold another comment), so a line suppression tries, in order: adding the rule to the
/// line's own `disable=` comment, a `  # pathlint: disable=RULE` at the line's end, and a
/// `# pathlint: disable-next-line=RULE` line above it.
///
/// A table (`.tsv`) has no comments: it gets none (see `PerFileIgnoreWriter`).
public enum SuppressionWriter {
    /// Rules a comment is never written for: suppressing `unused-suppression` with a
    /// comment would only add another comment to the one that is unused.
    static let neverWritten: Set<String> = [Suppressions.ruleID]

    /// Whether findings of `rule` in `document` can be suppressed by a comment at all.
    public static func canSuppress(_ rule: String, in document: AnnotationDocument) -> Bool {
        document.kind != .tsv && !neverWritten.contains(rule) && !Suppressions.crossFileRules.contains(rule)
            && frontMatterRange(document) != nil
    }

    /// The edit that suppresses `diagnostic` on its line, checked with `linter`; nil when
    /// no comment does it. `findings` are the document's (`linter.lint(document)`).
    public static func lineSuppression(of diagnostic: Diagnostic, in document: AnnotationDocument,
                                       findings: [Diagnostic], linter: Linter) -> TextEdit? {
        guard canSuppress(diagnostic.ruleID, in: document) else { return nil }
        let line = document.source.line(containing: diagnostic.range.start)
        for edit in lineCandidates(rules: [diagnostic.ruleID], line: line, in: document) {
            if check(applied(edit, to: document), removes: [diagnostic], from: findings, comparedTo: document,
                     linter: linter) != nil { return edit }
        }
        return nil
    }

    /// The edit that suppresses every finding of `rule` in the whole file, checked.
    public static func fileSuppression(of diagnostic: Diagnostic, in document: AnnotationDocument,
                                       findings: [Diagnostic], linter: Linter) -> TextEdit? {
        guard canSuppress(diagnostic.ruleID, in: document),
              let edit = fileCandidate(rule: diagnostic.ruleID, in: document),
              check(applied(edit, to: document), removes: [diagnostic], from: findings, comparedTo: document,
                    linter: linter) != nil else { return nil }
        return edit
    }

    /// What `--add-suppressions` did to one document.
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        /// Findings a comment now suppresses.
        public var suppressed: Int
        /// Findings no comment could suppress (tables, cross-file rules, lines where no
        /// comment fits).
        public var left: [Diagnostic]
        public var changed: Bool
    }

    /// Suppresses every finding of `document` on its line, ruff's `--add-noqa`: one comment
    /// per line naming every rule found there. Running it again adds nothing, since what
    /// it wrote suppresses what it found.
    public static func suppressAll(in document: AnnotationDocument, linter precedenceLinter: Linter) -> Outcome {
        // Every rule's finding, those a stronger finding hides included: suppressing the
        // stronger one would reveal them.
        let linter = precedenceLinter.withoutPrecedence()
        let original = document.source.bytes
        let before = linter.lint(document)
        let findings = before.filter { canSuppress($0.ruleID, in: document) }
        guard !findings.isEmpty else {
            return Outcome(bytes: original, suppressed: 0, left: precedenceLinter.lint(document), changed: false)
        }
        var byLine: [Int: [Diagnostic]] = [:]
        for finding in findings { byLine[document.source.line(containing: finding.range.start), default: []].append(finding) }
        // Last line first: an edit moves only the lines after it, so each line's number and
        // findings stay those of the text its edit is checked against.
        var current = document
        var currentFindings = before
        for line in byLine.keys.sorted(by: >) {
            let wanted = byLine[line]!
            var rules: [String] = []
            for finding in wanted where !rules.contains(finding.ruleID) { rules.append(finding.ruleID) }
            for edit in lineCandidates(rules: rules, line: line, in: current) {
                let next = applied(edit, to: current)
                guard let after = check(next, removes: wanted, from: currentFindings, comparedTo: current, linter: linter) else { continue }
                current = next
                currentFindings = after
                break
            }
        }
        // Counted as the user sees findings, one per mention.
        let shown = precedenceLinter.lint(document)
        let left = current.source.bytes == original ? shown : precedenceLinter.lint(current)
        return Outcome(bytes: current.source.bytes, suppressed: max(0, shown.count - left.count),
                       left: left, changed: current.source.bytes != original)
    }

    // MARK: - Candidates

    /// The range the front matter's YAML covers (where comments can go), when it has one.
    static func frontMatterRange(_ document: AnnotationDocument) -> ByteRange? {
        switch document.frontMatter {
        case .success(let frontMatter): frontMatter.yamlRange
        case .failure(.empty(let whole)): whole
        case .failure: nil
        }
    }

    /// The ways of suppressing `rules` on `line`, best first.
    static func lineCandidates(rules: [String], line: Int, in document: AnnotationDocument) -> [TextEdit] {
        guard let yamlRange = frontMatterRange(document) else { return [] }
        let source = document.source
        let content = source.contentRange(ofLine: line)
        guard content.start >= yamlRange.start, content.start <= yamlRange.end else { return [] }
        var candidates: [TextEdit] = []
        let existing = Suppressions(document: document).items.first { $0.kind == .line && $0.commentLine == line }
        if let existing, let last = existing.names.last {
            let missing = rules.filter { rule in !existing.names.contains { $0.rule == rule } }
            if missing.isEmpty { return [] }
            candidates.append(TextEdit(range: ByteRange(last.range.end, last.range.end),
                                       newText: "," + missing.joined(separator: ",")))
        }
        let list = rules.joined(separator: ",")
        var end = content.end
        while end > content.start, isBlank(source.bytes[end - 1]) { end -= 1 }
        if end > content.start {
            candidates.append(TextEdit(range: ByteRange(end, content.end), newText: "  # pathlint: disable=\(list)"))
        }
        var indentEnd = content.start
        while indentEnd < content.end, isBlank(source.bytes[indentEnd]) { indentEnd += 1 }
        let indent = String(decoding: source.bytes[content.start..<indentEnd], as: UTF8.self)
        candidates.append(TextEdit(range: ByteRange(content.start, content.start),
                                   newText: "\(indent)# pathlint: disable-next-line=\(list)\(lineBreak(in: source))"))
        return candidates
    }

    /// Adds `rule` to the file's `disable-file` comment, or writes one at the top of the front matter.
    static func fileCandidate(rule: String, in document: AnnotationDocument) -> TextEdit? {
        guard let yamlRange = frontMatterRange(document) else { return nil }
        if let existing = Suppressions(document: document).items.first(where: { $0.kind == .file }),
           let last = existing.names.last {
            if existing.names.contains(where: { $0.rule == rule }) { return nil }
            return TextEdit(range: ByteRange(last.range.end, last.range.end), newText: "," + rule)
        }
        // The line after the opening `---` (a plain YAML file: its first line).
        var start = yamlRange.start
        if case .success(let frontMatter) = document.frontMatter, let opening = frontMatter.openingDelimiter {
            let line = document.source.line(containing: opening.start)
            guard line + 1 < document.source.lineCount else { return nil }
            start = document.source.lineStarts[line + 1]
        }
        return TextEdit(range: ByteRange(start, start),
                        newText: "# pathlint: disable-file=\(rule)\(lineBreak(in: document.source))")
    }

    // MARK: - Checking

    /// The findings of `next` when it parses as well as `previous` and has, of each of
    /// `wanted`'s rule and message, as many fewer as `wanted` holds (a comment moves
    /// findings but does not change their text); nil otherwise.
    static func check(_ next: AnnotationDocument, removes wanted: [Diagnostic], from before: [Diagnostic],
                      comparedTo previous: AnnotationDocument, linter: Linter) -> [Diagnostic]? {
        guard next.isParseable == previous.isParseable,
              (next.annotation != nil) == (previous.annotation != nil) else { return nil }
        let after = linter.lint(next)
        // A new finding (an unused or malformed suppression) means the comment is wrong.
        guard after.count <= before.count - wanted.count else { return nil }
        for finding in wanted {
            func same(_ other: Diagnostic) -> Bool { other.ruleID == finding.ruleID && other.message == finding.message }
            let expected = before.filter(same).count - wanted.filter(same).count
            if after.filter(same).count > expected { return nil }
        }
        return after
    }

    static func applied(_ edit: TextEdit, to document: AnnotationDocument) -> AnnotationDocument {
        applied(FixApplier.applying([edit], to: document.source.bytes), to: document)
    }

    /// `document` holding `bytes` instead, with the same figure and tables.
    public static func applied(_ bytes: [UInt8], to document: AnnotationDocument) -> AnnotationDocument {
        if bytes == document.source.bytes { return document }
        var next = AnnotationDocument(path: document.path, kind: document.kind, source: SourceText(bytes: bytes))
        next.figure = document.figure
        next.sidecars = document.sidecars
        return next
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The file's own line break (`\r\n` when its first line ends so).
    private static func lineBreak(in source: SourceText) -> String {
        guard source.lineStarts.count > 1 else { return "\n" }
        let first = source.lineStarts[1] - 1
        return first > 0 && source.bytes[first - 1] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }
}

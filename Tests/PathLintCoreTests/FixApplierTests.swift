import Testing
@testable import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

/// A rule for tests: its findings are whatever `make` returns for the document.
private struct ScriptedRule: Rule {
    let id: String
    let defaultSeverity = Severity.warning
    let summary = "test rule"
    let documentation = "test rule"
    let make: @Sendable (RuleContext) -> [Diagnostic]

    func check(_ context: RuleContext) -> [Diagnostic] { make(context) }
}

/// A rule that, for every plain scalar whose value is `from`, offers replacing it with `to`.
private func replacing(_ from: String, with to: String, safety: Fix.Safety = .safe, id: String = "scripted") -> ScriptedRule {
    ScriptedRule(id: id) { context in
        guard let root = context.document.root else { return [] }
        var found: [Diagnostic] = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .scalar(let scalar) where scalar.value == from:
                found.append(context.diagnostic("replace \(from)", at: scalar.range, fixes: [
                    Fix(title: "write \(to)", safety: safety, edits: [TextEdit(range: scalar.range, newText: to)]),
                ]))
            case .mapping(let mapping): pending += mapping.entries.flatMap { [$0.key, $0.value] }
            case .sequence(let sequence): pending += sequence.items
            default: break
            }
        }
        return found
    }
}

private func edit(_ start: Int, _ end: Int, _ text: String) -> TextEdit {
    TextEdit(range: ByteRange(start, end), newText: text)
}

private func fix(_ edits: TextEdit..., safety: Fix.Safety = .safe) -> Fix {
    Fix(title: "t", safety: safety, edits: edits)
}

private func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

@Suite struct FixApplierTests {
    // MARK: - Applying fixes to bytes

    @Test func editsApplyBackToFrontWithOriginalRanges() {
        let bytes = Array("0123456789".utf8)
        // Out of order, of different lengths: each range still means the original bytes.
        let result = FixApplier.apply([fix(edit(7, 9, "X"), edit(1, 2, "abc"), edit(4, 4, "+"))], to: bytes)
        #expect(string(result.bytes) == "0abc23+456X9")
        #expect(result.accepted == [0])
    }

    @Test func overlappingFixIsSkippedWhole() {
        let bytes = Array("alpha beta gamma".utf8)
        let first = fix(edit(6, 10, "BETA"))
        // Its second edit overlaps `first`: neither of its edits is applied.
        let second = fix(edit(0, 5, "ALPHA"), edit(8, 12, "xx"))
        let third = fix(edit(11, 16, "GAMMA"))
        let result = FixApplier.apply([first, second, third], to: bytes)
        #expect(string(result.bytes) == "alpha BETA GAMMA")
        #expect(result.accepted == [0, 2])
        #expect(result.skipped == [1])
    }

    @Test func adjacentEditsBothApplyButAnInsertionAtABoundaryWaits() {
        let bytes = Array("abcdef".utf8)
        let result = FixApplier.apply([fix(edit(0, 3, "X")), fix(edit(3, 6, "Y")), fix(edit(3, 3, "!"))], to: bytes)
        #expect(string(result.bytes) == "XY")
        #expect(result.skipped == [2])
    }

    @Test func identicalFixesApplyOnceAndCountAsDuplicates() {
        let bytes = Array("x: 1".utf8)
        let result = FixApplier.apply([fix(edit(3, 4, "'1'")), Fix(title: "other title", safety: .safe,
                                                                 edits: [edit(3, 4, "'1'")])], to: bytes)
        #expect(string(result.bytes) == "x: '1'")
        #expect(result.accepted == [0])
        #expect(result.duplicates == [1])
    }

    @Test func malformedAndNoOpFixesAreSkipped() {
        let bytes = Array("abc".utf8)
        let result = FixApplier.apply([
            fix(edit(0, 2, "x"), edit(1, 3, "y")),  // its own edits overlap
            fix(edit(2, 9, "z")),                   // past the end
            Fix(title: "empty", safety: .safe, edits: []),
            fix(edit(0, 1, "a")),                   // changes nothing
        ], to: bytes)
        #expect(result.bytes == bytes)
        #expect(result.accepted.isEmpty)
        #expect(result.skipped == [0, 1, 2, 3])
        #expect(!result.changed)
    }

    // MARK: - Linter.fix

    @Test func fixesRepeatUntilNothingAppliesAndASecondRunChangesNothing() {
        // Pass 1 writes `b`, pass 2 turns it into `c`.
        let linter = Linter(reference: Fixture.reference, rules: [replacing("a", with: "b", id: "one"),
                                                                   replacing("b", with: "c", id: "two")])
        let document = AnnotationDocument(path: "t.md", text: "---\nx: a\ny: [a, q]\n---\nbody a\n")
        let outcome = linter.fix(document, includeUnsafe: false)
        #expect(string(outcome.bytes) == "---\nx: c\ny: [c, q]\n---\nbody a\n")
        #expect(outcome.changed)
        #expect(outcome.passes == 2)
        #expect(outcome.fixedCount == 4)
        #expect(outcome.remaining.isEmpty)
        let again = linter.fix(outcome.document, includeUnsafe: false)
        #expect(!again.changed)
        #expect(again.fixedCount == 0)
        #expect(again.bytes == outcome.bytes)
    }

    @Test func passesStopAtTheLimit() {
        // A rule that always finds something to change never converges; the limit holds.
        let grow = ScriptedRule(id: "grow") { context in
            guard let value = context.document.root?.mapping?["x"]?.scalar else { return [] }
            return [context.diagnostic("grow", at: value.range, fixes: [
                Fix(title: "grow", safety: .safe, edits: [TextEdit(range: value.range, newText: value.value + "a")]),
            ])]
        }
        let linter = Linter(reference: Fixture.reference, rules: [grow])
        let outcome = linter.fix(AnnotationDocument(path: "t.md", text: "---\nx: a\n---\n"), includeUnsafe: false, maxPasses: 3)
        #expect(string(outcome.bytes) == "---\nx: aaaa\n---\n")
        #expect(outcome.passes == 3)
    }

    @Test func unsafeFixesOnlyWhenAsked() {
        let linter = Linter(reference: Fixture.reference, rules: [replacing("a", with: "b", safety: .unsafe)])
        let document = AnnotationDocument(path: "t.md", text: "---\nx: a\n---\n")
        let safeOnly = linter.fix(document, includeUnsafe: false)
        #expect(!safeOnly.changed)
        #expect(safeOnly.bytes == document.source.bytes)
        #expect(safeOnly.remaining.count == 1)
        let withUnsafe = linter.fix(document, includeUnsafe: true)
        #expect(string(withUnsafe.bytes) == "---\nx: b\n---\n")
        #expect(withUnsafe.fixedCount == 1)
    }

    @Test func theFixAppliedIsTheFirstSafeOneOrAnOnlyUnsafeOne() {
        let range = ByteRange(0, 1)
        let safe = Fix(title: "safe", safety: .safe, edits: [TextEdit(range: range, newText: "s")])
        let unsafe = Fix(title: "unsafe", safety: .unsafe, edits: [TextEdit(range: range, newText: "u")])
        let other = Fix(title: "other", safety: .unsafe, edits: [TextEdit(range: range, newText: "o")])
        func diagnostic(_ fixes: [Fix]) -> Diagnostic {
            Diagnostic(ruleID: "r", severity: .error, message: "m", range: range, fixes: fixes)
        }
        #expect(Linter.applicableFix(for: diagnostic([unsafe, safe]), includeUnsafe: false) == safe)
        #expect(Linter.applicableFix(for: diagnostic([unsafe, safe]), includeUnsafe: true) == safe)
        #expect(Linter.applicableFix(for: diagnostic([unsafe]), includeUnsafe: false) == nil)
        #expect(Linter.applicableFix(for: diagnostic([unsafe]), includeUnsafe: true) == unsafe)
        // Several unsafe alternatives: a curator chooses.
        #expect(Linter.applicableFix(for: diagnostic([unsafe, other]), includeUnsafe: true) == nil)
        #expect(Linter.applicableFix(for: diagnostic([]), includeUnsafe: true) == nil)
    }

    @Test func aFixThatWouldBreakParsingIsRefusedAndTheOthersStillApply() {
        // `a` → `[` would make the YAML invalid; `q` → `r` is fine.
        let linter = Linter(reference: Fixture.reference, rules: [replacing("a", with: "[", id: "breaks"),
                                                                   replacing("q", with: "r", id: "fine")])
        let document = AnnotationDocument(path: "t.md", text: "---\nx: a\ny: q\n---\n")
        let outcome = linter.fix(document, includeUnsafe: true)
        #expect(string(outcome.bytes) == "---\nx: a\ny: r\n---\n")
        #expect(outcome.document.isParseable)
        #expect(outcome.fixedCount == 1)
        #expect(outcome.remaining.map(\.ruleID) == ["breaks"])

        let onlyBreaking = Linter(reference: Fixture.reference, rules: [replacing("a", with: "'", id: "breaks")])
        let untouched = onlyBreaking.fix(document, includeUnsafe: true)
        #expect(!untouched.changed)
        #expect(untouched.bytes == document.source.bytes)
    }

    @Test func aFixThatWouldRemoveTheFrontMatterIsRefused() {
        let close = ScriptedRule(id: "close") { context in
            guard let value = context.document.root?.mapping?["x"]?.scalar else { return [] }
            return [context.diagnostic("m", at: value.range, fixes: [
                Fix(title: "t", safety: .safe, edits: [TextEdit(range: ByteRange(0, 4), newText: "")]),
            ])]
        }
        let document = AnnotationDocument(path: "t.md", text: "---\nx: a\n---\n")
        let outcome = Linter(reference: Fixture.reference, rules: [close]).fix(document, includeUnsafe: true)
        #expect(!outcome.changed)
    }

    @Test(arguments: [
        Array("---\nx: a\ny: [a\n---\n".utf8),           // YAML syntax error
        Array("x: a\n".utf8),                             // no front matter
        Array("---\nx: a\n".utf8),                        // unterminated
        Array("---\nx: a".utf8) + [0xFF] + Array("\n---\n".utf8),  // not UTF-8
    ])
    func aDocumentThatDoesNotParseIsNeverModified(_ bytes: [UInt8]) {
        let always = ScriptedRule(id: "always") { context in
            [context.diagnostic("m", at: ByteRange(0, 1), fixes: [
                Fix(title: "t", safety: .safe, edits: [TextEdit(range: ByteRange(0, 0), newText: "#")]),
            ])]
        }
        let document = AnnotationDocument(path: "t.md", source: SourceText(bytes: bytes))
        #expect(!document.isParseable)
        let outcome = Linter(reference: Fixture.reference, rules: RuleRegistry.all + [always])
            .fix(document, includeUnsafe: true)
        #expect(outcome.refused)
        #expect(!outcome.changed)
        #expect(outcome.bytes == bytes)
        #expect(outcome.fixedCount == 0)
        #expect(outcome.remaining.contains { $0.ruleID == "front-matter" || $0.ruleID == "yaml-syntax" })
    }

    // MARK: - With the real rules

    @Test func crlfAndEverythingElseOutsideTheEditsIsKept() throws {
        let lf = markdown(Fixture.genes(Fixture.gene("IL-1B", "IL1B", "hgnc_symbol", "IL1B", "3553"),
                                        extra: "# a comment\nyear: \"2001\"\n"))
        let crlf = lf.replacingAll("\n", with: "\r\n")
        let linter = Linter(reference: Fixture.reference)
        let outcome = linter.fix(AnnotationDocument(path: "t.md", text: crlf), includeUnsafe: false)
        #expect(outcome.changed)
        #expect(outcome.fixed.contains { $0.ruleID == "field-type" })
        let fixed = string(outcome.bytes)
        #expect(fixed == crlf.replacingAll("entrez: 3553", with: "entrez: '3553'"))
        // Every line break is still CRLF.
        #expect(!fixed.replacingAll("\r\n", with: "").contains("\n"))
        #expect(linter.fix(outcome.document, includeUnsafe: false).changed == false)
    }

    @Test func brokenGenePairsExampleIsFixedAndStaysFixed() throws {
        let url = Fixture.fixTestPackageRoot + "/examples/broken-gene-pairs.md"
        let bytes = try #require(readFixTestFile(url))
        let linter = Linter(reference: Fixture.reference)
        let document = AnnotationDocument(path: "examples/broken-gene-pairs.md", source: SourceText(bytes: bytes))
        let before = linter.lint(document)
        let outcome = linter.fix(document, includeUnsafe: false)
        #expect(outcome.changed)
        #expect(outcome.fixedCount > 0)
        #expect(outcome.remaining.count < before.count)
        #expect(!outcome.remaining.contains { $0.fixes.contains(where: \.isSafe) })
        #expect(outcome.remaining == linter.lint(outcome.document))
        let fixed = string(outcome.bytes)
        #expect(fixed.contains("entrez: '3553'"))
        #expect(fixed.contains("# Deliberate errors"))  // comments stay
        let again = linter.fix(outcome.document, includeUnsafe: false)
        #expect(!again.changed)
    }
}

extension Fixture {
    /// The package root: this file is `<root>/Tests/PathLintCoreTests/FixApplierTests.swift`.
    static let fixTestPackageRoot: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
}

/// A file's bytes, or nil when it cannot be read (no Foundation needed).
func readFixTestFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count > 0 { bytes += chunk[0..<count] }
        if count < chunk.count { break }
    }
    return bytes
}


import Foundation
import Testing
@testable import PathLintCore

/// `# pathlint: disable…` comments, as `Linter.lint` applies them.
@Suite struct SuppressionTests {
    /// A gene entry with a wrong Entrez ID (5605 is MAP2K2's): one `entrez-mismatch` on the
    /// `entrez` line. `entrezTail` goes after the value, `beforeEntrez` on the line before.
    static func file(top: String = "", entrezTail: String = "", beforeEntrez: String = "", extra: String = "") -> String {
        markdown(top + Fixture.header + "genes:\n- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n"
                 + "  hgnc_symbol: MAP2K1\n" + beforeEntrez + "  entrez: '5605'" + entrezTail + "\n" + extra)
    }

    static let rules = ["entrez-mismatch", "duplicate-key", "yaml-syntax", "unused-suppression"]

    func lintWith(_ text: String, report: Bool = false, rules: [String] = SuppressionTests.rules) -> [Diagnostic] {
        let configuration = LintConfiguration(select: Set(rules), reportUnusedSuppressions: report)
        return Linter(reference: Fixture.reference, configuration: configuration).lint(path: "t.md", text: text)
    }

    @Test func theUnsuppressedFileHasOneFinding() {
        #expect(lintWith(Self.file()).map(\.ruleID) == ["entrez-mismatch"])
    }

    // MARK: - The three forms

    @Test func disableAtTheEndOfALineSuppressesThatLine() {
        #expect(lintWith(Self.file(entrezTail: "  # pathlint: disable=entrez-mismatch"), report: true).isEmpty)
        #expect(lintWith(Self.file(entrezTail: " #pathlint:disable=duplicate-key, entrez-mismatch -- MAP2K2 on purpose"))
            .isEmpty)
    }

    @Test func blanksAroundTheEqualsSignAreAllowed() {
        #expect(lintWith(Self.file(entrezTail: "  # pathlint: disable = entrez-mismatch"), report: true).isEmpty)
        #expect(lintWith(Self.file(beforeEntrez: "  # pathlint:disable-next-line\t=entrez-mismatch\n"), report: true).isEmpty)
    }

    @Test func disableOnAnotherLineDoesNotSuppress() {
        let text = Self.file(beforeEntrez: "  hgnc_id: x  # pathlint: disable=entrez-mismatch\n")
        #expect(lintWith(text).map(\.ruleID) == ["entrez-mismatch"])
    }

    @Test func disableNextLineSuppressesTheNextLineOnly() {
        let text = Self.file(beforeEntrez: "  # pathlint: disable-next-line=entrez-mismatch\n")
        #expect(lintWith(text, report: true).isEmpty)
        let twoAbove = Self.file(beforeEntrez: "  # pathlint: disable-next-line=entrez-mismatch\n  hgnc_id: x\n")
        #expect(lintWith(twoAbove).map(\.ruleID) == ["entrez-mismatch"])
    }

    @Test func disableFileSuppressesEverywhere() {
        #expect(lintWith(Self.file(top: "# pathlint: disable-file=entrez-mismatch\n"), report: true).isEmpty)
        #expect(lintWith(Self.file(extra: "chemicals: []  # pathlint: disable-file=entrez-mismatch\n"), report: true).isEmpty)
    }

    @Test func allStandsForEveryRule() {
        #expect(lintWith(Self.file(entrezTail: " # pathlint: disable=all"), report: true).isEmpty)
        let twice = Self.file(extra: "figid: again  # pathlint: disable=all\n")
        #expect(lintWith(twice).map(\.ruleID) == ["entrez-mismatch"])
    }

    @Test func otherRulesAreNotSuppressed() {
        let text = Self.file(entrezTail: "  # pathlint: disable=duplicate-key")
        #expect(lintWith(text).map(\.ruleID) == ["entrez-mismatch"])
    }

    @Test func aDirectiveMustStartTheComment() {
        #expect(lintWith(Self.file(entrezTail: "  # see pathlint: disable=entrez-mismatch")).map(\.ruleID) == ["entrez-mismatch"])
        #expect(lintWith(Self.file(entrezTail: "  # pathlint says nothing")).map(\.ruleID) == ["entrez-mismatch"])
    }

    @Test func thePrefilterFindsEveryDirectiveStartAndNoPlainMention() {
        func mentions(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return Suppressions.mentionsPathlint(bytes, in: ByteRange(0, bytes.count))
        }
        for text in ["x: 1 #pathlint: disable=a", "x: 1  # \t pathlint: disable=a", "# pathlint:", "a: 'b#c' # pathlint",
                     "α: 😀 # pathlint: disable=a", "##pathlint"] {
            #expect(mentions(text), "\(text)")
        }
        for text in ["", "x: pathlint", "x: 1 # see pathlint: disable=a", "x: 1 # pathlin", "x: 1 #", "#", "pathlint: #"] {
            #expect(!mentions(text), "\(text)")
        }
        // Only the range is read.
        let bytes = Array("# pathlint: disable=a".utf8)
        #expect(!Suppressions.mentionsPathlint(bytes, in: ByteRange(0, 9)))
        #expect(!Suppressions.mentionsPathlint(bytes, in: ByteRange(1, bytes.count)))
    }

    // MARK: - What is a comment

    @Test func hashInsideAQuotedScalarIsNotAComment() {
        for line in ["word: 'a # pathlint: disable-file=entrez-mismatch'\n",
                     "word: \"a # pathlint: disable-file=entrez-mismatch\"\n",
                     "caption: 'it''s # pathlint: disable-file=entrez-mismatch'\n"] {
            #expect(lintWith(Self.file(top: line)).map(\.ruleID) == ["entrez-mismatch"], "\(line)")
        }
    }

    @Test func hashInsidePlainAndBlockScalarsIsNotAComment() {
        let plain = "caption: see#pathlint:disable-file=entrez-mismatch\n"
        #expect(lintWith(Self.file(top: plain)).map(\.ruleID) == ["entrez-mismatch"])
        let block = "caption: |\n  text\n  # pathlint: disable-file=entrez-mismatch\n"
        #expect(lintWith(Self.file(top: block)).map(\.ruleID) == ["entrez-mismatch"])
        let folded = "caption: >-\n  # pathlint: disable-file=entrez-mismatch\n"
        #expect(lintWith(Self.file(top: folded)).map(\.ruleID) == ["entrez-mismatch"])
    }

    @Test func aBlankThenHashEndsAPlainScalarAsYAMLSays() throws {
        // `see #3`: YAML reads the caption as `see` and `#3` as a comment (not a directive).
        let text = Self.file(top: "caption: see #3\n")
        let document = AnnotationDocument(path: "t.md", text: text)
        #expect(document.annotation?.caption?.value == "see")
        #expect(lintWith(text).map(\.ruleID) == ["entrez-mismatch"])
        // … so a directive after ` #` there is a real comment.
        #expect(lintWith(Self.file(top: "caption: see # pathlint: disable-file=entrez-mismatch\n")).isEmpty)
    }

    @Test func commentsAreFoundWhenTheYAMLDoesNotParse() throws {
        // An unclosed flow sequence: no tree, so the conservative scan finds the comments.
        let broken = "organisms: [Homo sapiens\n"
        let plain = lintWith(Self.file(extra: broken))
        #expect(plain.map(\.ruleID) == ["yaml-syntax"])
        #expect(lintWith(Self.file(top: "# pathlint: disable-file=yaml-syntax\n", extra: broken)).isEmpty)
        #expect(lintWith(Self.file(entrezTail: "  # pathlint: disable=yaml-syntax -- x", extra: broken)).count == 1)
        // Still not inside quotes, nor inside a block scalar.
        let quoted = Self.file(top: "word: 'a # pathlint: disable-file=yaml-syntax'\n", extra: broken)
        #expect(lintWith(quoted).map(\.ruleID) == ["yaml-syntax"])
        let block = Self.file(top: "caption: |\n  # pathlint: disable-file=yaml-syntax\n", extra: broken)
        #expect(lintWith(block).map(\.ruleID) == ["yaml-syntax"])
        // An apostrophe inside a plain scalar opens no quote.
        let apostrophe = Self.file(top: "caption: it's # pathlint: disable-file=yaml-syntax\n", extra: broken)
        #expect(lintWith(apostrophe).isEmpty)
    }

    @Test func scannerFindsCommentsOutsideScalarsOnly() throws {
        let text = "---\na: 'x # no'  # yes\nb: \"# no\" # yes2\nc: d#no\n# top\n---\n"
        let document = AnnotationDocument(path: "t.md", text: text)
        let frontMatter = try document.frontMatter.get()
        let tree = YAMLComments.comments(in: document.source, range: frontMatter.yamlRange,
                                         scalars: YAMLComments.scalarRanges(document.root))
        let lines = YAMLComments.lineComments(in: document.source, range: frontMatter.yamlRange)
        let expected = ["# yes", "# yes2", "# top"]
        for found in [tree, lines] {
            let texts = found.map { start -> String in
                let line = document.source.line(containing: start)
                return document.source.text(ByteRange(start, document.source.contentRange(ofLine: line).end))
            }
            #expect(texts == expected)
        }
    }

    // MARK: - Unused and unknown

    @Test func unusedSuppressionIsReportedOnlyWhenAsked() throws {
        let text = Self.file(extra: "chemicals: []  # pathlint: disable=entrez-mismatch\n")
        #expect(lintWith(text).map(\.ruleID) == ["entrez-mismatch"])
        let found = lintWith(text, report: true)
        #expect(found.map(\.ruleID) == ["entrez-mismatch", "unused-suppression"])
        let unused = try #require(found.of("unused-suppression").first)
        #expect(unused.severity == .warning)
        #expect(unused.message == "unused suppression: no `entrez-mismatch` finding on this line")
        #expect(SuppressionTests.text(of: unused, in: text) == "entrez-mismatch")
        let fix = try #require(unused.fixes.first)
        #expect(fix.isSafe)
        #expect(applying(fix, to: text) == Self.file(extra: "chemicals: []\n"))
    }

    @Test func unusedCommentOnItsOwnLineIsRemovedWithItsLine() throws {
        let text = Self.file(top: "# pathlint: disable-next-line=duplicate-key\n")
        let unused = try #require(lintWith(text, report: true).of("unused-suppression").first)
        #expect(unused.message == "unused suppression: no `duplicate-key` finding on the next line")
        #expect(applying(try #require(unused.fixes.first), to: text) == Self.file())

        let fileWide = Self.file(extra: "  # pathlint: disable-file=duplicate-key,yaml-syntax\n")
        let both = try #require(lintWith(fileWide, report: true).of("unused-suppression").first)
        #expect(both.message == "unused suppression: no `duplicate-key` finding in this file; no `yaml-syntax` finding in this file")
        #expect(SuppressionTests.text(of: both, in: fileWide) == "duplicate-key,yaml-syntax")
        #expect(applying(try #require(both.fixes.first), to: fileWide) == Self.file())
    }

    @Test func onlyTheUnusedNamesOfAUsedCommentAreRemoved() throws {
        let text = Self.file(entrezTail: "  # pathlint: disable=duplicate-key, entrez-mismatch,yaml-syntax")
        let found = lintWith(text, report: true)
        #expect(found.map(\.ruleID) == ["unused-suppression", "unused-suppression"])
        #expect(found.map { SuppressionTests.text(of: $0, in: text) } == ["duplicate-key", "yaml-syntax"])
        var fixed = text
        for diagnostic in found.reversed() { fixed = applying(diagnostic.fixes[0], to: fixed) }
        #expect(fixed == Self.file(entrezTail: "  # pathlint: disable=entrez-mismatch"))
        // Both fixes at once (what --fix does) give the same.
        let edits = Fix(title: "", safety: .safe, edits: found.flatMap { $0.fixes[0].edits })
        #expect(applying(edits, to: text) == fixed)
    }

    @Test func unknownRuleNamesAreAlwaysReported() throws {
        let text = Self.file(entrezTail: "  # pathlint: disable=entrez-mismatch,entrez-mismatc")
        let found = lintWith(text)
        let unknown = try #require(found.first)
        #expect(found.count == 1)
        #expect(unknown.ruleID == "unused-suppression")
        #expect(unknown.message == "unknown rule `entrez-mismatc` in suppression; `pathlint rules` lists them")
        #expect(SuppressionTests.text(of: unknown, in: text) == "entrez-mismatc")
        #expect(applying(unknown.fixes[0], to: text) == Self.file(entrezTail: "  # pathlint: disable=entrez-mismatch"))
        // Not when the rule is ignored.
        #expect(lintWith(text, rules: ["entrez-mismatch"]).isEmpty)
    }

    @Test func malformedDirectivesAreReportedWithoutAFix() throws {
        for (tail, message) in [
            ("# pathlint: disable", "`disable` needs `=` and rule names"),
            ("# pathlint: enable=entrez-mismatch", "unknown pathlint directive `enable`"),
            ("# pathlint: disable-next-line=", "`disable-next-line=` names no rule"),
        ] {
            let text = Self.file(extra: "chemicals: []  " + tail + "\n")
            let found = lintWith(text).of("unused-suppression")
            #expect(found.count == 1, "\(tail)")
            #expect(found.first?.message.hasPrefix(message) == true, "\(found)")
            #expect(found.first?.fixes.isEmpty == true)
            #expect(found.first.map { SuppressionTests.text(of: $0, in: text) } == tail)
        }
    }

    @Test func namesOfRulesThatDidNotRunAreNotCalledUnused() {
        let text = Self.file(entrezTail: "  # pathlint: disable=entrez-mismatch,keywords-mismatch")
        #expect(lintWith(text, report: true).isEmpty)
    }

    @Test func onlyAnExplicitNameSilencesUnusedSuppression() {
        let text = Self.file(top: "# pathlint: disable-file=unused-suppression\n",
                             extra: "chemicals: []  # pathlint: disable=duplicate-key,nope\n")
        #expect(lintWith(text, report: true).map(\.ruleID) == ["entrez-mismatch"])
        let viaAll = Self.file(top: "# pathlint: disable-file=all\n", extra: "chemicals: []  # pathlint: disable=nope\n")
        #expect(lintWith(viaAll, report: true).map(\.ruleID) == ["unused-suppression"])
    }

    @Test func severityOverrideAppliesToUnusedSuppression() {
        let text = Self.file(entrezTail: "  # pathlint: disable=nope,entrez-mismatch")
        let configuration = LintConfiguration(severityOverrides: ["unused-suppression": .error])
        let found = Linter(reference: Fixture.reference, configuration: configuration).lint(path: "t.md", text: text)
        #expect(found.of("unused-suppression").map(\.severity) == [.error])
    }

    @Test func nonASCIIBeforeTheCommentKeepsExactRanges() throws {
        let word = "  word: 'TNF–α 😀'  # pathlint: disable=duplicate-key\n"
        let text = markdown(Fixture.header + "genes:\n- symbol: MEK1\n" + word
                            + "  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K1\n  entrez: '5605'  # pathlint: disable=entrez-mismatch\n")
        let found = lintWith(text, report: true)
        let unused = try #require(found.first)
        #expect(found.count == 1)
        #expect(SuppressionTests.text(of: unused, in: text) == "duplicate-key")
        let line = word.dropLast()
        let column = line.unicodeScalars.count - "duplicate-key".count + 1
        #expect(position(of: unused, in: text, unit: .codePoint) == (8, column))
        #expect(position(of: unused, in: text, unit: .utf8) == (8, line.utf8.count - "duplicate-key".count + 1))
        let expected = text.replacingOccurrences(of: "'TNF–α 😀'  # pathlint: disable=duplicate-key", with: "'TNF–α 😀'")
        #expect(applying(unused.fixes[0], to: text) == expected)
    }

    @Test func crlfLinesAreHandled() throws {
        let text = Self.file(top: "# pathlint: disable-next-line=duplicate-key\n",
                             extra: "chemicals: []  # pathlint: disable=entrez-mismatch\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let found = lintWith(text, report: true).of("unused-suppression")
        #expect(found.count == 2)
        var fixed = text
        for diagnostic in found.sorted(by: { $0.range > $1.range }) { fixed = applying(diagnostic.fixes[0], to: fixed) }
        #expect(fixed == Self.file(extra: "chemicals: []\n").replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func aPlainYAMLFileHonoursSuppressions() {
        let yaml = Fixture.header + "genes:\n- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n"
            + "  hgnc_symbol: MAP2K1\n  entrez: '5605' # pathlint: disable=entrez-mismatch"
        let configuration = LintConfiguration(select: Set(Self.rules), reportUnusedSuppressions: true)
        #expect(Linter(reference: Fixture.reference, configuration: configuration).lint(path: "t.yaml", text: yaml).isEmpty)
    }

    @Test func crossFileFindingsHonourSuppressionsAndTheConfiguration() throws {
        let text = Self.file(top: "# pathlint: disable-file=duplicate-figid\n")
        let document = AnnotationDocument(path: "t.md", text: text)
        let figid = try #require(document.annotation?.figid)
        let finding = Diagnostic(ruleID: "duplicate-figid", severity: .error, message: "m", range: figid.range)
        let linter = Linter(reference: Fixture.reference,
                            configuration: LintConfiguration(severityOverrides: ["duplicate-figid": .info],
                                                             reportUnusedSuppressions: true))
        #expect(linter.crossFileFindings([finding], for: document).isEmpty)
        // The linter does not call the name unused: it cannot see cross-file findings.
        #expect(linter.lint(document).of("unused-suppression").isEmpty)
        let plain = AnnotationDocument(path: "t.md", text: Self.file())
        #expect(linter.crossFileFindings([finding], for: plain).map(\.severity) == [.info])
        let ignoring = Linter(reference: Fixture.reference, configuration: LintConfiguration(ignore: ["duplicate-figid"]))
        #expect(ignoring.crossFileFindings([finding], for: plain).isEmpty)
    }

    static func text(of diagnostic: Diagnostic, in text: String) -> String {
        SourceText(text).text(diagnostic.range)
    }
}

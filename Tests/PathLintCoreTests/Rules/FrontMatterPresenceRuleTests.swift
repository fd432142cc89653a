import Testing
@testable import PathLintCore

@Suite struct FrontMatterPresenceRuleTests {
    let rule = ["front-matter"]

    @Test func missingFrontMatterUnderlinesTheFirstLine() throws {
        let file = "figid: PMC1__f1\n---\n"
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "front-matter")
        #expect(d.severity == .error)
        #expect(d.message == "no front matter: the first line must be `---`")
        #expect(text(of: d, in: file) == "figid: PMC1__f1")
        #expect(position(of: d, in: file) == (1, 1))
        #expect(d.fixes.isEmpty)
    }

    @Test func missingFrontMatterAfterABOMStartsAfterIt() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Title\n".utf8)
        let d = try #require(lintBytes(bytes, rules: rule).first)
        #expect(d.range == ByteRange(3, 10))
        #expect(SourceText(bytes: bytes).text(d.range) == "# Title")
    }

    @Test func emptyFileHasAnEmptyRangeAtZero() throws {
        let d = try #require(lintFile("", rules: rule).first)
        #expect(d.message == "no front matter: the first line must be `---`")
        #expect(d.range == ByteRange(0, 0))
    }

    @Test func unterminatedFrontMatterUnderlinesTheOpeningDelimiter() throws {
        let file = "---\nfigid: PMC1__f1\npmcid: PMC1\n"
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .error)
        #expect(d.message == "front matter is not closed: no later line is `---` or `...`")
        #expect(d.range == ByteRange(0, 3))
        #expect(text(of: d, in: file) == "---")
    }

    @Test func emptyFrontMatterUnderlinesBothDelimiters() throws {
        let file = "---\n# only a comment\n\n---\nBody text.\n"
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.ruleID == "front-matter")
        #expect(d.message == "front matter is empty")
        #expect(text(of: d, in: file) == "---\n# only a comment\n\n---")
        #expect(position(of: d, in: file) == (1, 1))
    }

    @Test func emptyYAMLFileIsReported() throws {
        let file = "  \n# nothing\n"
        let d = try #require(lintFile(file, rules: rule, path: "t.yaml").first)
        #expect(d.message == "front matter is empty")
        #expect(d.range == ByteRange(0, 13))
    }

    @Test func closingWithDotsAndTrailingSpacesIsAccepted() {
        #expect(lintFile("---\nfigid: a\n...  \n", rules: rule).isEmpty)
        #expect(lintFile(markdown(Fixture.header), rules: rule).isEmpty)
    }

    @Test func plainYAMLFileNeedsNoDelimiters() {
        #expect(lintFile(Fixture.header, rules: rule, path: "fig.yml").isEmpty)
    }

    @Test func aFileWithoutFrontMatterGetsNoOtherFinding() {
        let found = lintFile("Just prose.\n")
        #expect(found.map(\.ruleID) == ["front-matter"])
    }
}

import Testing
@testable import PathLintCore

@Suite struct TableSyntaxRuleTests {
    let rule = ["table-syntax"]

    @Test func raggedRowIsAnErrorAtTheExtraCells() throws {
        let file = SidecarFixture.chemicals("ATP\tmesh:D000255\tAdenosine Triphosphate\tATP\tchebi:15422\textra\n")
        let found = lintSidecar(file, rules: rule, path: "x/_data/P__f-chemicals.tsv")
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.severity == .error)
        #expect(text(of: d, in: file) == "extra")
        #expect(d.message == "row 1 has 6 cells, the header 5: these cells have no column")
    }

    @Test func shortRowAfterAstralCharactersIsUnderlinedWhole() throws {
        let file = SidecarFixture.chemicals("𝔸–α\tmesh:D000255\n")
        let d = try #require(lintSidecar(file, rules: rule, path: "x/_data/P__f-chemicals.tsv").first)
        #expect(text(of: d, in: file) == "𝔸–α\tmesh:D000255")
        #expect(columns(of: d, in: file) == "2:1/1/1")
    }

    @Test func bomAndCRLFAreWarningsWithSafeFixes() throws {
        let text = "\u{FEFF}word\tmesh\tmatch\tname\tchebi\r\nATP\tmesh:D000255\tNA\tNA\tNA\r\n"
        let found = lintSidecar(text, rules: rule, path: "x/_data/P__f-chemicals.tsv")
        #expect(found.map(\.severity) == [.warning, .warning])
        var fixed = text
        for d in found.reversed() { fixed = applying(try #require(d.fixes.first), to: fixed) }
        #expect(fixed == "word\tmesh\tmatch\tname\tchebi\nATP\tmesh:D000255\tNA\tNA\tNA\n")
        #expect(lintSidecar(fixed, rules: rule, path: "x/_data/P__f-chemicals.tsv").isEmpty)
    }

    @Test func emptyFileStrayQuoteAndBlankLine() throws {
        let empty = lintSidecar("", rules: rule)
        #expect(empty.map(\.message) == ["the table is empty: a sidecar has at least its header line"])
        let quoted = SidecarFixture.chemicals("5\"-AMP\tmesh:D000249\tNA\tNA\tNA\n", "\n", "ATP\tmesh:D000255\tNA\tNA\tNA\n")
        let found = lintSidecar(quoted, rules: rule, path: "x/_data/P__f-chemicals.tsv")
        #expect(found.count == 2)
        #expect(text(of: found[0], in: quoted) == "5\"-AMP")
        #expect(found[0].severity == .error)
        #expect(found[1].message.hasPrefix("blank line"))
        let fixed = applying(try #require(found[1].fixes.first), to: quoted)
        #expect(lintSidecar(fixed, rules: rule, path: "x/_data/P__f-chemicals.tsv").count == 1)
    }

    @Test func spacesInsideTheOCRWordAreFine() {
        let file = SidecarFixture.chemicals("Me  Me \tmesh:C526611\tNA\tNA\tNA\n")
        #expect(lintSidecar(file, rules: rule, path: "x/_data/P__f-chemicals.tsv").isEmpty)
    }

    @Test func frontMatterRulesDoNotRunOnTables() {
        let file = SidecarFixture.chemicals("ATP\tmesh:D000255\tNA\tNA\tNA\n")
        #expect(lintSidecar(file, path: "x/_data/P__f-chemicals.tsv").filter { $0.ruleID == "front-matter" || $0.ruleID == "required-field" }.isEmpty)
        #expect(lintFile(file, path: "x.md").of("front-matter").count == 1)
    }
}

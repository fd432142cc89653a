import Testing
@testable import PathLintCore

@Suite struct KeywordsMismatchRuleTests {
    let rule = ["keywords-mismatch"]

    private func file(keywords: String, lineBreak: String = "\n") -> String {
        let text = Fixture.header + """
            schema-jsonld:
              '@id': https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html
              keywords:
            \(keywords)  license: CC0
            genes:

            """
            + Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
            + Fixture.gene("JNK-", "JNK", "bioentities_symbol", "MAPK10", "'5602'")
            + Fixture.gene("MEK-1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
            + "chemicals:\n" + Fixture.mesh("PD98059", "MESH", "C093973")
            + "diseases:\n" + Fixture.mesh("melanoma", "MESH", "D008545")
        return markdown(text).replacingAll("\n", with: lineBreak)
    }

    @Test func missingAndExtraKeywordsAreNamedAndTheFixRewritesOnlyTheList() throws {
        let before = file(keywords: "  - MAP2K2\n  - PD98059\n")
        let found = lintFile(before, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "keywords-mismatch")
        #expect(d.severity == .warning)
        #expect(d.message == "schema-jsonld.keywords is out of date: missing `MAP2K1`, `MAPK10`, `melanoma`; not derived from any entry: `MAP2K2`")
        #expect(text(of: d, in: before) == "keywords")
        #expect(position(of: d, in: before) == (8, 3))
        let fix = try #require(d.fixes.first)
        #expect(d.fixes.count == 1)
        #expect(fix.safety == .safe)
        let fixed = applying(fix, to: before)
        #expect(fixed == file(keywords: "  - MAP2K1\n  - MAPK10\n  - PD98059\n  - melanoma\n"))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func fixKeepsCRLFLineBreaks() throws {
        let before = file(keywords: "  - MAP2K2\n", lineBreak: "\r\n")
        let fix = try #require(lintFile(before, rules: rule).first?.fixes.first)
        #expect(applying(fix, to: before) == file(keywords: "  - MAP2K1\n  - MAPK10\n  - PD98059\n  - melanoma\n", lineBreak: "\r\n"))
    }

    @Test func fullGenesOnlyAndGenesWithChemicalsListsAreAccepted() {
        #expect(lintFile(file(keywords: "  - MAP2K1\n  - MAPK10\n  - PD98059\n  - melanoma\n"), rules: rule).isEmpty)
        #expect(lintFile(file(keywords: "  - MAP2K1\n  - MAPK10\n"), rules: rule).isEmpty)
        #expect(lintFile(file(keywords: "  - MAP2K1\n  - MAPK10\n  - PD98059\n"), rules: rule).isEmpty)
    }

    @Test func wrongOrderIsReportedAsSuch() throws {
        let d = try #require(lintFile(file(keywords: "  - MAPK10\n  - MAP2K1\n  - PD98059\n  - melanoma\n"), rules: rule).first)
        #expect(d.message == "schema-jsonld.keywords is out of date: the order or repeats differ from genes, then chemicals, then diseases")
    }

    @Test func geneAndDiseaseSharingAWordAreDeduplicatedPerSection() {
        let yaml = Fixture.header + "schema-jsonld:\n  keywords:\n  - APC\n  - APC\ngenes:\n"
            + Fixture.gene("APC", "APC", "hgnc_symbol", "APC", "'324'")
            + "diseases:\n" + Fixture.mesh("APC", "MESH", "D011125")
        #expect(lint(yaml, rules: rule).isEmpty)
    }

    @Test func flowListIsRewrittenAsAFlowList() throws {
        let yaml = Fixture.header + "schema-jsonld:\n  keywords: [MAP2K2]\ngenes:\n"
            + Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
        let before = markdown(yaml)
        let fix = try #require(lintFile(before, rules: rule).first?.fixes.first)
        let fixed = applying(fix, to: before)
        #expect(fixed == before.replacingAll("[MAP2K2]", with: "[MAP2K1]"))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func keywordsOfAFileWithoutEntriesBecomeAnEmptyFlowList() throws {
        let yaml = Fixture.header + "schema-jsonld:\n  keywords:\n  - MAP2K2\n  license: CC0\ngenes: []\n"
        let before = markdown(yaml)
        let fix = try #require(lintFile(before, rules: rule).first?.fixes.first)
        let fixed = applying(fix, to: before)
        #expect(fixed == markdown(Fixture.header + "schema-jsonld:\n  keywords: []\n  license: CC0\ngenes: []\n"))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }
}

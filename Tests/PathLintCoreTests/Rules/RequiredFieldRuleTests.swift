import Testing
@testable import PathLintCore

@Suite struct RequiredFieldRuleTests {
    let rule = ["required-field"]
    let mek1 = Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")

    @Test func missingFigureFieldIsReportedAtTheOpeningDelimiter() throws {
        let yaml = "figid: PMC199174__JCI0110934.f9\npmcid: PMC199174\nfilename: JCI0110934.f9.jpg\ngenes: []\n"
        let file = markdown(yaml)
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "required-field")
        #expect(d.severity == .error)
        #expect(d.message == "missing required field `figlink`")
        #expect(text(of: d, in: file) == "---")
        #expect(position(of: d, in: file) == (1, 1))
    }

    @Test func oldLayoutNeedsGenes() throws {
        let d = try #require(lint(Fixture.header, rules: rule).first)
        #expect(d.message == "missing required field `genes`")
    }

    @Test func sidecarLayoutNeedsNoGenes() {
        #expect(lint(Fixture.header + "organisms_ner:\n- Homo sapiens\n", rules: rule).isEmpty)
    }

    @Test func geneEntryMissingEntrezNamesTheFieldAtItsFirstKey() throws {
        let entry = "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K1\n"
        let file = markdown(Fixture.genes(mek1, entry))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "genes entry 2 is missing field `entrez`")
        #expect(text(of: d, in: file) == "word")
        #expect(position(of: d, in: file) == (12, 3))
    }

    @Test func meshEntryMissingSeveralFieldsListsThemAll() throws {
        let file = markdown(Fixture.genes(mek1, extra: "diseases:\n- word: melanoma\n"))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "diseases entry 1 is missing fields `source`, `identifier`")
        #expect(text(of: d, in: file) == "word")
    }

    @Test func frontMatterThatIsAListIsReported() throws {
        let file = markdown("- figid\n- pmcid\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "the front matter must be a mapping of fields, not a list")
        #expect(text(of: d, in: file) == "- figid\n- pmcid")
    }

    @Test func completeFileHasNoFinding() {
        let unmapped = Fixture.mesh("tumor", "''", "''")
        #expect(lint(Fixture.genes(mek1, extra: "diseases:\n" + unmapped), rules: rule).isEmpty)
    }
}

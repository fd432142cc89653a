import Testing
@testable import PathLintCore

@Suite struct DuplicateKeyRuleTests {
    let rule = ["duplicate-key"]

    @Test func repeatedTopLevelKeyIsReportedAtTheRepeat() throws {
        let file = markdown(Fixture.header + "figid: PMC199174__other\n")
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "duplicate-key")
        #expect(d.severity == .error)
        #expect(d.message == "duplicate key `figid` (first on line 2)")
        #expect(text(of: d, in: file) == "figid")
        #expect(position(of: d, in: file) == (6, 1))
        #expect(d.fixes.isEmpty)
    }

    @Test func repeatedKeyInsideAGeneEntryIsReported() throws {
        let entry = "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K1\n  hgnc_symbol: MAP2K2\n  entrez: '5604'\n"
        let file = markdown(Fixture.header + "genes:\n" + entry)
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "duplicate key `hgnc_symbol` (first on line 10)")
        #expect(text(of: d, in: file) == "hgnc_symbol")
        #expect(position(of: d, in: file) == (11, 3))
    }

    @Test func quotedAndPlainSpellingsOfOneKeyAreTheSameKey() throws {
        let file = markdown("schema-jsonld:\n  '@id': a\n  \"@id\": b\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "duplicate key `@id` (first on line 3)")
        #expect(text(of: d, in: file) == "\"@id\"")
    }

    @Test func sameKeyInDifferentMappingsIsFine() {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"),
                                          Fixture.gene("MEK2", "MEK2", "hgnc_alias_symbol", "MAP2K2", "'5605'")))
        #expect(lintFile(file, rules: rule).isEmpty)
    }
}

import Testing
@testable import PathLintCore

@Suite struct UnknownHGNCSymbolRuleTests {
    let rule = ["unknown-hgnc-symbol"]

    @Test func typoIsReportedWithTheGeneOfItsEntrezAsAnUnsafeFix() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAPK2K1", "'5604'")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "unknown-hgnc-symbol")
        #expect(d.severity == .error)
        #expect(d.message == "`MAPK2K1` is not an HGNC symbol; entrez 5604 is MAP2K1 (HGNC:6840, Entrez 5604)")
        #expect(text(of: d, in: file) == "MAPK2K1")
        #expect(position(of: d, in: file) == (10, 16))
        let fix = try #require(d.fixes.first)
        #expect(d.fixes.count == 1)
        #expect(fix.safety == .unsafe)
        let fixed = applying(fix, to: file)
        #expect(fixed == markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"))))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func unknownSymbolWithUnknownEntrezHasNoFix() throws {
        let file = markdown(Fixture.genes(Fixture.gene("XYZ", "XYZ", "hgnc_symbol", "NOTAGENE9", "'999999999'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`NOTAGENE9` is not an HGNC symbol")
        #expect(d.fixes.isEmpty)
    }

    @Test func approvedPreviousAndWithdrawnSymbolsAreKnown() {
        let yaml = Fixture.genes(
            Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"),
            Fixture.gene("C11orf95", "C11orf95", "hgnc_symbol", "C11orf95", "'65998'"),
            Fixture.gene("A12M1", "A12M1", "hgnc_symbol", "A12M1", "''"),
            Fixture.gene("c9orf3", "C9orf3", "hgnc_symbol", "C9ORF3", "'84909'"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }

    @Test func emptySymbolIsLeftToOtherRules() {
        #expect(lint(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_symbol", "''", "'5604'")), rules: rule).isEmpty)
    }
}

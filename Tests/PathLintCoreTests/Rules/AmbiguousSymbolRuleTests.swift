import Testing
@testable import PathLintCore

@Suite struct AmbiguousSymbolRuleTests {
    let rule = ["ambiguous-symbol"]

    @Test func cslAsAliasOfCSHL1AlsoNamesSMPX() throws {
        // PMC123255: two genes have `CSL` as an alias; neither claim is stronger.
        let file = markdown(Fixture.genes(Fixture.gene("CSL", "CSL", "hgnc_alias_symbol", "CSHL1", "'1444'")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "ambiguous-symbol")
        #expect(d.severity == .hint)
        #expect(d.message == "`CSL` also names SMPX (HGNC:11122, Entrez 23676) (alias); annotated as CSHL1")
        #expect(text(of: d, in: file) == "CSL")
        #expect(position(of: d, in: file) == (8, 11))
        #expect(d.fixes.isEmpty)
    }

    @Test func strongerClaimsAreLeftToAmbiguousGeneSymbol() {
        // PTB is PTBP1's previous symbol (and, in the seed figure, a protein domain).
        #expect(lint(Fixture.genes(Fixture.gene("PTB", "PTB", "hgnc_alias_symbol", "PTBP2", "'58155'")), rules: rule).isEmpty)
    }

    @Test func cdc2AsPreviousSymbolOfCDK1AlsoNamesPOLD1() throws {
        let d = try #require(lint(Fixture.genes(Fixture.gene("CDC2", "CDC2", "hgnc_prev_symbol", "CDK1", "'983'")),
                                  rules: rule).first)
        #expect(d.message == "`CDC2` also names POLD1 (HGNC:9175, Entrez 5424) (alias); annotated as CDK1")
    }

    @Test func symbolThatNamesOnlyTheAnnotatedGeneIsFine() {
        #expect(lint(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")), rules: rule).isEmpty)
    }

    @Test func approvedSymbolMatchedAsItselfIsNotReported() {
        // RhoA is RHOA's own approved symbol, written in other case.
        #expect(lint(Fixture.genes(Fixture.gene("RhoA", "RhoA", "hgnc_alias_symbol", "RHOA", "'387'")), rules: rule).isEmpty)
    }

    @Test func approvedAndFamilyClaimsAreNotConsidered() {
        let yaml = Fixture.genes(Fixture.gene("PTBP2", "PTBP2", "hgnc_symbol", "PTBP2", "'58155'"),
                                 Fixture.gene("JNK", "JNK", "bioentities_symbol", "MAPK10", "'5602'"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }
}

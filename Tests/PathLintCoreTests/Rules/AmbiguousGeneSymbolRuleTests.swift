import Testing
@testable import PathLintCore

/// Cases from the corpus, checked by hand (see the rule's documentation for the measured precision).
@Suite struct AmbiguousGeneSymbolRuleTests {
    let rule = ["ambiguous-gene-symbol"]

    @Test func cdc2AnnotatedAsAnAliasOfPOLD1IsCDK1sPreviousSymbol() throws {
        // PMC2153436, PMC316360, PMC3544772: cell-cycle figures that mean CDK1.
        let file = markdown(Fixture.genes(Fixture.gene("CDC2", "CDC2", "hgnc_alias_symbol", "POLD1", "'5424'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.severity == .info)
        #expect(d.message == "`CDC2` was annotated as POLD1 (an alias), but it names CDK1 (HGNC:1722, Entrez 983), whose previous symbol it is")
        #expect(text(of: d, in: file) == "POLD1")
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .unsafe)
        #expect(applying(fix, to: file) == markdown(Fixture.genes(Fixture.gene("CDC2", "CDC2", "hgnc_prev_symbol", "CDK1", "'983'"))))
        #expect(lintFile(applying(fix, to: file), rules: rule).isEmpty)
    }

    @Test func everyStrongerCandidateGetsItsOwnFix() throws {
        // PMC4833098: `CPT1` is a previous symbol of both CPT1A and CPT2.
        let d = try #require(lint(Fixture.genes(Fixture.gene("CPT-1", "CPT1", "hgnc_alias_symbol", "CHPT1", "'56994'")),
                                  rules: rule).first)
        #expect(d.fixes.map(\.title) == ["Annotate as CPT1A (Entrez 1374)", "Annotate as CPT2 (Entrez 1376)"])
    }

    @Test func anApprovedSymbolOfAnotherGeneIsStrongerThanAnAlias() throws {
        // PMC1805104: `Rho` as an alias of RHOD; RHO is an approved symbol.
        let d = try #require(lint(Fixture.genes(Fixture.gene("Rho", "Rho", "hgnc_alias_symbol", "RHOD", "'29984'")),
                                  rules: rule).first)
        #expect(d.message.contains("RHO (HGNC:10012, Entrez 6010), whose approved symbol it is"))
        #expect(d.fixes.first.map { applying($0, to: markdown(Fixture.genes(Fixture.gene("Rho", "Rho", "hgnc_alias_symbol", "RHOD", "'29984'")))) }
            == markdown(Fixture.genes(Fixture.gene("Rho", "Rho", "hgnc_symbol", "RHO", "'6010'"))))
    }

    @Test func equalOrWeakerClaimsAreNotReported() {
        // CDC2 as CDK1's previous symbol: POLD1 has it only as an alias.
        #expect(lint(Fixture.genes(Fixture.gene("CDC2", "CDC2", "hgnc_prev_symbol", "CDK1", "'983'")), rules: rule).isEmpty)
        #expect(lint(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")), rules: rule).isEmpty)
        #expect(lint(Fixture.genes(Fixture.gene("RhoA", "RhoA", "hgnc_alias_symbol", "RHOA", "'387'")), rules: rule).isEmpty)
        #expect(lint(Fixture.genes(Fixture.gene("CDK1", "CDK1", "hgnc_symbol", "CDK1", "'983'")), rules: rule).isEmpty)
    }

    @Test func aWordThatIsNoGeneIsLeftToNotAGeneWord() {
        // The seed figure's `PTB` (the phosphotyrosine-binding domain) is also PTBP1's previous symbol.
        let yaml = Fixture.genes(Fixture.gene("PTB", "PTB", "hgnc_alias_symbol", "PTBP2", "'58155'"))
        #expect(lint(yaml, rules: rule).isEmpty)
        #expect(lint(yaml, rules: ["not-a-gene-word"]).count == 1)
    }

    @Test func aWordAlsoAnnotatedAsAChemicalIsLeftToTheCollisionRule() {
        let yaml = Fixture.genes(Fixture.gene("Met", "Met", "hgnc_alias_symbol", "SLTM", "'79811'"),
                                 extra: "chemicals:\n" + Fixture.mesh("Met", "MESH", "D008715"))
        #expect(lint(yaml, rules: rule).isEmpty)
        #expect(lint(yaml, rules: ["gene-chemical-collision"]).count == 1)
    }
}

import Testing
@testable import PathLintCore

@Suite struct OutdatedHGNCSymbolRuleTests {
    let rule = ["outdated-hgnc-symbol"]

    @Test func previousSymbolWithMatchingEntrezGetsASafeRename() throws {
        let file = markdown(Fixture.genes(Fixture.gene("C11orf95", "C11orf95", "hgnc_symbol", "C11orf95", "'65998'")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "outdated-hgnc-symbol")
        #expect(d.severity == .warning)
        #expect(d.message == "`C11orf95` is a previous HGNC symbol; the current symbol is ZFTA (HGNC:28449, Entrez 65998)")
        #expect(text(of: d, in: file) == "C11orf95")
        #expect(position(of: d, in: file) == (10, 16))
        #expect(d.fixes.count == 1)
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        #expect(fix.title == "Rename to ZFTA")
        let fixed = applying(fix, to: file)
        #expect(fixed == markdown(Fixture.genes(Fixture.gene("C11orf95", "C11orf95", "hgnc_symbol", "ZFTA", "'65998'"))))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func tazWithTafazzinsEntrezIsRenamedToTafazzin() throws {
        let file = markdown(Fixture.genes(Fixture.gene("TAZ", "TAZ", "hgnc_symbol", "TAZ", "'6901'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`TAZ` is a previous HGNC symbol; the current symbol is TAFAZZIN (HGNC:11577, Entrez 6901)")
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        #expect(applying(fix, to: file) == markdown(Fixture.genes(Fixture.gene("TAZ", "TAZ", "hgnc_symbol", "TAFAZZIN", "'6901'"))))
    }

    @Test func tazWithWWTR1sEntrezNamesBothGenesAndDecidesNothing() throws {
        // TAZ is TAFAZZIN's previous symbol and WWTR1's alias; entrez 25937 is WWTR1.
        let file = markdown(Fixture.genes(Fixture.gene("TAZ", "TAZ", "hgnc_alias_symbol", "TAZ", "'25937'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`TAZ` is a previous HGNC symbol of TAFAZZIN (HGNC:11577, Entrez 6901), but entrez 25937 is WWTR1 (HGNC:24042, Entrez 25937), which `TAZ` also names: check which gene the figure shows")
        #expect(d.fixes.map(\.title) == ["Rename to WWTR1 (the gene of entrez 25937)",
                                         "Rename to TAFAZZIN and set entrez to 6901"])
        #expect(d.fixes.allSatisfy { !$0.isSafe })
        let renamed = applying(d.fixes[1], to: file)
        #expect(renamed.contains("hgnc_symbol: TAFAZZIN\n  entrez: '6901'"))
        // One mistake, one finding: entrez-mismatch stays silent on this entry.
        #expect(lintFile(file, rules: ["entrez-mismatch"]).isEmpty)
    }

    @Test func withdrawnSymbolWithSeveralSuccessorsIsSettledByEntrez() throws {
        let file = markdown(Fixture.genes(Fixture.gene("CFAG", "CFAG", "hgnc_symbol", "CFAG", "'6280'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`CFAG` is a withdrawn HGNC symbol; the current symbol is S100A9 (HGNC:10499, Entrez 6280)")
        #expect(d.fixes.map(\.safety) == [.safe])
    }

    @Test func withdrawnSymbolWithSeveralSuccessorsAndOtherEntrezOffersEachUnsafely() throws {
        let file = markdown(Fixture.genes(Fixture.gene("CFAG", "CFAG", "hgnc_symbol", "CFAG", "'1'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`CFAG` is a withdrawn HGNC symbol of several genes: S100A8 (HGNC:10498, Entrez 6279), S100A9 (HGNC:10499, Entrez 6280); none has entrez 1")
        // Each rename sets the gene's own ID too, so the pair stays one gene.
        #expect(d.fixes.map(\.title) == ["Rename to S100A8 and set entrez to 6279", "Rename to S100A9 and set entrez to 6280"])
        #expect(d.fixes.allSatisfy { !$0.isSafe })
    }

    @Test func withdrawnEntryWithoutSuccessorIsReportedWithoutFix() throws {
        let file = markdown(Fixture.genes(Fixture.gene("A12M1", "A12M1", "hgnc_symbol", "A12M1", "'1'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`A12M1` is a withdrawn HGNC entry (HGNC:1: adenovirus-12 chromosome modification site 1C) with no successor")
        #expect(d.fixes.isEmpty)
    }

    @Test func ak6IsApprovedEvenThoughItIsAlsoWithdrawnAndPrevious() {
        let yaml = Fixture.genes(Fixture.gene("AK6", "AK6", "hgnc_symbol", "AK6", "'102157402'"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }

    @Test func approvedSymbolInOtherCaseIsRewrittenSafely() throws {
        let file = markdown(Fixture.genes(Fixture.gene("Map2k1", "Map2k1", "hgnc_symbol", "Map2k1", "'5604'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`Map2k1` is written `MAP2K1` by HGNC")
        #expect(text(of: d, in: file) == "Map2k1")
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        #expect(applying(fix, to: file).contains("  hgnc_symbol: MAP2K1\n"))
    }

    @Test func lowerCaseApprovedSymbolIsNotAVariant() {
        // AOPEP's previous symbol C9orf3 has lower case; the approved symbol in exact case is fine.
        #expect(lint(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")), rules: rule).isEmpty)
        #expect(lint(Fixture.genes(Fixture.gene("ZFTA", "ZFTA", "hgnc_symbol", "ZFTA", "'65998'")), rules: rule).isEmpty)
    }

    @Test func previousSymbolInLowerCaseIsStillRenamed() throws {
        let d = try #require(lint(Fixture.genes(Fixture.gene("C9orf3", "C9orf3", "hgnc_symbol", "C9orf3", "'84909'")),
                                  rules: rule).first)
        #expect(d.message == "`C9orf3` is a previous HGNC symbol; the current symbol is AOPEP (HGNC:1361, Entrez 84909)")
    }
}

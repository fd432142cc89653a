import Testing
@testable import PathLintCore

@Suite struct SymbolSourceMismatchRuleTests {
    let rule = ["symbol-source-mismatch"]

    private func findings(_ word: String, _ symbol: String, _ source: String, _ hgnc: String, _ entrez: String)
        -> [Diagnostic] {
        lint(Fixture.genes(Fixture.gene(word, symbol, source, hgnc, entrez)), rules: rule)
    }

    @Test func aliasClaimedAsApprovedSymbolGetsASafeSourceFix() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_symbol", "MAP2K1", "'5604'")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "symbol-source-mismatch")
        #expect(d.severity == .warning)
        #expect(d.message == "source `hgnc_symbol` does not hold: `MEK1` is not the approved symbol MAP2K1; it is an alias of it")
        #expect(text(of: d, in: file) == "hgnc_symbol")
        #expect(position(of: d, in: file) == (9, 11))
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        #expect(fix.title == "Set source to hgnc_alias_symbol")
        let fixed = applying(fix, to: file)
        #expect(fixed == markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"))))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func hgncSymbolClaimHoldsCaseAndPunctuationAside() {
        #expect(findings("IGF-1", "IGF1", "hgnc_symbol", "IGF1", "'3479'").isEmpty)
        #expect(findings("Igf-1", "Igf-1", "hgnc_symbol", "IGF1", "'3479'").isEmpty)
    }

    @Test func aliasClaimThatDoesNotHoldHasNoFix() throws {
        let d = try #require(findings("MEK2", "MEK2", "hgnc_alias_symbol", "MAP2K1", "'5604'").first)
        #expect(d.message == "source `hgnc_alias_symbol` does not hold: `MEK2` is not an HGNC alias of MAP2K1")
        #expect(d.fixes.isEmpty)
    }

    @Test func aliasClaimHolds() {
        #expect(findings("TNF-a", "TNF-alpha", "hgnc_alias_symbol", "TNF", "'7124'").isEmpty)
        #expect(findings("SHP2", "SHP-2", "hgnc_alias_symbol", "PTPN11", "'5781'").isEmpty)
    }

    @Test func approvedSymbolInOtherCaseAsAliasIsHarmless() {
        #expect(findings("RhoA", "RhoA", "hgnc_alias_symbol", "RHOA", "'387'").isEmpty)
    }

    @Test func previousSymbolClaimedAsAliasIsCorrectedToPrevious() throws {
        let d = try #require(findings("PRKMK1", "PRKMK1", "hgnc_alias_symbol", "MAP2K1", "'5604'").first)
        #expect(d.message == "source `hgnc_alias_symbol` does not hold: `PRKMK1` is not an HGNC alias of MAP2K1; it is a previous symbol of it")
        #expect(d.fixes.map(\.safety) == [.safe])
        #expect(d.fixes.first?.edits.map(\.newText) == ["hgnc_prev_symbol"])
    }

    @Test func previousClaimHoldsAndFailsAsExpected() throws {
        #expect(findings("PRKMK1", "PRKMK1", "hgnc_prev_symbol", "MAP2K1", "'5604'").isEmpty)
        let d = try #require(findings("MEK2", "MEK2", "hgnc_prev_symbol", "MAP2K1", "'5604'").first)
        #expect(d.message == "source `hgnc_prev_symbol` does not hold: `MEK2` is not an HGNC previous symbol of MAP2K1")
    }

    @Test func familyClaimThatDoesNotHold() throws {
        let d = try #require(findings("JNK", "JNK", "bioentities_symbol", "MAP2K1", "'5604'").first)
        #expect(d.message == "source `bioentities_symbol` does not hold: MAP2K1 is not a member of FamPlex JNK, which `JNK` names")
        #expect(d.fixes.isEmpty)
    }

    @Test func familyMembershipThroughNestedFamilies() {
        #expect(findings("JNK-", "JNK", "bioentities_symbol", "MAPK10", "'5602'").isEmpty)
        #expect(findings("Wnt", "Wnt", "bioentities_symbol", "WNT5A", "'7474'").isEmpty)
        #expect(findings("WNT", "WNT", "bioentities_symbol", "WNT5A", "'7474'").isEmpty)
        #expect(findings("Caspase", "Caspase", "bioentities_symbol", "CASP3", "'836'").isEmpty)
    }

    @Test func familyNamesThroughTheGroundingMapAndThe2018Lexicon() {
        #expect(findings("IKK", "IKK", "bioentities_symbol", "IKBKB", "'3551'").isEmpty)
        #expect(findings("AC", "AC", "bioentities_symbol", "ADCY1", "'107'").isEmpty)
        #expect(findings("NFKB", "NFKB", "bioentities_symbol", "RELA", "'5970'").isEmpty)
    }

    @Test func familyNameOfAnotherFamilyIsReported() throws {
        // CASP1 is a Caspase but not in Caspase_3_7.
        let d = try #require(findings("Caspase-3/7", "Caspase_3_7", "bioentities_symbol", "CASP1", "'834'").first)
        #expect(d.message == "source `bioentities_symbol` does not hold: CASP1 is not a member of FamPlex Caspase_3_7, which `Caspase_3_7` names")
    }

    @Test func unknownSourceValueIsAnError() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_symbols", "MAP2K1", "'5604'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.severity == .error)
        #expect(d.message == "unknown gene source `hgnc_symbols`; expected one of `hgnc_symbol`, `hgnc_alias_symbol`, `hgnc_prev_symbol`, `bioentities_symbol`")
        #expect(text(of: d, in: file) == "hgnc_symbols")
    }

    @Test func outdatedHGNCSymbolIsLeftToItsRule() {
        // One mistake, one finding.
        let yaml = Fixture.genes(Fixture.gene("TAZ", "TAZ", "hgnc_symbol", "TAZ", "'6901'"))
        #expect(lint(yaml, rules: rule).isEmpty)
        #expect(lint(yaml).map(\.ruleID) == ["outdated-hgnc-symbol"])
    }
}

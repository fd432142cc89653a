import Testing
@testable import PathLintCore

/// Cases from the corpus, checked by hand.
@Suite struct GeneChemicalCollisionRuleTests {
    let rule = ["gene-chemical-collision"]

    @Test func aGeneThatCameInAsAnAliasIsTheFalseMatch() throws {
        // PMC2861463: `Trp` as TYRP1's alias, beside the chemical Tryptophan.
        let file = markdown(Fixture.genes(Fixture.gene("Trp", "TRP", "hgnc_alias_symbol", "TYRP1", "'7306'"),
                                          extra: "chemicals:\n" + Fixture.mesh("Trp", "MESH", "D014364")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message == "`Trp` is also annotated as the chemical Tryptophan (D014364) (line 13); `Trp` is a "
            + "three-letter amino-acid code on pathlint's curated list: the gene TYRP1 is likely the false match")
        #expect(position(of: d, in: file) == (7, 9))
        #expect(d.fixes.first?.title == "Delete this gene entry")
    }

    @Test func anAminoAcidCodeBeatsEvenAnApprovedSymbol() throws {
        // PMC2861463 (a plant figure): `Tyr` matched TYR (tyrosinase) as its approved symbol.
        let d = try #require(lint(Fixture.genes(Fixture.gene("Tyr", "TYR", "hgnc_symbol", "TYR", "'7299'"),
                                                extra: "chemicals:\n" + Fixture.mesh("Tyr", "MESH", "D014443")),
                                  rules: rule).first)
        #expect(d.message.hasSuffix("the gene TYR is likely the false match"))
    }

    @Test func aChemicalNamedLikeAnApprovedGeneIsTheFalseMatch() throws {
        // PMC6336398: `APC` the gene, and `APC` as the chemical 3,4-APC.
        let file = markdown(Fixture.genes(Fixture.gene("APC", "APC", "hgnc_symbol", "APC", "'324'"),
                                          extra: "chemicals:\n" + Fixture.mesh("APC", "MESH", "C462103")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(text(of: d, in: file) == "APC")
        #expect(position(of: d, in: file).line == 13)
        #expect(d.message == "`APC` is also annotated as the gene APC (line 7, its approved symbol); as the chemical "
            + "3,4-APC (C462103) it is likely the false match")
        #expect(d.fixes.first?.title == "Delete this chemical entry")
    }

    @Test func diseasesAndOtherWordsAreNotCompared() {
        let yaml = Fixture.genes(Fixture.gene("APC", "APC", "hgnc_symbol", "APC", "'324'"),
                                 Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"),
                                 extra: "diseases:\n" + Fixture.mesh("APC", "MESH", "D011125")
                                     + "chemicals:\n" + Fixture.mesh("Glucose", "MESH", "D005947"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }
}

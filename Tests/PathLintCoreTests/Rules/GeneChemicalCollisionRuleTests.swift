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

/// The same check over a figure's genes and chemicals tables (the other table is a companion).
@Suite struct GeneChemicalCollisionTableTests {
    typealias S = SidecarFixture
    let rule = ["gene-chemical-collision"]

    private func onGenes(_ genes: String, _ chemicals: String, rules: [String]? = nil) -> [Diagnostic] {
        lintSidecar(genes, rules: rules ?? rule, figure: S.figure("figid: PMC1__f1\n", siblings: [.chemicals: chemicals]))
    }

    private func onChemicals(_ chemicals: String, _ genes: String) -> [Diagnostic] {
        lintSidecar(chemicals, rules: rule, path: "x/_data/PMC1__f1-chemicals.tsv",
                    figure: S.figure("figid: PMC1__f1\n", siblings: [.genes: genes]))
    }

    @Test func eachSideIsReportedInItsOwnTable() throws {
        let genes = S.genes(S.human("ATP", "ATP", "ATP8A2", "51761", "ncbigene_synonym"),
                            S.human("APC", "APC", "APC", "324", "ncbigene_symbol"))
        let chemicals = S.chemicals(S.meshRow("ATP", "mesh:D000255", "Adenosine Triphosphate", "ATP", "chebi:15422"),
                                    S.meshRow("APC", "mesh:C462103"))
        let found = onGenes(genes, chemicals)
        #expect(found.map { text(of: $0, in: genes) } == ["ATP"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "`ATP` is also annotated as the chemical Adenosine Triphosphate (D000255) (line 2 of the "
            + "chemicals table); `ATP` is a nucleotide on pathlint's curated list: the gene ATP8A2 is likely the false match")
        #expect(found.first?.fixes.first?.title == "Delete this gene row")
        let onChemicals = onChemicals(chemicals, genes)
        #expect(onChemicals.map { text(of: $0, in: chemicals) } == ["APC"])
        #expect(onChemicals.first?.message == "`APC` is also annotated as the gene APC (line 3 of the genes table, its symbol); "
            + "as the chemical 3,4-APC (C462103) it is likely the false match")
        #expect(applying(try #require(onChemicals.first?.fixes.first), to: chemicals)
            == S.chemicals(S.meshRow("ATP", "mesh:D000255", "Adenosine Triphosphate", "ATP", "chebi:15422")))
        // The chemical-synonym rule leaves ATP to this one: one mistake, one finding.
        #expect(onGenes(genes, chemicals, rules: ["sidecar-chemical-synonym"]).isEmpty)
        #expect(lintSidecar(genes, rules: ["sidecar-chemical-synonym"]).count == 1)
    }

    @Test func aSynonymIsTheFalseMatchEvenWhenMeSHDoesNotNameTheChemicalSo() {
        // PMC10035050: `TAG` (triacylglycerol) as a synonym of TMED7; was an info, "check which it is".
        let genes = S.genes(S.human("TAG", "TAG", "TMED7", "51014", "ncbigene_synonym"))
        let found = onGenes(genes, S.chemicals(S.meshRow("TAG", "NA", "TAG", "NA", "chebi:17855")))
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message.hasSuffix("as a gene it reached TMED7 only as a synonym: the gene TMED7 is likely the false match") == true)
    }

    @Test func anIonIsTheChemicalEvenAsAnotherOrganismsSymbol() {
        // PMC7174294: the fly gene `cl` (ncbigene_symbol) beside the chemical Cl; was reported on the chemical.
        let genes = S.genes(S.gene("7227", "Drosophila melanogaster", "Invertebrates", "Cl", "CL", "cl", "35480", "ncbigene_symbol"))
        let chemicals = S.chemicals(S.meshRow("Cl", "mesh:D002713", "Chlorine"))
        #expect(onGenes(genes, chemicals).map(\.message).first?.hasSuffix("the gene cl is likely the false match") == true)
        #expect(onChemicals(chemicals, genes).isEmpty)
    }

    @Test func aFamilyNameIsTheGeneSide() {
        // PMC12176239: `ADH` as the FamPlex family of ADH1A, beside the chemical ADH (vasopressin); was an info on every row.
        let genes = S.genes(S.human("ADH", "ADH", "ADH1A", "124", "famplex_relations"),
                            S.human("ADH", "ADH", "AVP", "551", "ncbigene_synonym"))
        let chemicals = S.chemicals(S.meshRow("ADH", "NA", "ADH", "NA", "chebi:34543"))
        #expect(onGenes(genes, chemicals).isEmpty)
        #expect(onChemicals(chemicals, genes).map(\.message)
            == ["`ADH` is also annotated as the gene ADH1A (line 2 of the genes table, its FamPlex family `ADH`); "
                + "as the chemical `ADH` it is likely the false match"])
    }

    @Test func noCompanionTableNoCollision() {
        #expect(lintSidecar(S.genes(S.human("ATP", "ATP", "ATP8A2", "51761", "ncbigene_synonym")), rules: rule).isEmpty)
    }
}

import Testing
@testable import PathLintCore

@Suite struct FalseMatchRuleTests {
    typealias S = SidecarFixture
    let rule = ["false-match"]

    @Test func oldLayoutEntrySwitchedToTheBetterCandidate() throws {
        let file = markdown(Fixture.genes(Fixture.gene("RHEB", "RHEB", "hgnc_alias_symbol", "RHEBP1", "'6008'")))
        let found = lintFile(file, rules: rule)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.severity == .warning)
        #expect(d.message == "`RHEB` here is RHEB (NCBI Gene 6009): `RHEB` is the approved symbol of RHEB (Ras homolog, "
            + "mTORC1 binding); RHEBP1 has it only as an alias; RHEBP1 is a pseudogene, an unlikely label in a pathway figure; "
            + "RHEB (Ras homolog, mTORC1 binding) also has `RHEB` as its symbol; RHEBP1 is probably a false match "
            + "[evidence: claim, plausibility]")
        #expect(text(of: d, in: file) == "RHEB")
        #expect(d.fixes.map(\.title) == ["Switch to RHEB", "Remove the entry"])
        #expect(d.fixes.allSatisfy { $0.safety == .unsafe })
        #expect(applying(d.fixes[0], to: file) == markdown(Fixture.genes(Fixture.gene("RHEB", "RHEB", "hgnc_alias_symbol", "RHEB", "'6009'"))))
        #expect(applying(d.fixes[1], to: file) == markdown(Fixture.header + "genes: []\n"))
    }

    @Test func aFormerSymbolAloneOnlyTipsABalance() {
        // `TAK1` was MAP3K7's approved symbol and is NR2C2's alias: not enough to decide.
        let file = markdown(Fixture.genes(Fixture.gene("TAK1", "TAK1", "hgnc_alias_symbol", "NR2C2", "'7182'")))
        #expect(lintFile(file, rules: rule).isEmpty)
    }

    @Test func oldLayoutEveryHumanEntryOfABacterialFigure() {
        let file = markdown(Fixture.header + "papertitle: Benzoate pathways in Burkholderia xenovorans\norganisms:\n- Homo sapiens\n"
            + "genes:\n" + Fixture.gene("Eno", "ENO", "bioentities_symbol", "ENO4", "'387712'")
            + Fixture.gene("Acn", "ACN", "hgnc_alias_symbol", "NF2", "'4771'"))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.message.hasSuffix("[evidence: organism]") && $0.severity == .warning })
        #expect(found.map { text(of: $0, in: file) } == ["Eno", "Acn"])
        #expect(found.allSatisfy { $0.fixes.allSatisfy { !$0.title.hasPrefix("Remove") } })
    }

    @Test func oldLayoutChemicalWithAnotherConceptsExactTerm() throws {
        let lysine = try #require(Fixture.reference.mesh.concepts(named: "Lysine").first?.concept)
        let file = markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("lysine", "MESH", "C114808"))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message.hasPrefix("`lysine` here is \(lysine.label) (MeSH \(lysine.id)): "))
        #expect(d.message.hasSuffix("C114808 is probably a false match [evidence: concept]"))
        #expect(applying(d.fixes[0], to: file) == markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("lysine", "MESH", lysine.id)))
    }

    @Test func tableBlockThatOnlyTextMiningNamesGetsOneFindingPerRow() throws {
        let file = S.genes(S.human("EGFR", "EGFR", "EGFR", "1956", "ncbigene_symbol"),
                           S.gene("7227", "Drosophila melanogaster", "Invertebrates", "ATP", "ATP", "ATPsynbeta", "43829", "ncbigene_synonym"),
                           S.gene("7227", "Drosophila melanogaster", "Invertebrates", "EGFR", "EGFR", "Egfr", "37455", "ncbigene_symbol"))
        let figure = S.figure("figid: PMC1__f1\ncaption: EGFR signalling in human cells.\norganisms:\n- NA\norganisms_ner:\n- Drosophila melanogaster\n")
        let found = lintSidecar(file, rules: rule, figure: figure)
        #expect(found.count == 2)
        #expect(found.map { SourceText(file).location(of: $0.range.start).line } == [2, 3])
        let d = try #require(found.first)
        #expect(d.message == "`ATP` here is not a gene of Drosophila melanogaster: only text mining (organisms_ner) names "
            + "Drosophila melanogaster; organisms is NA and the caption and titles do not name it; ATPsynbeta is probably "
            + "a false match [evidence: organism]")
        #expect(text(of: d, in: file) == "ATPsynbeta")
        let removed = applying(try #require(d.fixes.last), to: file)
        #expect(removed == S.genes(S.human("EGFR", "EGFR", "EGFR", "1956", "ncbigene_symbol"),
                                   S.gene("7227", "Drosophila melanogaster", "Invertebrates", "EGFR", "EGFR", "Egfr", "37455", "ncbigene_symbol")))
    }

    @Test func tableRowSwitchedToAnotherGene() throws {
        let file = S.genes(S.human("RHEB", "RHEB", "RHEBP1", "6008", "ncbigene_synonym"))
        let d = try #require(lintSidecar(file, rules: rule).first)
        #expect(d.message.hasPrefix("`RHEB` here is RHEB (NCBI Gene 6009): "))
        #expect(d.message.hasSuffix("RHEBP1 is probably a false match [evidence: claim, plausibility]"))
        #expect(applying(d.fixes[0], to: file) == S.genes(S.human("RHEB", "RHEB", "RHEB", "6009", "ncbigene_synonym")))
    }

    @Test func undecidedIsInformation() throws {
        // `MSC` is a curated cell-type abbreviation (mesenchymal stem cell) and, written
        // exactly so, the approved symbol of musculin: the evidence meets the claim.
        let file = S.genes(S.human("MSC", "MSC", "MSC", "9242", "ncbigene_symbol"))
        let d = try #require(lintSidecar(file, rules: rule).first)
        #expect(d.severity == .info)
        #expect(d.message.hasPrefix("`MSC` is undecided between MSC and "))
        #expect(d.message.hasSuffix("[evidence: not-a-gene]"))
        // Reached only through an alias, the same word is a warning.
        let alias = S.genes(S.human("MSC", "MSC", "TCF21", "6943", "ncbigene_synonym"))
        #expect(lintSidecar(alias, rules: rule).first?.severity == .warning)
    }

    @Test func correctMentionsPass() {
        let file = markdown(Fixture.genes(Fixture.gene("MAP3K7", "MAP3K7", "hgnc_symbol", "MAP3K7", "'6885'"),
                                          Fixture.gene("p38", "P38", "bioentities_symbol", "MAPK14", "'1432'")))
        #expect(lintFile(file, rules: rule).isEmpty)
        let table = S.genes(S.human("EGFR", "EGFR", "EGFR", "1956", "ncbigene_symbol"))
        let figure = S.figure("figid: PMC1__f1\norganisms:\n- NA\norganisms_ner:\n- Homo sapiens\n")
        #expect(lintSidecar(table, rules: rule, figure: figure).isEmpty)
        #expect(lintSidecar(S.chemicals(S.meshRow("Pyruvate", "mesh:D019289")), rules: rule,
                            path: "x/_data/PMC1__f1-chemicals.tsv").isEmpty)
    }
}

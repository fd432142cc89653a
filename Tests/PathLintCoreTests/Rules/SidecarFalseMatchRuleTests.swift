import Testing
@testable import PathLintCore

/// sidecar-shadowed-synonym, sidecar-ambiguous-synonym, not-a-gene-word in tables (by its
/// old ids; gene-chemical-collision's table cases are in its own tests).
@Suite struct SidecarFalseMatchRuleTests {
    typealias S = SidecarFixture

    @Test func synonymShadowedByAFamilyOrAnotherGenesSymbol() throws {
        let rule = ["sidecar-shadowed-synonym"]
        let file = S.genes(S.human("PLC", "PLC", "HSPG2", "3339", "ncbigene_synonym"),
                           S.human("APC", "APC", "PROC", "5624", "ncbigene_synonym"))
        let found = lintSidecar(file, rules: rule)
        #expect(found.count == 2)
        #expect(found[0].message.hasPrefix("`PLC` names the FamPlex PLC ("))
        #expect(found[0].message.hasSuffix("which HSPG2 is not in; this row matched it as a synonym of HSPG2"))
        #expect(found[1].message == "`APC` is the approved symbol of APC (HGNC:583, Entrez 324), yet this row matched it as a synonym of PROC")
        #expect(text(of: found[1], in: file) == "APC")
        // A family of the gene itself, an HGNC alias, and fly rows pass.
        let right = S.genes(S.human("NF-kB", "NF-KB", "NFKB1", "4790", "ncbigene_synonym"),
                            S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym"),
                            S.gene("7227", "Drosophila melanogaster", "Invertebrates", "PLC", "PLC", "norpA", "31376", "ncbigene_synonym"))
        #expect(lintSidecar(right, rules: rule).isEmpty)
    }

    @Test func oneWordSeveralGenes() throws {
        let rule = ["sidecar-ambiguous-synonym"]
        let file = S.genes(S.human("p38", "P38", "CRK", "1398", "ncbigene_synonym"),
                           S.human("p38", "P38", "MAPK14", "1432", "ncbigene_synonym"),
                           S.human("p38", "P38", "GRAP2", "9402", "ncbigene_synonym"))
        let found = lintSidecar(file, rules: rule)
        #expect(found.count == 1)
        #expect(found.first?.severity == .info)
        #expect(found.first?.message == "`P38` is taken as a synonym of 2 genes: CRK, GRAP2")
        // MAPK14, in the FamPlex family p38, is the expansion, not an ambiguity; CRK and GRAP2 are.
        // Members of the family the word names are an expansion, not an ambiguity.
        let family = S.genes(S.human("PI3K", "PI3K", "PIK3CA", "5290", "ncbigene_synonym"),
                             S.human("PI3K", "PI3K", "PIK3CB", "5291", "ncbigene_synonym"))
        #expect(lintSidecar(family, rules: rule).isEmpty)
    }

    @Test func chemicalAbbreviationAsSynonym() {
        let rule = ["sidecar-chemical-synonym"]
        let file = S.genes(S.human("AMP", "AMP", "APRT", "353", "ncbigene_synonym"),
                           S.human("MSH", "MSH", "POMC", "5443", "ncbigene_synonym"))
        let found = lintSidecar(file, rules: rule)
        // MSH is a hormone (a peptide): not a chemical abbreviation for this rule.
        // Its curated reason comes first (the rule's old id, sidecar-chemical-synonym, still selects it).
        #expect(found.map(\.message) == ["`AMP` is a nucleotide (Adenosine Monophosphate) on pathlint's curated list, not a gene: it reached APRT only as a synonym (`AMP`)"])
        #expect(found.first?.ruleID == "not-a-gene-word")
    }

    @Test func captionDefinesTheWordAsSomethingElse() throws {
        let caption = "figid: PMC1__f1\ncaption: 'Fosfomycin (FOS) targets MurA. Abbreviations: Arg: arginine; GLUT1: glucose transporter 1; AMPK: AMP-activated protein kinase.'\n"
        let file = S.genes(S.human("FOS", "FOS", "FOSB", "2354", "ncbigene_synonym"),
                           S.human("Arg", "ARG", "ABL2", "27", "ncbigene_synonym"),
                           S.human("GLUT1", "GLUT1", "SLC2A1", "6513", "ncbigene_synonym"),
                           S.human("AMPK", "AMPK", "PRKAA1", "5562", "ncbigene_synonym"),
                           S.human("FOS", "FOS", "FOS", "2353", "ncbigene_symbol"))
        let found = lintSidecar(file, rules: ["sidecar-caption-definition"], figure: S.figure(caption))
        #expect(found.map(\.message) == [
            "the caption defines `FOS` as `Fosfomycin`, not a gene: FOSB is probably a false match",
            "the caption defines `Arg` as `arginine`, not a gene: ABL2 is probably a false match",
        ])
        #expect(found.map { SourceText(file).location(of: $0.range.start).line } == [1, 2])
        #expect(FalseMatchEvidence.captionDefinitions("mTOR (and consequently AKT signaling) is active")["MTOR"] == nil)
    }
}

@Suite struct SidecarEnglishWordRuleTests {
    typealias S = SidecarFixture
    let rule = ["sidecar-english-word"]

    @Test func functionWordsForEveryOrganismContentWordsForHumanRows() {
        let file = S.genes(
            S.gene("7227", "Drosophila melanogaster", "Invertebrates", "and", "AND", "Andorra", "1", "ncbigene_synonym"),
            S.gene("7227", "Drosophila melanogaster", "Invertebrates", "tube", "TUBE", "tub", "2", "ncbigene_synonym"),
            S.human("Large", "LARGE", "LARGE1", "9215", "ncbigene_synonym"),
            S.human("LARGE", "LARGE", "LARGE1", "9215", "ncbigene_synonym"),
            S.human("Ill", "IL1", "IL1A", "3552", "ncbigene_synonym"),
            S.human("fast", "FAST", "FASTK", "10922", "ncbigene_symbol"))
        let found = lintSidecar(file, rules: rule)
        #expect(found.map { text(of: $0, in: file) } == ["and", "Large"])
        #expect(found.first?.message == "`and` is an everyday English word: Andorra (through its synonym `AND`) is probably a false match")
    }
}

import Testing
@testable import PathLintCore

@Suite struct TextEvidenceTests {
    func evidence(_ mention: GeneQuery, caption: String) -> Evidence? {
        let figure = FigureContext(caption: caption)
        let candidates = Candidates.genes(for: mention, in: figure, hgnc: Fixture.reference.hgnc)
        return TextEvidence.evaluate(mention, candidates: candidates, in: figure, reference: Fixture.reference)
    }

    @Test func aDefinitionThatNamesNoGene() throws {
        let mention = GeneQuery(word: "MET", term: "MET", symbol: "ITK", geneID: "3702", claim: .alias)
        let found = try #require(evidence(mention, caption: "Cells undergo mesenchymal epithelial transition (MET) in the duct."))
        #expect(found.reading == .notAGene(label: "\"mesenchymal epithelial transition\"", id: nil))
        #expect(found.reason == "the figure's text defines `MET` as \"mesenchymal epithelial transition\", which names no gene")
        #expect(found.weight == 3)
        // `tumor` alone does not make a gene name.
        let tam = GeneQuery(word: "TAM", term: "TAM", symbol: "STIM1", geneID: "6786", claim: .synonym)
        #expect(evidence(tam, caption: "increased TAM (Tumor Associated Macrophages) contribute")?.reading
            == .notAGene(label: "\"Tumor Associated Macrophages\"", id: nil))
        // Against the gene's own symbol the definition weighs as much as the symbol: undecided.
        let own = GeneQuery(word: "MET", term: "MET", symbol: "MET", geneID: "4233", claim: .symbol)
        #expect(evidence(own, caption: "Cells undergo mesenchymal epithelial transition (MET) in the duct.")?.weight == 2)
    }

    @Test func aDefinitionThatGivesAnotherCandidatesName() throws {
        let mention = GeneQuery(word: "TAK1", term: "TAK1", symbol: "NR2C2", geneID: "7182", claim: .alias)
        let found = try #require(evidence(mention, caption: "TAK1 (mitogen-activated protein kinase kinase kinase 7) activates IKK."))
        #expect(found.reading == .gene(symbol: "MAP3K7", id: "6885"))
        #expect(found.family == .text)
    }

    @Test func definitionsOfTheAnnotatedGeneFamiliesAndPanelsPass() {
        let nr2c2 = GeneQuery(word: "TAK1", term: "TAK1", symbol: "NR2C2", geneID: "7182", claim: .alias)
        #expect(evidence(nr2c2, caption: "TAK1 (nuclear receptor subfamily 2 group C member 2) binds DNA.") == nil)
        #expect(evidence(nr2c2, caption: "TAK1 (left) and TAK1 (right).") == nil)
        #expect(evidence(nr2c2, caption: "Ligands; ; (TAK1) bind.") == nil)
        let family = GeneQuery(word: "HDL", term: "HDL", symbol: "APOA1", geneID: "335", claim: .family)
        #expect(evidence(family, caption: "High-density lipoprotein (HDL) carries cholesterol.") == nil)
        // A gene symbol inside the expansion names a gene.
        let tweak = GeneQuery(word: "TWEAK", term: "TWEAK", symbol: "TNFSF12", geneID: "8742", claim: .alias)
        #expect(evidence(tweak, caption: "TWEAK (TNF-like weak inducer of apoptosis) signals.") == nil)
        // A MeSH protein's name.
        let zo1 = GeneQuery(word: "ZO-1", term: "ZO-1", symbol: "TJP1", geneID: "7082", claim: .alias)
        #expect(evidence(zo1, caption: "tight junctions (ZO-1: Zonula occludens-1; claudin-5)") == nil)
        // A protein word with its number run on.
        let mrp1 = GeneQuery(word: "MRP1", term: "MRP1", symbol: "CD9", geneID: "928", claim: .alias)
        #expect(evidence(mrp1, caption: "MRP1 (Multidrug resistance protein1) exports drugs.") == nil)
    }
}

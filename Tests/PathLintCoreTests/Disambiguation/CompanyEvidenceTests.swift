import Testing
@testable import PathLintCore

@Suite struct CompanyEvidenceTests {
    let tak1 = GeneQuery(word: "TAK1", term: "TAK1", symbol: "NR2C2", geneID: "7182", claim: .alias)

    func neighbours(_ symbols: [String]) -> [GeneQuery] {
        symbols.map { GeneQuery(word: $0, term: $0, symbol: $0, geneID: "", claim: .symbol) }
    }

    func evidence(_ mention: GeneQuery, _ figure: FigureContext) -> Evidence? {
        let candidates = Candidates.genes(for: mention, in: figure, hgnc: Fixture.reference.hgnc)
        return CompanyEvidence.evaluate(mention, candidates: candidates, in: figure, famPlex: Fixture.reference.famplex)
    }

    @Test func aCandidateAmongItsKin() throws {
        let figure = FigureContext(genes: [tak1] + neighbours(["MAP2K3", "MAP2K6", "TAB1", "SMAD2"]))
        let found = try #require(evidence(tak1, figure))
        #expect(found.family == .company)
        #expect(found.reading == .gene(symbol: "MAP3K7", id: "6885"))
        #expect(found.weight == 1)
        #expect(found.reason.hasPrefix("MAP3K7 shares a family or symbol stem with 2 other genes of this figure (MAP2K3, MAP2K6)"))
    }

    @Test func itTipsTheBalanceWithAFormerSymbol() {
        // TAK1 was MAP3K7's approved symbol (weight 1) and is only an alias of NR2C2: with
        // the company, MAP3K7 wins; without it, the annotation stands.
        let withCompany = Disambiguation.gene(tak1, in: FigureContext(genes: [tak1] + neighbours(["MAP2K3", "MAP2K6"])),
                                              reference: Fixture.reference)
        #expect(withCompany.decision == .other(.gene(symbol: "MAP3K7", id: "6885")))
        let alone = Disambiguation.gene(tak1, in: FigureContext(genes: [tak1] + neighbours(["EGFR", "INS"])),
                                        reference: Fixture.reference)
        #expect(alone.decision == .annotated)
    }

    @Test func noCompanyNoEvidence() {
        // One neighbour is not enough; the annotated gene with company of its own stands;
        // the rows of the same word are not company.
        #expect(evidence(tak1, FigureContext(genes: [tak1] + neighbours(["MAP2K3"]))) == nil)
        let sca1 = GeneQuery(word: "SCA1", term: "SCA1", symbol: "CASP3", geneID: "836", claim: .synonym)
        #expect(evidence(sca1, FigureContext(genes: [sca1] + neighbours(["ATXN2", "ATXN3"]))) != nil)
        #expect(evidence(sca1, FigureContext(genes: [sca1] + neighbours(["ATXN2", "ATXN3", "CASP8"]))) == nil)
        let sameWord = GeneQuery(word: "TAK1", term: "TAK1", symbol: "MAP3K7", geneID: "6885", claim: .previous)
        #expect(evidence(tak1, FigureContext(genes: [tak1, sameWord] + neighbours(["EGFR"]))) == nil)
    }

    @Test func stems() {
        #expect(CompanyEvidence.stem("MAP3K7") == "MAP")
        #expect(CompanyEvidence.stem("SMAD2") == "SMAD")
        #expect(CompanyEvidence.stem("NR2C2") == nil)  // two letters join unrelated genes
        #expect(CompanyEvidence.stem("RHEB") == nil)
    }
}

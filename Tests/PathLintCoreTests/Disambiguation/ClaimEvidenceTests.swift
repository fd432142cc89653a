import Testing
@testable import PathLintCore

@Suite struct ClaimEvidenceTests {
    func evidence(_ mention: GeneQuery, _ figure: FigureContext = FigureContext()) -> Evidence? {
        let candidates = Candidates.genes(for: mention, in: figure, hgnc: Fixture.reference.hgnc)
        return ClaimEvidence.evaluate(mention, candidates: candidates, in: figure)
    }

    @Test func candidatesRankApprovedThenPreviousThenAlias() {
        let mention = GeneQuery(word: "TAK1", term: "TAK1", symbol: "NR2C2", geneID: "7182", claim: .alias)
        let candidates = Candidates.genes(for: mention, in: FigureContext(), hgnc: Fixture.reference.hgnc)
        #expect(candidates.map(\.symbol) == ["MAP3K7", "NR2C2"])
        #expect(candidates.map(\.claim) == [.previous, .alias])
    }

    @Test func anotherGenesFormerSymbolTipsAgainstAnAlias() throws {
        let mention = GeneQuery(word: "TAK1", term: "TAK1", symbol: "NR2C2", geneID: "7182", claim: .alias)
        let found = try #require(evidence(mention))
        #expect(found.reading == .gene(symbol: "MAP3K7", id: "6885"))
        #expect(found.weight == 1)
        #expect(found.reason == "`TAK1` was the approved symbol of MAP3K7 (mitogen-activated protein kinase kinase kinase 7), "
            + "renamed; NR2C2 has it only as an alias")
        // The renamed gene itself is not reported.
        #expect(evidence(GeneQuery(word: "TAK1", term: "TAK1", symbol: "MAP3K7", geneID: "6885", claim: .previous)) == nil)
    }

    @Test func anotherGenesApprovedSymbol() throws {
        let mention = GeneQuery(word: "RHEB", term: "RHEB", symbol: "RHEBP1", geneID: "6008", claim: .alias)
        let found = try #require(evidence(mention))
        #expect(found.reading == .gene(symbol: "RHEB", id: "6009"))
        #expect(found.weight == 2)
        #expect(found.reason.hasPrefix("`RHEB` is the approved symbol of RHEB (Ras homolog, mTORC1 binding); RHEBP1 has it only as an alias"))
    }

    @Test func anotherOrganismUsesTheTablesOwnRows() throws {
        func fly(_ symbol: String, _ id: String, _ claim: MentionClaim) -> GeneQuery {
            GeneQuery(word: "dop", term: "dop", symbol: symbol, geneID: id, claim: claim, taxon: "7227",
                        organismName: "Drosophila melanogaster")
        }
        let own = fly("dop", "39686", .symbol), synonym = fly("DopEcR", "38539", .synonym)
        let figure = FigureContext(genes: [own, synonym])
        let found = try #require(evidence(synonym, figure))
        #expect(found.reading == .gene(symbol: "dop", id: "39686"))
        #expect(found.reason == "`dop` is dop's own symbol in this table's Drosophila melanogaster rows; "
            + "DopEcR has it only as a synonym that only NCBI Gene lists")
        #expect(evidence(own, figure) == nil)
    }

    @Test func ownSymbolsAndFamiliesMakeNoClaimEvidence() {
        #expect(evidence(GeneQuery(word: "MAP3K7", term: "MAP3K7", symbol: "MAP3K7", geneID: "6885", claim: .symbol)) == nil)
        #expect(evidence(GeneQuery(word: "TAK1", term: "TAK1", symbol: "NR2C2", geneID: "7182", claim: .family)) == nil)
    }
}

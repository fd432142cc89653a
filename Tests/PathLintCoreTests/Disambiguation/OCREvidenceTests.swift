import Testing
@testable import PathLintCore

@Suite struct OCREvidenceTests {
    func evidence(_ word: String, _ symbol: String, claim: MentionClaim = .synonym) -> Evidence? {
        OCREvidence.evaluate(GeneQuery(word: word, term: word.uppercased(), symbol: symbol, geneID: "1", claim: claim),
                             reference: Fixture.reference)
    }

    @Test func aLookAlikeDigitMakesACuratedWord() throws {
        let found = try #require(evidence("Thl", "TCHH"))
        #expect(found.family == .ocr)
        #expect(found.reason.hasPrefix("`Thl` reads as `Th1` with a look-alike character, a cell abbreviation"))
        #expect(OCREvidence.lookAlike("TNFaIO") == "TNFa10")
        #expect(OCREvidence.lookAlike("II") == "I1")  // the first character stays
    }

    @Test func aLookAlikeMarkCompletesAnApprovedSymbol() throws {
        // `$T13`: the matched part `T13` is an alias of ANKRD11; `$` read as S makes ST13.
        let mention = GeneQuery(word: "$T13", term: "T13", symbol: "ANKRD11", geneID: "29123", claim: .alias)
        let found = try #require(OCREvidence.evaluate(mention, reference: Fixture.reference))
        #expect(found.reading == .gene(symbol: "ST13", id: "6767"))
        #expect(found.reason.hasPrefix("`$T13` reads as `ST13` with a look-alike character, the approved symbol of ST13"))
        // No mark beside the token, or a mark that reads as no symbol: nothing.
        #expect(OCREvidence.completedSymbol(GeneQuery(word: "T13", term: "T13", symbol: "ANKRD11", geneID: "29123", claim: .alias),
                                            hgnc: Fixture.reference.hgnc) == nil)
        #expect(OCREvidence.completedSymbol(GeneQuery(word: "$EGF", term: "EGF", symbol: "EGF", geneID: "1950", claim: .alias),
                                            hgnc: Fixture.reference.hgnc) == nil)
    }

    @Test func whatPasses() {
        #expect(evidence("Th1", "NELFCD") == nil)  // no look-alike: the not-a-gene family's case
        #expect(evidence("Thl", "TCHH", claim: .symbol) == nil)
        #expect(evidence("EGFR", "EGFR") == nil)
    }
}

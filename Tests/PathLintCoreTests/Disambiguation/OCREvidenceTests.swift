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

    @Test func whatPasses() {
        #expect(evidence("Th1", "NELFCD") == nil)  // no look-alike: the not-a-gene family's case
        #expect(evidence("Thl", "TCHH", claim: .symbol) == nil)
        #expect(evidence("EGFR", "EGFR") == nil)
    }
}

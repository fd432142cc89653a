import Testing
@testable import PathLintCore

@Suite struct NotAGeneEvidenceTests {
    func evidence(_ word: String, _ symbol: String, _ claim: MentionClaim = .alias) -> Evidence? {
        NotAGeneEvidence.evaluate(GeneQuery(word: word, term: word.uppercased(), symbol: symbol, geneID: "1", claim: claim),
                                  reference: Fixture.reference)
    }

    @Test func aCuratedNotGeneWordGivesItsReason() throws {
        let found = try #require(evidence("ADP", "WDTC1"))
        #expect(found.family == .notAGene)
        #expect(found.reading == .notAGene(label: "Adenosine Diphosphate", id: "D000244"))
        #expect(found.reason == "`ADP` is a chemical abbreviation (a nucleotide)")
    }

    @Test func aMeSHSmallMoleculeTerm() throws {
        let found = try #require(evidence("TMP", "EMP1"))
        #expect(found.reading == .notAGene(label: "Thymidine Monophosphate", id: "D013938"))
        #expect(found.reason == "`TMP` is a MeSH chemical term of Thymidine Monophosphate (D013938)")
    }

    @Test func anEnglishWordInLowerCase() throws {
        let found = try #require(evidence("all", "BCR"))
        #expect(found.reason == "`all` is an English word, written in lower case, and BCR has it only as an alias")
        #expect(evidence("ALL", "BCR") == nil)  // capitals: an acronym
    }

    @Test func genesThatAreWordsPass() {
        #expect(evidence("tau", "MAPT") == nil)  // the gene-name allow list
        #expect(evidence("A", "X") == nil)  // too short to judge
        #expect(evidence("EGFR", "EGFR", .symbol) == nil)
    }
}

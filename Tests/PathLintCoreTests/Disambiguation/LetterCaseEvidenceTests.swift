import Testing
@testable import PathLintCore

@Suite struct LetterCaseEvidenceTests {
    func evidence(_ word: String, _ symbol: String, claim: MentionClaim = .alias, taxon: String = "9606") -> Evidence? {
        LetterCaseEvidence.evaluate(GeneQuery(word: word, term: word.uppercased(), symbol: symbol, geneID: "1", claim: claim,
                                                taxon: taxon, organismName: ""))
    }

    @Test func lowerCaseAliasesOfHumanGenes() throws {
        let found = try #require(evidence("pgk", "PRKG1"))
        #expect(found.family == .letterCase)
        #expect(found.reason == "`pgk` is written in lower case, unlike human gene symbols, and PRKG1 has it only as an alias")
        #expect(evidence("b2", "CACNA1E") != nil)
    }

    @Test func whatPasses() {
        #expect(evidence("p53", "TP53") == nil)  // a protein named by its weight
        #expect(evidence("p38", "MAPK14") == nil)
        #expect(evidence("gapdh", "GAPDH", claim: .symbol) == nil)  // the gene's own symbol in lower case
        #expect(evidence("PGK", "PRKG1") == nil)
        #expect(evidence("dpp", "dpp", taxon: "7227") == nil)  // other organisms write symbols in lower case
        #expect(evidence("pkc", "PRKCA", claim: .family) == nil)
    }
}

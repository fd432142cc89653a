import Testing
@testable import PathLintCore

@Suite struct DecisionTests {
    let other = Reading.gene(symbol: "MAP3K7", id: "6885")
    let none = Reading.notAGene(label: "x", id: nil)

    @Test func organismEvidenceDecidesAlone() {
        let result = Disambiguation(candidates: [], evidence: [Evidence(.organism, .otherOrganism("o"), weight: 3, "r")], annotatedWeight: 2)
        #expect(result.decision == .other(.otherOrganism("o")))
        #expect(result.support.map(\.reason) == ["r"])
    }

    @Test func weightTwoDecidesUnlessTheAnnotationHasItsOwnSupport() {
        let evidence = [Evidence(.claim, other, weight: 2, "claim")]
        #expect(Disambiguation(candidates: [], evidence: evidence, annotatedWeight: 0).decision == .other(other))
        #expect(Disambiguation(candidates: [], evidence: evidence, annotatedWeight: 2).decision == .undecided(other))
        #expect(Disambiguation(candidates: [], evidence: [Evidence(.claim, other, weight: 1, "tip")], annotatedWeight: 0).decision == .annotated)
        #expect(Disambiguation(candidates: [], evidence: [], annotatedWeight: 0).decision == .annotated)
    }

    @Test func evidenceForTheSameReadingAddsUp() {
        let evidence = [Evidence(.claim, other, weight: 2, "a"), Evidence(.plausibility, other, weight: 2, "b"),
                        Evidence(.notAGene, none, weight: 2, "c")]
        let result = Disambiguation(candidates: [], evidence: evidence, annotatedWeight: 2)
        #expect(result.decision == .other(other))
        #expect(Set(result.support.map(\.reason)) == ["a", "b"])
    }

    @Test func aGeneMentionEndToEnd() {
        let mention = GeneQuery(word: "TAK1", term: "TAK1", symbol: "NR2C2", geneID: "7182", claim: .alias)
        let alone = Disambiguation.gene(mention, in: FigureContext(caption: "TAK1 activates IKK in human cells."),
                                        reference: Fixture.reference)
        #expect(alone.decision == .annotated)  // a former symbol alone only tips
        #expect(alone.candidates.map(\.symbol) == ["MAP3K7", "NR2C2"])
        let defined = Disambiguation.gene(mention, in: FigureContext(caption: "TAK1 (mitogen-activated protein kinase kinase kinase 7) activates IKK."),
                                          reference: Fixture.reference)
        #expect(defined.decision == .other(other))
        #expect(defined.support.map(\.family) == [.text, .claim])
    }
}

import Testing
@testable import PathLintCore

@Suite struct ConceptEvidenceTests {
    func evidence(_ word: String, _ id: String?, _ kind: MeSHQuery.Kind = .chemical) -> Evidence? {
        ConceptEvidence.evaluate(MeSHQuery(word: word, meshID: id, kind: kind), reference: Fixture.reference)
    }

    @Test func theWordIsExactlyATermOfAnotherConcept() throws {
        let concept = try #require(Fixture.reference.mesh.concepts(named: "Lysine").first?.concept)
        let found = try #require(evidence("lysine", "C114808"))
        #expect(found.family == .concept)
        #expect(found.reading == .concept(label: concept.label, id: concept.id))
    }

    @Test func anUnmappedWordThatIsAGenesSymbol() throws {
        let found = try #require(evidence("NANOG", nil))
        #expect(found.reading == .notAConcept(label: "the gene NANOG (Nanog homeobox), not a chemical"))
        // A chemical the curated list knows (`cAMP`) is no gene here.
        #expect(evidence("CAMP", nil) == nil)
    }

    @Test func wordsThatFitTheirConceptPass() throws {
        let atp = try #require(Fixture.reference.mesh.concepts(named: "ATP").first?.concept)
        #expect(evidence("ATP", atp.id) == nil)
        #expect(evidence("Pyruvate", "D019289") == nil)
        #expect(evidence("X", "D019289") == nil)
    }

    @Test func aDiseaseThatIsACellOrTissue() throws {
        let found = try #require(ConceptEvidence.evaluate(MeSHQuery(word: "Antigen-Presenting Cells", meshID: nil, kind: .disease),
                                                          reference: Fixture.reference))
        #expect(found.reading == .notAConcept(label: "Antigen-Presenting Cells (MeSH D000938), a tissue or cell, not a disease"))
        // As a chemical it is another question; a disease word is left alone.
        #expect(ConceptEvidence.anatomy(named: "Neoplasms", mesh: Fixture.reference.mesh, unless: [], annotated: nil) == nil)
    }
}

import Testing
@testable import PathLintCore

@Suite struct FamilyFragmentEvidenceTests {
    /// The three rows the 2018 lexicon gives a family name, as a figure lists them.
    func figure(word: String, term: String, members: [(String, String)]) -> FigureContext {
        FigureContext(genes: members.map { GeneQuery(word: word, term: term, symbol: $0.0, geneID: $0.1, claim: .family) })
    }

    func evidence(_ word: String, term: String, annotated: (String, String), members: [(String, String)]) -> Evidence? {
        FamilyFragmentEvidence.evaluate(GeneQuery(word: word, term: term, symbol: annotated.0, geneID: annotated.1, claim: .family),
                                        in: figure(word: word, term: term, members: members),
                                        hgnc: Fixture.reference.hgnc, famPlex: Fixture.reference.famplex)
    }

    let selectins = [("SELP", "6403"), ("SELL", "6402"), ("SELE", "6401")]

    @Test func aQualifiedFamilyNameIsOneMember() throws {
        let found = try #require(evidence("ICAM,VCAM,P-selectin", term: "Selectin", annotated: ("SELL", "6402"), members: selectins))
        #expect(found.family == .family)
        #expect(found.reading == .gene(symbol: "SELP", id: "6403"))
        #expect(found.weight == 3)
        #expect(found.reason.contains("`P-selectin` names SELP (selectin P) alone"))
        // The member the word names is not a false match.
        #expect(evidence("ICAM,VCAM,P-selectin", term: "Selectin", annotated: ("SELP", "6403"), members: selectins) == nil)
    }

    @Test func aMemberByItsAlias() throws {
        // `PKCα`: an alias of PRKCA alone among the PKC family.
        let members = [("PRKCA", "5578"), ("PRKCB", "5579"), ("PRKCG", "5582")]
        let found = try #require(evidence("PKCα", term: "PKC", annotated: ("PRKCB", "5579"), members: members))
        #expect(found.reading == .gene(symbol: "PRKCA", id: "5578"))
    }

    @Test func whatStaysTheFamily() {
        let members = [("MAPK3", "5595"), ("MAPK1", "5594")]
        // Shorthand for several members, a plural, the family's own written-out name.
        #expect(evidence("ERK1/2", term: "ERK", annotated: ("MAPK1", "5594"), members: members) == nil)
        #expect(evidence("ERKs", term: "ERK", annotated: ("MAPK1", "5594"), members: members) == nil)
        #expect(evidence("TGF-beta", term: "TGFB", annotated: ("TGFB2", "7042"),
                         members: [("TGFB1", "7040"), ("TGFB2", "7042"), ("TGFB3", "7043")]) == nil)
        // Two qualified members in one word.
        #expect(evidence("P-selectin/E-selectin", term: "Selectin", annotated: ("SELL", "6402"), members: selectins) == nil)
        // Not a family claim.
        #expect(FamilyFragmentEvidence.evaluate(GeneQuery(word: "P-selectin", term: "Selectin", symbol: "SELL", geneID: "6402", claim: .alias),
                                                in: FigureContext(), hgnc: Fixture.reference.hgnc, famPlex: Fixture.reference.famplex) == nil)
    }

    @Test func theLongerToken() {
        #expect(FamilyFragmentEvidence.longerToken(in: "ICAM,VCAM,P-selectin", containing: "Selectin") == "P-selectin")
        #expect(FamilyFragmentEvidence.longerToken(in: "Smad2/3", containing: "SMAD") == nil)
        #expect(FamilyFragmentEvidence.longerToken(in: "Selectin", containing: "Selectin") == nil)
    }
}

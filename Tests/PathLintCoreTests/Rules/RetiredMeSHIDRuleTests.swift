import Testing
@testable import PathLintCore

/// The corpus's four missing MeSH IDs, checked by hand: each word names one current concept.
/// `unknown-mesh-id` reports them (its old id `retired-mesh-id` still selects it).
@Suite struct RetiredMeSHIDRuleTests {
    let rule = ["retired-mesh-id"]

    @Test func aSupplementaryConceptPromotedToADescriptor() throws {
        // PMC5241525: gemcitabine, C056507, is now D000093542.
        let file = markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("Gemcitabine", "MESH", "C056507"))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "unknown-mesh-id")
        #expect(d.severity == .warning)
        #expect(d.message == "C056507 is not a MeSH supplementary concept: it was retired or never existed; `Gemcitabine` is D000093542 (Gemcitabine) today")
        #expect(d.fixes.map(\.safety) == [.safe])  // the word is the concept's label, and no other's
        #expect(text(of: d, in: file) == "C056507")
        let fixed = applying(try #require(d.fixes.first), to: file)
        #expect(fixed == markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("Gemcitabine", "MESH", "D000093542")))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func anAnionForItsAcidAndADrugUnderItsSalt() {
        let citrate = lint(Fixture.header + "chemicals:\n" + Fixture.mesh("Citrate", "MESH", "C102006"), rules: rule)
        #expect(citrate.map(\.message) == ["C102006 is not a MeSH supplementary concept: it was retired or never existed; `Citrate` is Citric Acid (D019343)"])
        let erlotinib = lint(Fixture.header + "chemicals:\n" + Fixture.mesh("Erlotinib", "MESH", "C400278"), rules: rule)
        #expect(erlotinib.first?.message.hasSuffix("Erlotinib Hydrochloride (D000069347)") == true)
    }

    @Test func aMissingIDWhoseWordNamesNothingStaysUnknown() {
        let found = lint(Fixture.header + "chemicals:\n" + Fixture.mesh("Xyzzyl", "MESH", "C999999"), rules: rule)
        #expect(found.map(\.ruleID) == ["unknown-mesh-id"])
        #expect(found.map(\.severity) == [.error])
    }
}

import Testing
@testable import PathLintCore

@Suite struct ChemicalNameEvidenceTests {
    func evidence(_ word: String, _ id: String) -> Evidence? {
        ChemicalNameEvidence.evaluate(MeSHQuery(word: word, meshID: id, kind: .chemical), reference: Fixture.reference)
    }

    @Test func aSubstituentMakesAnotherCompound() throws {
        // C043607 is alpha-methylaconitate (entry term alpha-methyl-cis-aconitate).
        let aconitate = try #require(evidence("cis-Aconitate", "C043607"))
        #expect(aconitate.family == .concept)
        #expect(aconitate.reason == "`cis-Aconitate` and `alpha-methyl-cis-aconitate` differ by methyl, so they name different compounds")
        // D008358 is Mannose: the word is its phosphate ester.
        #expect(try #require(evidence("D-Mannose-1-P", "D008358")).reason.contains("differ by phosphate"))
        #expect(evidence("Ribose 5-P", "D012266") != nil)
    }

    @Test func otherLocantsMakeAnotherIsomer() throws {
        // C021047 is 3-keto-2-methylvaleric acid; D015114 is the 5-ene androstenediol.
        #expect(try #require(evidence("2-Keto-3-methylvalerate", "C021047")).reason.contains("other positions"))
        #expect(try #require(evidence("4-Androstenediol", "D015114")).reason.contains("`Delta 5-Androstenediol`"))
    }

    @Test func fragmentsAreNoCompound() throws {
        #expect(try #require(evidence("4-hydroxy", "D006880")).reading == .notAConcept(label: "a fragment of a longer chemical name, not a compound"))
        #expect(evidence("tetrahydro", "C009412") != nil)
        #expect(evidence("aspartyl", "C080396") != nil)
        #expect(ChemicalNameEvidence.isFragment(ChemicalNameEvidence.fullKey("2,3-dihydroxy")))
        #expect(!ChemicalNameEvidence.isFragment(ChemicalNameEvidence.fullKey("Acetyl-CoA")))
    }

    @Test func whatPasses() {
        #expect(evidence("Acetyl-CoA", "D000105") == nil)
        #expect(evidence("Acetyl-CoA CoA", "D000105") == nil)  // two labels run together
        #expect(evidence("lactate", "D019344") == nil)  // Lactic Acid, as its anion
        #expect(evidence("cis-aconitate", "D000156") == nil)  // a stereodescriptor alone
        #expect(evidence("D-Mannose-1-P", "D008358") != nil)
        #expect(ChemicalNameEvidence.evaluate(MeSHQuery(word: "4-hydroxy", meshID: "D006880", kind: .disease),
                                              reference: Fixture.reference) == nil)
    }
}

import Testing
@testable import PathLintCore

/// Cases from the corpus, checked by hand: PubTator's false mappings, and the ways a
/// right mapping is written that must pass.
@Suite struct MeSHWordMismatchRuleTests {
    let rule = ["mesh-word-mismatch"]

    func chemical(_ word: String, _ identifier: String) -> [Diagnostic] {
        lint(Fixture.header + "chemicals:\n" + Fixture.mesh(word, "MESH", identifier), rules: rule)
    }

    @Test func anAminoAcidCodeMappedToAPeptideGetsTheAminoAcid() throws {
        // PMC5821452: `Ser` became seryl-seryl-seryl-arginine.
        let file = markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("Ser", "MESH", "C530429"))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.severity == .warning)
        #expect(d.message == "`Ser` does not resemble seryl-seryl-seryl-arginine (C530429), the concept it is mapped to; "
            + "Serine (D012694) matches the word")
        #expect(text(of: d, in: file) == "Ser")
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .unsafe)
        let fixed = applying(fix, to: file)
        #expect(fixed == markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("Ser", "MESH", "D012694")))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func falseMappingsFromTheCorpus() {
        // PMC6456754: `CO` as Carbon Dioxide (Carbon Monoxide is meant), `H20` (water) as Hydrogen;
        // PMC6851703: `Glucose-6P` as a trisomy; PMC6302266: `Serine1177` (a residue) as nesosteine.
        #expect(chemical("CO", "D002245").first?.fixes.first?.title == "Use Carbon Monoxide (D002248)")
        #expect(chemical("H20", "D006859").count == 1)
        #expect(chemical("Glucose-6P", "C537811").count == 1)
        #expect(chemical("Serine1177", "C049549").count == 1)
        #expect(chemical("TCA", "C000589078").count == 1)
    }

    @Test func rightMappingsWrittenOtherwisePass() {
        for (word, identifier) in [
            ("Pyruvate", "D011773"),           // plural label `Pyruvates`
            ("Lactate", "D019344"),            // Lactic Acid
            ("Peroxynitrite", "D030421"),      // Peroxynitrous Acid
            ("2ATP", "D000255"),               // a count before the formula
            ("Ca2+", "D002118"),               // a charge; curated: Calcium
            ("Zn", "D015032"),                 // curated element symbol
            ("Ser", "D012694"),                // curated amino-acid code
            ("cis-cis-Muconate", "C005939"),   // muconic acid, with a prefix
            ("Scytalone", "C012547"),          // scytolone, one letter apart
            ("Succinyl-CoA", "C012046"),       // a supplementary concept's synonym
            ("diabetic", "D003920"),           // Diabetes Mellitus
            ("tumour", "D009369"),             // British spelling of Neoplasms' `Tumor`
            ("Pancreatic cancer", "D010190"),  // cancer for Neoplasms
            ("NADP NADPH", "D009249"),         // one of the word's parts
            ("LY294002", "C085911"),           // a compound code: not compared
        ] {
            #expect(chemical(word, identifier).isEmpty, "\(word) \(identifier)")
        }
        let disease = lint(Fixture.header + "diseases:\n" + Fixture.mesh("APC", "MESH", "D011125"), rules: rule)
        #expect(disease.isEmpty, "initials of Adenomatous Polyposis Coli")
    }

    @Test func unmappedAndUnknownEntriesAreLeftToOtherRules() {
        #expect(chemical("Glutamate", "''").isEmpty)
        #expect(chemical("Glutamate", "D999999").isEmpty)
    }
}

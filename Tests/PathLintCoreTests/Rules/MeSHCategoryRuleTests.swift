import Testing
@testable import PathLintCore

@Suite struct MeSHCategoryRuleTests {
    let rule = ["mesh-category"]
    let mek1 = Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")

    @Test func diseaseFromTheChemicalsTreeIsReported() throws {
        let file = markdown(Fixture.genes(mek1, extra: "diseases:\n" + Fixture.mesh("insulin", "MESH", "D007328")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "mesh-category")
        #expect(d.severity == .warning)
        #expect(d.message == "disease D007328 (Insulin) is not in the MeSH Diseases tree (C); its trees: D")
        #expect(text(of: d, in: file) == "D007328")
        #expect(position(of: d, in: file) == (15, 15))
        #expect(d.fixes.isEmpty)
    }

    @Test func chemicalDescriptorOutsideTheChemicalsTreeIsReported() throws {
        let file = markdown(Fixture.genes(mek1, extra: "chemicals:\n" + Fixture.mesh("diabetes", "MESH", "D003920")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "chemical D003920 (Diabetes Mellitus) is not in the MeSH Chemicals and Drugs tree (D); its trees: C")
        #expect(text(of: d, in: file) == "D003920")
    }

    @Test func supplementaryChemicalIsAccepted() {
        #expect(lint(Fixture.genes(mek1, extra: "chemicals:\n" + Fixture.mesh("PD98059", "MESH", "C093973")), rules: rule).isEmpty)
    }

    @Test func diseasesFromTheDiseasesTreeAreAccepted() {
        // a descriptor in C, and a supplementary concept mapped to Diabetes Mellitus
        let yaml = Fixture.genes(mek1, extra: "diseases:\n" + Fixture.mesh("melanoma", "MESH", "D008545")
            + Fixture.mesh("Okamoto", "MESH", "C535270"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }

    @Test func supplementaryChemicalAsDiseaseIsReportedWithItsHeadingsTrees() throws {
        let d = try #require(lint(Fixture.genes(mek1, extra: "diseases:\n" + Fixture.mesh("PD98059", "MESH", "C093973")),
                                  rules: rule).first)
        #expect(d.message == "disease C093973 (2-(2-amino-3-methoxyphenyl)-4H-1-benzopyran-4-one) is not in the MeSH Diseases tree (C); its trees: D")
    }
}

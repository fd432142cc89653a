import Testing
@testable import PathLintCore

/// The rule needs NCBI data, which the bundled snapshot lacks: these lint with the snapshot
/// built from the official-format fixtures (`OfficialFormatFixture`).
@Suite struct DiscontinuedGeneIDRuleTests {
    var built: ReferenceSnapshot { OfficialFormatFixture.snapshot }

    func lint(_ text: String, _ rules: [String], with reference: ReferenceSnapshot,
              path: String = "PMC199174__JCI0110934.f9.md") -> [Diagnostic] {
        Linter(reference: reference, configuration: LintConfiguration(select: Set(rules))).lint(path: path, text: text)
    }

    @Test func aDiscontinuedGeneIDIsReportedWithItsReplacementInTheOldLayout() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'100000001'")))
        let rules = ["discontinued-gene-id", "entrez-mismatch"]
        #expect(lint(file, rules, with: Fixture.reference).map(\.ruleID) == ["entrez-mismatch"])
        let found = lint(file, rules, with: built)
        #expect(found.map(\.ruleID) == ["discontinued-gene-id"])
        let d = try #require(found.first)
        #expect(d.message == "NCBI Gene 100000001 (MAP2K1P9) was discontinued on 2024-01-02; it is now 5604 (MAP2K1)")
        #expect(text(of: d, in: file) == "'100000001'")
        #expect(d.fixes.map(\.title) == ["Set entrez to 5604"])
        #expect(applying(try #require(d.fixes.first), to: file).contains("entrez: '5604'"))
    }

    @Test func aDiscontinuedGeneIDIsReportedInTablesOfAnyOrganism() {
        let table = SidecarFixture.genes(
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "Mek2", "Mek2", "Map2k2", "100000002", "ncbigene_symbol"),
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "Gm", "Gm", "Gm9999", "26397", "ncbigene_symbol"))
        let document = AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: table)
        let found = Linter(reference: built, configuration: LintConfiguration(select: ["discontinued-gene-id"])).lint(document)
        #expect(found.map(\.message) == [
            "NCBI Gene 100000002 (Mek2-ps) was discontinued on 2022-01-01; it is now 26396 (Map2k2)",
            "NCBI Gene 26397 (Gm9999) was discontinued on 2023-05-05 without a replacement",
        ])
        #expect(found.map { $0.fixes.map(\.title) } == [["Set ncbigene_id to 26396"], []])
        let without = Linter(reference: Fixture.reference, configuration: LintConfiguration(select: ["discontinued-gene-id"]))
        #expect(without.lint(document).isEmpty)
    }
}

import Testing
@testable import PathLintCore

/// The rule needs NCBI data, which the bundled snapshot lacks: these lint with the snapshot
/// built from the official-format fixtures (`OfficialFormatFixture`).
@Suite struct SidecarNCBIGeneRuleTests {
    var built: ReferenceSnapshot { OfficialFormatFixture.snapshot }

    func lint(_ text: String, _ rules: [String], with reference: ReferenceSnapshot,
              path: String = "PMC199174__JCI0110934.f9.md") -> [Diagnostic] {
        Linter(reference: reference, configuration: LintConfiguration(select: Set(rules))).lint(path: path, text: text)
    }

    @Test func nonHumanRowsAreCheckedAgainstNCBIGeneWhenTheDataHoldTheirTaxon() {
        let table = SidecarFixture.genes(
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "Mek1", "Mek1", "Map2k1", "26395", "ncbigene_synonym"),
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "Mek1", "Mek1", "Map2k1", "26396", "ncbigene_synonym"),
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "Mek2", "Mek2", "Mek2", "26396", "ncbigene_synonym"),
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "MAP2K2", "MAP2K2", "MAP2K2", "26396", "ncbigene_symbol"),
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "Mek1", "Mek1", "Map2k1", "170851", "ncbigene_synonym"),
            SidecarFixture.gene("10090", "Mus musculus", "Rodents", "Foo", "Foo", "Foo", "99999999", "ncbigene_symbol"),
            SidecarFixture.gene("7227", "Drosophila melanogaster", "Insects", "Dsor1", "Dsor1", "Dsor1", "26396", "ncbigene_symbol"))
        let document = AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: table)
        let found = Linter(reference: built, configuration: LintConfiguration(select: ["sidecar-ncbi-gene"])).lint(document)
        #expect(found.map(\.message) == [
            "ncbigene_id 26396 is Map2k2 of Mus musculus, not Map2k1; Map2k1 is NCBI Gene 26395",
            "`Mek2` is a synonym of Map2k2 (NCBI Gene 26396), the gene's symbol in Mus musculus",
            "NCBI Gene writes 26396's symbol `Map2k2`, not `MAP2K2`",
            "NCBI Gene 170851 is Map2k1 of Rattus norvegicus, not a gene of Mus musculus",
            "NCBI Gene has no Gene ID 99999999 (data as of 2026-03-02)",
        ])
        #expect(found.map(\.severity) == [.error, .warning, .warning, .error, .error])
        #expect(found[0].fixes.map(\.title) == ["Set ncbigene_id to 26395 (Map2k1)", "Set ncbigene_symbol to Map2k2, the gene of ncbigene_id 26396"])
        #expect(found[2].fixes.first?.safety == .safe)
        // The fly row: the data hold no fly genes, so nothing is said. Nor without NCBI data.
        let bundled = Linter(reference: Fixture.reference, configuration: LintConfiguration(select: ["sidecar-ncbi-gene"]))
        #expect(bundled.lint(document).isEmpty)
    }
}

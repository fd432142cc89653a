import Testing
@testable import PathLintCore

@Suite struct TableHeaderRuleTests {
    let rule = ["table-header"]

    @Test func bothGenesRevisionsAndTheOtherTablesPass() {
        #expect(lintSidecar(SidecarFixture.genesHeader, rules: rule).isEmpty)
        let older = SidecarHeaderRevision.genesWithoutSynonymCount.columns.joined(separator: "\t") + "\n"
        #expect(lintSidecar(older, rules: rule).isEmpty)
        #expect(lintSidecar(SidecarFixture.chemicalsHeader, rules: rule, path: "_data/P__f-chemicals.tsv").isEmpty)
        #expect(lintSidecar(SidecarFixture.diseasesHeader, rules: rule, path: "_data/P__f-diseases.tsv").isEmpty)
    }

    @Test func unknownColumnIsUnderlinedWithARenameFix() throws {
        let file = "word\tMesh\tmatch\tname\tchebi\n"
        let found = lintSidecar(file, rules: rule, path: "_data/P__f-chemicals.tsv")
        #expect(found.count == 2)
        let d = try #require(found.first { text(of: $0, in: file) == "Mesh" })
        #expect(d.message == "unknown column `Mesh` in a chemicals table (did you mean `mesh`?)")
        #expect(applying(try #require(d.fixes.first), to: file) == SidecarFixture.chemicalsHeader)
        #expect(found.contains { $0.message == "the chemicals header lacks `mesh`" })
    }

    @Test func diseasesTableWithChemicalsHeaderAndOutOfOrderColumns() {
        let swapped = lintSidecar(SidecarFixture.chemicalsHeader, rules: rule, path: "_data/P__f-diseases.tsv")
        #expect(swapped.map(\.message).contains("unknown column `chebi` in a diseases table"))
        let reordered = lintSidecar("mesh\tword\tmatch\tname\tchebi\n", rules: rule, path: "_data/P__f-chemicals.tsv")
        #expect(reordered.map(\.message) == ["the chemicals columns are out of order; expected: word mesh match name chebi"])
    }

    @Test func tsvThatIsNoSidecar() {
        let found = lintSidecar("a\tb\n", rules: rule, path: "MANIFEST.tsv")
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("not a sidecar name") == true)
    }
}

import Testing
@testable import PathLintCore

/// The same file linted with the bundled snapshot and with one built from the official-
/// format fixtures: the findings follow what the data say.
@Suite struct RulesFollowTheDataTests {
    func lint(_ text: String, _ rules: [String], with reference: ReferenceSnapshot,
              path: String = "PMC199174__JCI0110934.f9.md") -> [Diagnostic] {
        Linter(reference: reference, configuration: LintConfiguration(select: Set(rules))).lint(path: path, text: text)
    }

    var built: ReferenceSnapshot { OfficialFormatFixture.snapshot }

    @Test func aSymbolRenamedAgainIsOutdatedOnlyWithTheNewData() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK2", "MAP2K2", "hgnc_symbol", "MAP2K2", "'5605'")))
        #expect(lint(file, ["outdated-hgnc-symbol"], with: Fixture.reference).isEmpty)
        let found = lint(file, ["outdated-hgnc-symbol"], with: built)
        #expect(found.map(\.message) == ["`MAP2K2` is a previous HGNC symbol; the current symbol is MEK2NEW (HGNC:6842, Entrez 5605)"])
        #expect(found.first?.fixes.first?.title == "Rename to MEK2NEW")
    }

    @Test func aSidecarSymbolRenamedAgainIsOutdatedOnlyWithTheNewData() {
        let table = SidecarFixture.genes(SidecarFixture.human("MEK2", "MEK2", "MAP2K2", "5605", "ncbigene_synonym"))
        let document = AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: table)
        func run(_ reference: ReferenceSnapshot) -> [String] {
            Linter(reference: reference, configuration: LintConfiguration(select: ["sidecar-outdated-symbol"])).lint(document).map(\.message)
        }
        #expect(run(Fixture.reference).isEmpty)
        #expect(run(built).count == 1)
        #expect(run(built).first?.contains("MEK2NEW") == true)
    }

    @Test func aNewMeSHConceptIsKnownOnlyWithTheNewData() {
        let file = markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("Newmycin", "mesh_label", "D000099999"))
        #expect(lint(file, ["unknown-mesh-id"], with: Fixture.reference).map(\.message)
            == ["`D000099999` is not a MeSH descriptor in the reference snapshot"])
        #expect(lint(file, ["unknown-mesh-id"], with: built).isEmpty)
    }

    @Test func aConceptTheNewDataNoLongerHaveIsUnknown() {
        let file = markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("Calcimycin", "mesh_label", "D000001"))
        #expect(lint(file, ["unknown-mesh-id", "retired-mesh-id"], with: Fixture.reference).isEmpty)
        #expect(lint(file, ["unknown-mesh-id", "retired-mesh-id"], with: built).map(\.message)
            == ["`D000001` is not a MeSH descriptor in the reference snapshot"])
    }

    @Test func aNewSidecarMeSHIDIsNoLongerNewerThanTheSnapshot() {
        let table = SidecarFixture.chemicals(SidecarFixture.meshRow("Newmycin", "mesh:D000099999"))
        let document = AnnotationDocument(path: "x/_data/PMC1__f1-chemicals.tsv", text: table)
        func run(_ reference: ReferenceSnapshot) -> [Diagnostic] {
            Linter(reference: reference, configuration: LintConfiguration(select: ["sidecar-mesh-id"])).lint(document)
        }
        #expect(run(Fixture.reference).map(\.severity) == [.info])
        #expect(run(built).isEmpty)
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

    @Test func hoversNameWhatTheDataAreAsOf() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK2", "MAP2K2", "hgnc_symbol", "MEK2NEW", "'5605'")))
        let document = AnnotationDocument(path: "x.md", text: file)
        let offset = try #require(file.utf8.firstRange(of: "MEK2NEW".utf8)).lowerBound
        let position = file.utf8.distance(from: file.utf8.startIndex, to: offset)
        let hover = try #require(Hover.hover(document, at: position + 1, reference: built))
        #expect(hover.markdown.hasSuffix("*HGNC 2026-05-17*"))
        let old = try #require(Hover.hover(document, at: position + 1, reference: Fixture.reference))
        #expect(old.markdown.hasSuffix("*HGNC 2024-07-23*"))
    }
}

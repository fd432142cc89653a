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
            == ["D000099999 is numbered beyond the newest MeSH descriptor in the snapshot (D000098002): it may simply be newer; not checked"])
        #expect(lint(file, ["unknown-mesh-id"], with: built).isEmpty)
    }

    @Test func aConceptTheNewDataNoLongerHaveIsUnknown() {
        let file = markdown(Fixture.header + "chemicals:\n" + Fixture.mesh("Calcimycin", "mesh_label", "D000001"))
        #expect(lint(file, ["unknown-mesh-id", "retired-mesh-id"], with: Fixture.reference).isEmpty)
        #expect(lint(file, ["unknown-mesh-id", "retired-mesh-id"], with: built).map(\.message)
            == ["D000001 is not a MeSH descriptor: it was retired or never existed"])
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

    @Test func hoversNameWhatTheDataAreAsOf() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK2", "MAP2K2", "hgnc_symbol", "MEK2NEW", "'5605'")))
        let document = AnnotationDocument(path: "x.md", text: file)
        let offset = try #require(file.utf8.firstRange(of: "MEK2NEW".utf8)).lowerBound
        let position = file.utf8.distance(from: file.utf8.startIndex, to: offset)
        let hover = try #require(Hover.hover(document, at: position + 1, reference: built))
        #expect(hover.markdown.contains("*HGNC 2026-05-17*"))
        let old = try #require(Hover.hover(document, at: position + 1, reference: Fixture.reference))
        #expect(old.markdown.contains("*HGNC 2024-07-23*"))
    }
}

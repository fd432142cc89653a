import Testing
@testable import PathLintCore

@Suite struct MissingCompanionRuleTests {
    @Test func sidecarWithoutItsFigure() throws {
        let figure = SidecarFigure(path: "x/_figures/PMC1__f1.md", annotation: nil, exists: false)
        let file = SidecarFixture.genesHeader
        let d = try #require(lintSidecar(file, rules: ["missing-figure"], figure: figure).first)
        #expect(d.message == "no figure file for this sidecar: x/_figures/PMC1__f1.md does not exist")
        #expect(lintSidecar(file, rules: ["missing-figure"], figure: SidecarFixture.figure("figid: PMC1__f1\n")).isEmpty)
        #expect(lintSidecar(file, rules: ["missing-figure"]).isEmpty)  // not known: nothing said
    }

    @Test func currentLayoutFigureWithoutSidecars() throws {
        let yaml = "figid: PMC1__f1\norganisms_ner:\n- Homo sapiens\n"
        var document = AnnotationDocument(path: "x/_figures/PMC1__f1.md", text: markdown(yaml))
        document.sidecars = [:]
        let found = linter(rules: ["missing-sidecar"]).lint(document)
        let d = try #require(found.first)
        #expect(text(of: d, in: markdown(yaml)) == "PMC1__f1")
        #expect(d.message.contains("x/_data/"))
        document.sidecars = [.chemicals: SidecarTable(kind: .chemicals, figid: "PMC1__f1", table: TSVTable(SidecarFixture.chemicalsHeader))]
        #expect(linter(rules: ["missing-sidecar"]).lint(document).isEmpty)
        // An old-layout figure keeps its lists in the front matter.
        var old = AnnotationDocument(path: "x/_figures/PMC1__f1.md", text: markdown("figid: PMC1__f1\ngenes: []\n"))
        old.sidecars = [:]
        #expect(linter(rules: ["missing-sidecar"]).lint(old).isEmpty)
    }
}

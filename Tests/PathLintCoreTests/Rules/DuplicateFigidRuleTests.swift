import Testing
@testable import PathLintCore

@Suite struct DuplicateFigidRuleTests {
    private func document(_ path: String, figid: String) -> AnnotationDocument {
        AnnotationDocument(path: path, text: "---\n# α–😀\nfigid: \(figid)\n---\n")
    }

    @Test func laterFileWithTheSameFigidNamesTheEarlierOne() throws {
        var registry = FigidRegistry(configuration: LintConfiguration())
        #expect(registry.check(document("a.md", figid: "PMC1__f1")).isEmpty)
        #expect(registry.check(document("b.md", figid: "PMC1__f2")).isEmpty)
        let later = document("c.md", figid: "PMC1__f1")
        let d = try #require(registry.check(later).first)
        #expect(d.ruleID == "duplicate-figid")
        #expect(d.severity == .error)
        #expect(d.message == "figid `PMC1__f1` is also the figid of a.md:3")
        #expect(later.source.text(d.range) == "PMC1__f1")
        #expect(later.source.location(of: d.range.start).codePointColumn == 7)
    }

    @Test func disabledOrOverriddenRuleIsHonoured() throws {
        var ignoring = FigidRegistry(configuration: LintConfiguration(ignore: ["duplicate-figid"]))
        _ = ignoring.check(document("a.md", figid: "X"))
        #expect(ignoring.check(document("b.md", figid: "X")).isEmpty)

        var softened = FigidRegistry(configuration: LintConfiguration(severityOverrides: ["duplicate-figid": .warning]))
        _ = softened.check(document("a.md", figid: "X"))
        #expect(try #require(softened.check(document("b.md", figid: "X")).first).severity == .warning)
    }

    @Test func perFileLintFindsNothing() {
        #expect(lintFile(markdown(Fixture.header), rules: ["duplicate-figid"]).isEmpty)
    }
}

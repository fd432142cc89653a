import Testing
@testable import PathLintCore

@Suite struct FileNameMismatchRuleTests {
    let rule = ["file-name-mismatch"]

    @Test func fileNamedAfterAnotherFigureIsReportedAtFigid() throws {
        let file = markdown(Fixture.header)
        let d = try #require(lintFile(file, rules: rule, path: "_figures/PMC199174__JCI0110934.md").first)
        #expect(d.severity == .warning)
        #expect(d.message == "file name `PMC199174__JCI0110934.md` should be `PMC199174__JCI0110934.f9.md` (the figid)")
        #expect(text(of: d, in: file) == "PMC199174__JCI0110934.f9")
    }

    @Test func fileNamedAfterItsFigidPasses() {
        #expect(lintFile(markdown(Fixture.header), rules: rule, path: "_figures/PMC199174__JCI0110934.f9.md").isEmpty)
    }

    @Test func standardInputAndYAMLFilesAreNotChecked() {
        #expect(lintFile(markdown(Fixture.header), rules: rule, path: "<stdin>").isEmpty)
        #expect(lintFile(Fixture.header, rules: rule, path: "figure.yaml").isEmpty)
    }
}

import Testing
@testable import PathLintCore

@Suite struct DescriptionMismatchRuleTests {
    let rule = ["description-mismatch"]

    private func file(caption: String, description: String) -> String {
        markdown(Fixture.header + "caption: \(caption)\nschema-jsonld:\n  description: \(description)\n  license: CC0\ngenes: []\n")
    }

    /// The parsed caption and description of a file.
    private func fields(_ text: String) -> (caption: String?, description: String?) {
        let annotation = AnnotationDocument(path: "t.md", text: text).annotation
        return (annotation?.caption?.value, annotation?.schemaJSONLD?["description"]?.scalar?.value)
    }

    @Test func driftedDescriptionIsReplacedByTheCaption() throws {
        let before = file(caption: "Models for the function of Ser307 phosphorylation.",
                          description: "Models for the function of Ser307 phosphorylaton.")
        let found = lintFile(before, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "description-mismatch")
        #expect(d.severity == .warning)
        #expect(d.message == "schema-jsonld.description differs from caption (first difference at character 47)")
        #expect(text(of: d, in: before) == "Models for the function of Ser307 phosphorylaton.")
        #expect(position(of: d, in: before) == (8, 16))
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        let fixed = applying(fix, to: before)
        #expect(fixed == file(caption: "Models for the function of Ser307 phosphorylation.",
                              description: "Models for the function of Ser307 phosphorylation."))
        #expect(fields(fixed).description == "Models for the function of Ser307 phosphorylation.")
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func captionThatNeedsQuotingIsQuotedInTheCopy() throws {
        let before = file(caption: "'Activation of AKT: the first step'", description: "Activation of AKT")
        let fix = try #require(lintFile(before, rules: rule).first?.fixes.first)
        let fixed = applying(fix, to: before)
        #expect(fixed.contains("  description: 'Activation of AKT: the first step'\n"))
        #expect(fields(fixed).description == "Activation of AKT: the first step")
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func captionWithAnApostropheIsDoubleQuoted() throws {
        let before = file(caption: "Crohn's disease – TNF-α and NF-κB 😀", description: "Crohn disease")
        let fix = try #require(lintFile(before, rules: rule).first?.fixes.first)
        let fixed = applying(fix, to: before)
        #expect(fixed.contains("  description: \"Crohn's disease – TNF-α and NF-κB 😀\"\n"))
        #expect(fields(fixed).description == "Crohn's disease – TNF-α and NF-κB 😀")
    }

    @Test func foldedMultiLineCaptionIsCopiedOnOneLine() throws {
        let before = markdown(Fixture.header + "caption: Upon insulin stimulation,\n  IRS-1 is phosphorylated.\n"
            + "schema-jsonld:\n  description: Upon insulin\n    stimulation.\n  license: CC0\n")
        let fix = try #require(lintFile(before, rules: rule).first?.fixes.first)
        let fixed = applying(fix, to: before)
        #expect(fixed.contains("  description: Upon insulin stimulation, IRS-1 is phosphorylated.\n  license: CC0\n"))
        #expect(fields(fixed).description == "Upon insulin stimulation, IRS-1 is phosphorylated.")
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func equalTextInDifferentLayoutIsNotADifference() {
        let text = markdown(Fixture.header + "caption: Upon insulin stimulation,\n  IRS-1 is phosphorylated.\n"
            + "schema-jsonld:\n  description: 'Upon insulin stimulation, IRS-1 is phosphorylated.'\n")
        #expect(lintFile(text, rules: rule).isEmpty)
    }
}

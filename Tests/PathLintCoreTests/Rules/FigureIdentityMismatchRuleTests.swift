import Testing
@testable import PathLintCore

@Suite struct FigureIdentityMismatchRuleTests {
    let rule = ["figure-id-mismatch"]
    let figid = "figid: PMC199174__JCI0110934.f9\npmcid: PMC199174\nfilename: JCI0110934.f9.jpg\n"

    @Test func figlinkWithoutItsLeadingSlashGetsASafeFix() throws {
        let before = markdown(figid + "figlink: pmc/articles/PMC199174/figure/F9/\n")
        let found = lintFile(before, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "figure-id-mismatch")
        #expect(d.severity == .warning)
        #expect(d.message == "figlink `pmc/articles/PMC199174/figure/F9/` should be `/pmc/articles/PMC199174/figure/F9/`")
        #expect(text(of: d, in: before) == "pmc/articles/PMC199174/figure/F9/")
        #expect(position(of: d, in: before) == (5, 10))
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        let fixed = applying(fix, to: before)
        #expect(fixed == markdown(Fixture.header))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func figlinkOfAnotherArticleHasNoFix() throws {
        let d = try #require(lint(figid + "figlink: /pmc/articles/PMC1/figure/F9/\n", rules: rule).first)
        #expect(d.message == "figlink `/pmc/articles/PMC1/figure/F9/` should start with `/pmc/articles/PMC199174/figure/`")
        #expect(d.fixes.isEmpty)
    }

    @Test func wrongAtIDGetsASafeFix() throws {
        let before = markdown(Fixture.header + "schema-jsonld:\n  '@id': https://pfocr.wikipathways.org/figures/PMC199174__F9.html\n")
        let d = try #require(lintFile(before, rules: rule).first)
        #expect(d.message == "schema-jsonld.@id `https://pfocr.wikipathways.org/figures/PMC199174__F9.html` should be `https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html`")
        #expect(text(of: d, in: before) == "https://pfocr.wikipathways.org/figures/PMC199174__F9.html")
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        let fixed = applying(fix, to: before)
        #expect(fixed == markdown(Fixture.header + "schema-jsonld:\n  '@id': https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html\n"))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func figidThatDisagreesWithFilenameGetsAnUnsafeFix() throws {
        let before = markdown("figid: PMC199174__JCI0110934.f9\npmcid: PMC199174\nfilename: JCI0110934.f10.jpg\nfiglink: /pmc/articles/PMC199174/figure/F10/\n")
        let d = try #require(lintFile(before, rules: rule).first)
        #expect(d.message == "figid `PMC199174__JCI0110934.f9` should be `PMC199174__JCI0110934.f10`")
        #expect(text(of: d, in: before) == "PMC199174__JCI0110934.f9")
        #expect(d.fixes.map(\.safety) == [.unsafe])
        let fixed = applying(d.fixes[0], to: before)
        #expect(fixed.hasPrefix("---\nfigid: PMC199174__JCI0110934.f10\n"))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func figidAliasAndRedirect() throws {
        let found = lint(Fixture.header + "number: F9\nfigid_alias: PMC199174__F8\nredirect_from: /figures/PMC199174__F9\n", rules: rule)
        #expect(found.map(\.message) == [
            "figid_alias `PMC199174__F8` should be `PMC199174__F9`",
            "redirect_from `/figures/PMC199174__F9` should be `/figures/PMC199174__F8`",
        ])
        #expect(found.flatMap(\.fixes).map(\.safety) == [.unsafe, .safe])
    }

    @Test func consistentFieldsAreFine() {
        let yaml = Fixture.header + "number: F9\nfigid_alias: PMC199174__F9\nredirect_from: /figures/PMC199174__F9\n"
            + "schema-jsonld:\n  '@id': https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html\n"
        #expect(lint(yaml, rules: rule).isEmpty)
        #expect(lint(Fixture.header + "number: ''\nfigid_alias: PMC199174__F9\n", rules: rule).isEmpty)
    }

    @Test func columnsCountUTF8UTF16AndCodePointsAfterNonASCIIOnTheLine() throws {
        let file = markdown(Fixture.header + "schema-jsonld: {name: \"κ–α 😀\", '@id': PMC1.html}\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(text(of: d, in: file) == "PMC1.html")
        let location = SourceText(file).location(of: d.range.start)
        #expect(location.line + 1 == 6)
        #expect(location.utf8Column + 1 == 46)
        #expect(location.utf16Column + 1 == 40)
        #expect(location.codePointColumn + 1 == 39)
        let fixed = applying(try #require(d.fixes.first), to: file)
        #expect(fixed.contains("'@id': https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html}\n"))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func valueOnALineAfterNonASCIILines() throws {
        let file = markdown("figtitle: TNF-α – NF-κB 😀 𝛼\n" + figid + "figlink: pmc/articles/PMC199174/figure/F9/\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(columns(of: d, in: file) == "6:10/10/10")
    }
}

import Testing
@testable import PathLintCore

@Suite struct EntrezMismatchRuleTests {
    let rule = ["entrez-mismatch"]

    @Test func wrongIDNamesItsOwnerAndFixesEntrezSafely() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "entrez-mismatch")
        #expect(d.severity == .error)
        #expect(d.message == "entrez 5605 is not the Entrez ID of MAP2K1 (5604); it belongs to MAP2K2 (HGNC:6842, Entrez 5605)")
        #expect(text(of: d, in: file) == "'5605'")
        #expect(position(of: d, in: file) == (11, 11))
        #expect(d.fixes.count == 1)
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        #expect(fix.title == "Set entrez to 5604 (MAP2K1)")
        let fixed = applying(fix, to: file)
        #expect(fixed == markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"))))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func whenTheOwnerFitsSymbolAndSourceTheFixChangesHGNCSymbol() throws {
        // MEK2 is an alias of MAP2K2 (5605), not of MAP2K1.
        let file = markdown(Fixture.genes(Fixture.gene("MEK2", "MEK2", "hgnc_alias_symbol", "MAP2K1", "'5605'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "entrez 5605 is not the Entrez ID of MAP2K1 (5604); it belongs to MAP2K2 (HGNC:6842, Entrez 5605)")
        #expect(d.fixes.map(\.safety) == [.safe, .unsafe])
        let first = d.fixes[0]
        #expect(first.title == "Set hgnc_symbol to MAP2K2, the gene of entrez 5605")
        let fixed = applying(first, to: file)
        #expect(fixed == markdown(Fixture.genes(Fixture.gene("MEK2", "MEK2", "hgnc_alias_symbol", "MAP2K2", "'5605'"))))
        #expect(lintFile(fixed, rules: rule).isEmpty)
        #expect(applying(d.fixes[1], to: file)
            == markdown(Fixture.genes(Fixture.gene("MEK2", "MEK2", "hgnc_alias_symbol", "MAP2K1", "'5604'"))))
    }

    @Test func aRenamedSymbolWithAnotherGenesIDIsOneFindingOfOutdatedHGNCSymbol() throws {
        // CTGF is CCN2's previous symbol; 5604 is MAP2K1's ID. One mistake, one finding:
        // the rename that also sets the ID.
        let file = markdown(Fixture.genes(Fixture.gene("CTGF", "CTGF", "hgnc_symbol", "CTGF", "'5604'")))
        let found = lintFile(file, rules: rule + ["outdated-hgnc-symbol"])
        #expect(found.map(\.ruleID) == ["outdated-hgnc-symbol"])
        let fix = try #require(found.first?.fixes.first)
        #expect(fix.title == "Rename to CCN2 and set entrez to 1490")
        #expect(applying(fix, to: file).contains("  hgnc_symbol: CCN2\n  entrez: '1490'\n"))
    }

    @Test func symbolNamingTwoGenesIsLeftToOutdatedHGNCSymbol() {
        // TAZ with WWTR1's ID: TAFAZZIN's previous symbol and WWTR1's alias; nothing to say here.
        let file = markdown(Fixture.genes(Fixture.gene("TAZ", "TAZ", "hgnc_alias_symbol", "TAZ", "'25937'")))
        #expect(lintFile(file, rules: rule).isEmpty)
    }

    @Test func idNoGeneHasGetsAnUnsafeFixWhenTheClaimDoesNotHold() throws {
        let file = markdown(Fixture.genes(Fixture.gene("FOO", "FOO", "hgnc_alias_symbol", "MAP2K1", "'999999999'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "entrez 999999999 is not the Entrez ID of MAP2K1 (5604); no HGNC gene has it")
        #expect(d.fixes.map(\.safety) == [.unsafe])
    }

    @Test func nonDigitEntrezIsReported() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'56O4'")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .error)
        #expect(d.message == "entrez must be a string of digits, not `56O4`")
        #expect(text(of: d, in: file) == "'56O4'")
        #expect(d.fixes.isEmpty)
    }

    @Test func emptyEntrezIsNotDigits() throws {
        let d = try #require(lint(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "''")),
                                  rules: rule).first)
        #expect(d.message == "entrez must be a string of digits, not ``")
    }

    @Test func correctPairsAreFine() {
        let yaml = Fixture.genes(
            Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"),
            Fixture.gene("JNK-", "JNK", "bioentities_symbol", "MAPK10", "'5602'"),
            Fixture.gene("C11orf95", "C11orf95", "hgnc_symbol", "C11orf95", "'65998'"),
            Fixture.gene("AK6", "AK6", "hgnc_symbol", "AK6", "'102157402'"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }

    @Test func unquotedButCorrectEntrezIsNotAMismatch() {
        #expect(lint(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "5604")), rules: rule).isEmpty)
    }

    @Test func columnsCountUTF8UTF16AndCodePointsAfterNonASCIIOnTheLine() throws {
        let entry = "- {word: ακ–😀𝛼, symbol: MEK1, source: hgnc_alias_symbol, hgnc_symbol: MAP2K1, entrez: '5605'}\n"
        let file = markdown(Fixture.header + "genes:\n" + entry)
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(text(of: d, in: file) == "'5605'")
        let location = SourceText(file).location(of: d.range.start)
        #expect(location.line + 1 == 7)
        #expect(location.utf8Column + 1 == 97)
        #expect(location.utf16Column + 1 == 89)
        #expect(location.codePointColumn + 1 == 87)
        let fixed = applying(try #require(d.fixes.first), to: file)
        #expect(fixed.contains("hgnc_symbol: MAP2K1, entrez: '5604'}\n"))
    }

    @Test func lineAfterNonASCIILinesIsCountedInLines() throws {
        let file = markdown(Fixture.header + "figtitle: TNF-α – NF-κB 😀 𝛼\ngenes:\n"
            + Fixture.gene("α–😀", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'"))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(columns(of: d, in: file) == "12:11/11/11")
    }
}

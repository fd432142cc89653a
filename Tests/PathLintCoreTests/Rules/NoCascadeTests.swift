import Testing
@testable import PathLintCore

/// A fault in an entry gives that entry's finding, not a second one about a derived field
/// (`keywords`), and no safe fix copies the faulty value into a derived field.
@Suite struct NoCascadeTests {
    /// A figure whose keywords are right for MAP2K1 and MAPK10; `symbol` replaces MAP2K1.
    private func file(hgncSymbol symbol: String, entrez: String = "'5604'") -> String {
        markdown(Fixture.header + """
            schema-jsonld:
              keywords:
              - MAP2K1
              - MAPK10
            genes:

            """
            + Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", symbol, entrez)
            + Fixture.gene("JNK-", "JNK", "bioentities_symbol", "MAPK10", "'5602'"))
    }

    /// Faults in `hgnc_symbol`: a Cyrillic look-alike (А, Р, К), a symbol HGNC lacks, and
    /// an outdated symbol of the right gene.
    static let faults = ["MАР2К1", "MAP2K9", "PRKMK1"]

    @Test(arguments: faults)
    func aFaultyHGNCSymbolGivesNoKeywordsMismatch(_ symbol: String) throws {
        let text = file(hgncSymbol: symbol)
        let found = lintFile(text)
        #expect(!found.isEmpty, "the fault itself is reported")
        #expect(!found.contains { $0.ruleID == "keywords-mismatch" }, "\(found.map { "\($0.ruleID): \($0.message)" })")
        // No fix at all writes the faulty value into the keywords.
        let keywordsRange = try #require(text.range(of: "  keywords:\n  - MAP2K1\n  - MAPK10\n"))
        let start = text.utf8.distance(from: text.startIndex, to: keywordsRange.lowerBound)
        let end = text.utf8.distance(from: text.startIndex, to: keywordsRange.upperBound)
        for fix in found.flatMap(\.fixes) where fix.isSafe {
            for edit in fix.edits where edit.range.start < end && edit.range.end > start {
                #expect(!edit.newText.contains(symbol), "\(fix.title)")
            }
        }
    }

    @Test func theFixedFileHasNoFindingLeft() throws {
        // Fixing the entry (PRKMK1 is MAP2K1's previous symbol, a safe rename) settles everything.
        let text = file(hgncSymbol: "PRKMK1")
        let outcome = Linter(reference: Fixture.reference).fix(AnnotationDocument(path: "PMC199174__JCI0110934.f9.md", text: text),
                                                                includeUnsafe: false)
        let fixed = String(decoding: outcome.bytes, as: UTF8.self)
        #expect(!outcome.remaining.contains { $0.ruleID == "keywords-mismatch" || $0.ruleID == "outdated-hgnc-symbol" })
        #expect(fixed.contains("hgnc_symbol: MAP2K1\n"))
        #expect(fixed.contains("  - MAP2K1\n  - MAPK10\n"), "the keywords were right all along")
    }

    @Test func aStaleKeywordWithNoFaultyCauseIsStillReported() throws {
        // The keywords name MAP2K2, which no entry has, and the entries have no finding.
        let text = file(hgncSymbol: "MAP2K1").replacingAll("  - MAP2K1\n", with: "  - MAP2K2\n")
        let found = lintFile(text, rules: nil).filter { $0.ruleID == "keywords-mismatch" }
        #expect(found.map(\.message) == ["schema-jsonld.keywords is out of date: missing `MAP2K1`; not derived from any entry: `MAP2K2`"])
        #expect(found.first?.fixes.map(\.safety) == [.safe])
    }

    @Test func theKeywordsFixEditsOnlyTheLinesItChangesAndKeepsQuoting() throws {
        // `'MAPK10'` is quoted by its author; adding MAP2K1 leaves that line alone.
        let text = markdown(Fixture.header + """
            schema-jsonld:
              keywords:
              - 'MAPK10'
              - DAB2
            genes:

            """
            + Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
            + Fixture.gene("JNK-", "JNK", "bioentities_symbol", "MAPK10", "'5602'")
            + Fixture.gene("DAB2", "DAB2", "hgnc_symbol", "DAB2", "'1601'"))
        let d = try #require(lintFile(text, rules: ["keywords-mismatch"]).first)
        let fix = try #require(d.fixes.first)
        #expect(fix.edits.count == 1)
        #expect(fix.edits.first?.newText == "  - MAP2K1\n")
        #expect(fix.edits.first.map { $0.range.start == $0.range.end } == true, "an insertion, no line replaced")
        #expect(applying(fix, to: text).contains("  - MAP2K1\n  - 'MAPK10'\n  - DAB2\n"))
    }
}

import Testing
@testable import PathLintCore

@Suite struct EditorHoverTests {
    typealias F = EditorFixture

    func hover(_ textWithCursor: String) -> (markdown: String, range: ByteRange, text: String)? {
        let (document, offset, text) = F.document(textWithCursor)
        return Hover.hover(document, at: offset, reference: Fixture.reference).map { ($0.markdown, $0.range, text) }
    }

    static let entry = "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K1\n  entrez: '5604'\n"

    @Test func hgncSymbolShowsTheHGNCRecord() throws {
        let found = try #require(hover(F.genes(Self.entry.replacingAll("hgnc_symbol: MAP2K1", with: "hgnc_symbol: MAP‸2K1"))))
        #expect(found.range == F.range(of: "MAP2K1", in: found.text))
        #expect(found.markdown == """
            **MAP2K1** · mitogen-activated protein kinase kinase 1

            - HGNC ID: [HGNC:6840](https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:6840)
            - Entrez ID: [5604](https://www.ncbi.nlm.nih.gov/gene/5604)
            - Locus type: gene with protein product
            - Aliases: MEK1, MAPKK1, MKK1
            - Previous symbols: PRKMK1

            [MAP2K1 at genenames.org](https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:6840)

            *HGNC 2024-07-23*
            """)
    }

    @Test func aliasInSymbolSaysWhoseAliasItIs() throws {
        let found = try #require(hover(F.genes(Self.entry.replacingAll("symbol: MEK1", with: "symbol: ME‸K1"))))
        #expect(found.markdown.hasPrefix("`MEK1` is an alias of MAP2K1\n\n**MAP2K1**"))
        #expect(found.text[found.text.utf8.index(found.text.startIndex, offsetBy: found.range.start)...].hasPrefix("MEK1\n  source"))
    }

    @Test func ambiguousSymbolListsEveryGene() throws {
        let found = try #require(hover(F.genes("- word: PTB\n  symbol: PTB‸\n")))
        #expect(found.markdown.contains("**PTBP2**"))
        #expect(found.markdown.contains("**PTBP1**"))
        #expect(found.markdown.contains("\n\n---\n\n"))
    }

    @Test func entrezShowsItsGene() throws {
        let found = try #require(hover(F.genes(Self.entry.replacingAll("'5604'", with: "'56‸04'"))))
        #expect(found.range == F.range(of: "'5604'", in: found.text))
        #expect(found.markdown.hasPrefix("**MAP2K1** · mitogen-activated protein kinase kinase 1"))
        let unknown = try #require(hover(F.genes("- word: x\n  entrez: '99999999‸'\n")))
        #expect(unknown.markdown == "No approved HGNC gene has Entrez ID 99999999.\n\n*HGNC 2024-07-23*")
    }

    @Test func meshDescriptor() throws {
        let found = try #require(hover(markdown(Fixture.header + "chemicals:\n- word: glucose\n  source: MESH\n  identifier: D0‸05947\n")))
        #expect(found.range == F.range(of: "D005947", in: found.text))
        #expect(found.markdown.hasPrefix("**Glucose** · MeSH D005947\n\n- Kind: descriptor\n- Category: Chemicals and Drugs (D09."))
        #expect(found.markdown.contains("- Entry terms: "))
        #expect(found.markdown.hasSuffix("[D005947 in the MeSH Browser](https://meshb.nlm.nih.gov/record/ui?ui=D005947)\n\n*MeSH 2025-07-30*"))
    }

    @Test func meshSupplementaryConceptWithMappedHeadings() throws {
        let found = try #require(hover(markdown(Fixture.header + "diseases:\n- word: x\n  source: MESH\n  identifier: 'C535338‸'\n")))
        #expect(found.markdown.contains("- Kind: supplementary concept record\n- Category: Diseases\n"))
        #expect(found.markdown.contains("[D002386](https://meshb.nlm.nih.gov/record/ui?ui=D002386) Cataract"))
    }

    @Test func worksWhileTheDocumentDoesNotParse() throws {
        let (document, offset, _) = F.document(F.genes("- word: MEK1\n  symbol: [MEK1\n  hgnc_symbol: MAP2K‸1\n"))
        #expect(document.annotation == nil)
        let found = try #require(Hover.hover(document, at: offset, reference: Fixture.reference))
        #expect(found.markdown.hasPrefix("**MAP2K1**"))
    }

    @Test func keysDescribeTheirField() throws {
        let found = try #require(hover(F.genes("- word: MEK1\n  hgnc_sym‸bol: MAP2K1\n")))
        #expect(found.markdown == "`hgnc_symbol`: HGNC approved symbol.")
        #expect(found.range == F.range(of: "hgnc_symbol", in: found.text))
    }

    @Test func nothingOnOtherValuesOrNonASCIIWords() throws {
        #expect(hover(markdown(Fixture.header + "caption: MAP‸2K1\n")) == nil)
        let greek = try #require(hover(F.genes("- word: TNF–α🙂‸\n")))
        #expect(greek.markdown == "`TNF–α🙂` is not an HGNC symbol, alias or previous symbol.\n\n*HGNC 2024-07-23*")
        #expect(greek.range == F.range(of: "TNF–α🙂", in: greek.text))
    }

    @Test func aFalseMatchFindingShowsOnEveryFieldOfItsEntry() throws {
        // The evidence a curator checks: the word list entry, here on the `hgnc_symbol` hover.
        let entry = "- word: ADP\n  symbol: ADP\n  source: hgnc_alias_symbol\n  hgnc_symbol: WD‸TC1\n  entrez: '23038'\n"
        let (document, offset, _) = F.document(F.genes(entry))
        let findings = Linter(reference: Fixture.reference).lint(document)
        let found = try #require(Hover.hover(document, at: offset, reference: Fixture.reference, findings: findings))
        #expect(found.markdown.hasPrefix("**WDTC1**"))
        #expect(found.markdown.contains("**warning** `not-a-gene-word`: `ADP` is a nucleotide (Adenosine Diphosphate) on pathlint's curated list"))
        // A finding on another entry is not shown.
        let other = "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MA‸P2K1\n  entrez: '5604'\n"
        let (second, secondOffset, _) = F.document(F.genes(other, after: entry.replacingAll("‸", with: "")))
        let secondFindings = Linter(reference: Fixture.reference).lint(second)
        #expect(!secondFindings.isEmpty)
        let plain = try #require(Hover.hover(second, at: secondOffset, reference: Fixture.reference, findings: secondFindings))
        #expect(!plain.markdown.contains("not-a-gene-word"))
    }
}

import Testing
@testable import PathLintCore

@Suite struct EditorCompletionTests {
    typealias F = EditorFixture

    // MARK: Genes

    @Test func aliasInHGNCSymbolInsertsTheApprovedSymbolAndSetsEntrez() throws {
        let (list, text) = F.complete(F.genes("""
            - word: MEK1
              symbol: MEK1
              source: hgnc_alias_symbol
              hgnc_symbol: MEK1‸
              entrez: '5605'

            """))
        let first = try #require(list.items.first)
        #expect(first.label == "MEK1 → MAP2K1")
        #expect(first.kind == .geneAlias)
        #expect(first.detail == "mitogen-activated protein kinase kinase 1 (alias MEK1)")
        #expect(first.filterText == "MEK1")
        #expect(first.edit == TextEdit(range: F.range(of: "MEK1\n  entrez", in: text).prefix(4), newText: "MAP2K1"))
        #expect(first.additionalEdits == [TextEdit(range: F.range(of: "'5605'", in: text), newText: "'5604'")])
        #expect(F.apply(first, to: text).contains("  hgnc_symbol: MAP2K1\n  entrez: '5604'\n"))
        #expect(first.documentation?.contains("HGNC:6840") == true)
    }

    @Test func missingEntrezIsAddedAfterTheEntrysLastLine() throws {
        let (list, text) = F.complete(F.genes("""
            - word: MEK1
              symbol: MEK1
              hgnc_symbol: map2k‸
              source: hgnc_alias_symbol
            - word: JNK
              symbol: JNK

            """))
        let first = try #require(list.items.first)
        #expect(first.label == "MAP2K1")
        #expect(first.edit.range == F.range(of: "map2k", in: text))
        #expect(F.apply(first, to: text).contains("""
              hgnc_symbol: MAP2K1
              source: hgnc_alias_symbol
              entrez: '5604'
            - word: JNK
            """))
    }

    @Test func rankingExactThenPrefixApprovedBeforeAliasShorterFirst() {
        let (list, _) = F.complete(F.genes("- word: x\n  symbol: map2k1‸\n"))
        let labels = list.items.map(\.label)
        #expect(labels.first == "MAP2K1")  // exact
        // Prefix matches: approved symbols (shorter first), then aliases and previous symbols.
        let kinds = list.items.dropFirst().map(\.kind)
        let lastApproved = kinds.lastIndex(of: .gene) ?? -1
        let firstAlias = kinds.firstIndex(of: .geneAlias) ?? Int.max
        #expect(lastApproved < firstAlias)
        let approved = list.items.dropFirst().filter { $0.kind == .gene }.map(\.label)
        #expect(approved == approved.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) })
        #expect(labels.contains("MAP2K1P1"))
        #expect(list.items.map(\.sortText) == list.items.map(\.sortText).sorted())
    }

    @Test func prefixIsCaseAndPunctuationInsensitive() {
        let (list, _) = F.complete(F.genes("- word: x\n  hgnc_symbol: map-2k‸\n"))
        #expect(Array(list.items.prefix(7).map(\.label)) == (1...7).map { "MAP2K\($0)" })
    }

    @Test func aliasInSymbolInsertsTheMatchedText() throws {
        let (list, text) = F.complete(F.genes("- word: x\n  symbol: mek‸\n"))
        let first = try #require(list.items.first)
        #expect(first.label == "MEK1")
        #expect(first.kind == .geneAlias)
        #expect(first.detail == "alias of MAP2K1 — mitogen-activated protein kinase kinase 1")
        #expect(first.edit == TextEdit(range: F.range(of: "mek", in: text), newText: "MEK1"))
        #expect(first.additionalEdits.isEmpty)
    }

    @Test func wordOnTheItemLineCompletes() throws {
        let (list, text) = F.complete(F.genes("- word: MEK‸\n  symbol: MEK1\n"))
        let first = try #require(list.items.first)
        #expect(first.label == "MEK1")
        #expect(first.edit.range == F.range(of: "MEK\n", in: text).prefix(3))
    }

    @Test func limitCutsAndMarksTheListIncomplete() {
        let (cut, _) = F.complete(F.genes("- word: x\n  hgnc_symbol: A‸\n"), limit: 10)
        #expect(cut.items.count == 10)
        #expect(cut.isIncomplete)
        let (whole, _) = F.complete(F.genes("- word: x\n  hgnc_symbol: MAP2K1‸\n"))
        #expect(!whole.isIncomplete)
        #expect(whole.items.map(\.label) == ["MAP2K1", "MAP2K1P1", "MAP2K1IP1 → LAMTOR3"])
    }

    @Test func emptyHGNCSymbolOffersWhatTheSymbolNames() throws {
        let (list, text) = F.complete(F.genes("- word: MEK1\n  symbol: MEK1\n  hgnc_symbol: ‸\n"))
        let first = try #require(list.items.first)
        #expect(first.label == "MEK1 → MAP2K1")
        let cursor = F.range(of: "hgnc_symbol: ", in: text).end
        #expect(first.edit == TextEdit(range: ByteRange(cursor, cursor), newText: "MAP2K1"))
        #expect(F.apply(first, to: text).contains("  hgnc_symbol: MAP2K1\n  entrez: '5604'\n---"))
    }

    @Test func noSpaceAfterTheColonGetsOne() throws {
        let (list, text) = F.complete(F.genes("- word: MEK1\n  symbol: MEK1\n  hgnc_symbol:‸\n"))
        let first = try #require(list.items.first)
        #expect(first.edit.newText == " MAP2K1")
        #expect(F.apply(first, to: text).contains("  hgnc_symbol: MAP2K1\n"))
    }

    @Test func quotedValueKeepsItsQuotes() throws {
        let (list, text) = F.complete(F.genes("- word: x\n  hgnc_symbol: 'map2k‸'\n"))
        let first = try #require(list.items.first)
        #expect(first.edit == TextEdit(range: F.range(of: "'map2k'", in: text), newText: "'MAP2K1'"))
        #expect(first.filterText == "'MAP2K1")
    }

    // MARK: Entrez, source, keys

    @Test func entrezOffersTheGenesID() throws {
        let (list, text) = F.complete(F.genes("- word: MEK1\n  symbol: MEK1\n  hgnc_symbol: MAP2K1\n  entrez: ‸\n"))
        #expect(list.items.count == 1)
        let first = try #require(list.items.first)
        #expect(first.label == "5604")
        #expect(first.kind == .gene)
        let cursor = F.range(of: "entrez: ", in: text).end
        #expect(first.edit == TextEdit(range: ByteRange(cursor, cursor), newText: "'5604'"))
    }

    @Test func entrezOfARenamedSymbolIsTheCurrentGenes() throws {
        let (list, text) = F.complete(F.genes("- word: x\n  hgnc_symbol: PRKMK1\n  entrez: '56‸'\n"))
        let first = try #require(list.items.first)
        #expect(first.edit == TextEdit(range: F.range(of: "'56'", in: text), newText: "'5604'"))
    }

    @Test func geneSourcesWithTheOneThatHoldsFirst() {
        let (list, _) = F.complete(F.genes("- word: MEK1\n  symbol: MEK1\n  source: ‸\n  hgnc_symbol: MAP2K1\n"))
        #expect(list.items.map(\.label) == ["hgnc_alias_symbol", "hgnc_symbol", "hgnc_prev_symbol", "bioentities_symbol"])
        #expect(list.items.allSatisfy { $0.kind == .value })
    }

    @Test func meshSourceIsMESH() {
        let (list, _) = F.complete(markdown(Fixture.header + "chemicals:\n- word: glucose\n  source: M‸\n"))
        #expect(list.items.map(\.label) == ["MESH"])
        #expect(list.items.first?.edit.newText == "MESH")
    }

    @Test func missingKeysOfAGeneEntry() throws {
        let (list, text) = F.complete(F.genes("- word: MEK1\n  hgnc_symbol: MAP2K1\n  s‸\n"))
        #expect(list.items.map(\.label) == ["symbol", "source"])  // entrez has no `s`
        #expect(list.items.allSatisfy { $0.kind == .key })
        let first = try #require(list.items.first)
        #expect(first.edit == TextEdit(range: F.range(of: "  s\n", in: text).prefix(3).dropFirst(2), newText: "symbol: "))
    }

    @Test func keysOfANewEntryAndOfAChemical() {
        let (genes, _) = F.complete(F.genes("- word: MEK1\n  symbol: MEK1\n- ‸\n"))
        #expect(genes.items.map(\.label) == ["word", "symbol", "source", "hgnc_symbol", "entrez"])
        let (chemicals, _) = F.complete(markdown(Fixture.header + "chemicals:\n- word: glucose\n  ‸\n"))
        #expect(chemicals.items.map(\.label) == ["source", "identifier"])
    }

    @Test func keyWithItsColonAlreadyWrittenIsReplacedAlone() throws {
        let (list, text) = F.complete(F.genes("- word: MEK1\n  hgnc‸: MAP2K1\n"))
        let item = try #require(list.items.first { $0.label == "hgnc_symbol" })
        #expect(item.edit == TextEdit(range: F.range(of: "hgnc:", in: text).prefix(4), newText: "hgnc_symbol"))
    }

    // MARK: MeSH

    @Test func meshLabelCompletionInsertsTheID() throws {
        let (list, text) = F.complete(markdown(Fixture.header + "chemicals:\n- word: glucose\n  source: MESH\n  identifier: glucos‸\n"))
        let first = try #require(list.items.first)
        #expect(first.label == "Glucose")
        #expect(first.kind == .chemical)
        #expect(first.detail == "D005947 · descriptor · Chemicals and Drugs")
        #expect(first.edit == TextEdit(range: F.range(of: "glucos\n", in: text).prefix(6), newText: "D005947"))
        #expect(first.filterText == "Glucose")
        #expect(Set(list.items.map(\.edit.newText)).count == list.items.count)  // one item per concept
    }

    @Test func emptyIdentifierSearchesTheWord() throws {
        let (list, _) = F.complete(markdown(Fixture.header + "chemicals:\n- word: glucose\n  source: MESH\n  identifier: ‸\n"))
        #expect(list.items.first?.edit.newText == "D005947")
        #expect(list.isIncomplete)  // found from the word: ask again once something is typed
    }

    @Test func largeListStaysFast() throws {
        let entries = String(repeating: Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"), count: 3000)
        let (document, offset, _) = F.document(F.genes(entries + "- word: x\n  hgnc_symbol: map2k‸\n"))
        let clock = ContinuousClock()
        var list = CompletionList.empty
        let elapsed = clock.measure { list = Completion.complete(document, at: offset, reference: Fixture.reference) }
        #expect(list.items.first?.label == "MAP2K1")
        #expect(elapsed < .seconds(2))
    }

    @Test func diseasesOfferTreeCConceptsFirst() throws {
        let (list, _) = F.complete(markdown(Fixture.header + "diseases:\n- word: x\n  source: MESH\n  identifier: diabetes‸\n"))
        #expect(list.items.contains { $0.edit.newText == "D003920" })  // Diabetes Mellitus
        let mesh = Fixture.reference.mesh
        let inC = list.items.map { item in mesh.effectiveTreeLetters(of: mesh.concept(id: item.edit.newText)!).contains("C") }
        #expect(inC.first == true)
        #expect(inC == inC.sorted { $0 && !$1 })  // every C concept before every other
        #expect(list.items.allSatisfy { $0.kind == .disease })
    }

    @Test func identifierByIDPrefix() throws {
        let (list, _) = F.complete(markdown(Fixture.header + "chemicals:\n- word: x\n  source: MESH\n  identifier: d00594‸\n"))
        #expect(list.items.first?.edit.newText == "D005940" || list.items.contains { $0.edit.newText == "D005947" })
        #expect(list.items.allSatisfy { $0.edit.newText.hasPrefix("D00594") })
    }

    @Test func meshIndexLabelPrefix() {
        let found = Fixture.reference.mesh.concepts(withLabelPrefix: "glucose", limit: 5)
        #expect(found.first?.term == "Glucose")
        #expect(found.first?.isLabel == true)
        #expect(found.first?.concept.id == "D005947")
        #expect(found.count == 5)
        let dextrose = Fixture.reference.mesh.concepts(withLabelPrefix: "dextrose", limit: 10)
        #expect(dextrose.contains { $0.term == "Dextrose" && !$0.isLabel && $0.concept.id == "D005947" })
        #expect(Fixture.reference.mesh.concepts(withLabelPrefix: "", limit: 5).isEmpty)
    }

    // MARK: While typing

    @Test func unparsableDocumentStillCompletes() throws {
        let (document, offset, text) = F.document(F.genes("""
            - word: MEK1
              symbol: [MEK1
              hgnc_symbol: map2k‸
            - word: JNK

            """))
        #expect(document.annotation == nil)
        let list = Completion.complete(document, at: offset, reference: Fixture.reference)
        let first = try #require(list.items.first)
        #expect(first.label == "MAP2K1")
        #expect(F.apply(first, to: text).contains("  hgnc_symbol: MAP2K1\n  entrez: '5604'\n- word: JNK"))
    }

    @Test func halfTypedKeyAndUnterminatedQuote() throws {
        let (keys, _) = F.complete(F.genes("- word: MEK1\n  symbol: MEK1\n  hgnc_sy‸\n"))
        #expect(keys.items.map(\.label) == ["hgnc_symbol"])
        #expect(keys.items.first?.edit.newText == "hgnc_symbol: ")
        let (document, offset, text) = F.document(F.genes("- word: x\n  hgnc_symbol: 'MAP2K‸\n"))
        #expect(document.annotation == nil)
        let list = Completion.complete(document, at: offset, reference: Fixture.reference)
        #expect(list.items.first?.edit == TextEdit(range: F.range(of: "'MAP2K", in: text), newText: "'MAP2K1'"))
    }

    @Test func chemicalSectionFoundByScanningUpward() throws {
        // The YAML is broken above; the section is still `diseases`.
        let (document, offset, _) = F.document(markdown(Fixture.header + "genes: [\ndiseases:\n- word: x\n  source: MESH\n  identifier: Behçet‸\n"))
        #expect(document.annotation == nil)
        let list = Completion.complete(document, at: offset, reference: Fixture.reference)
        #expect(list.items.first?.kind == .disease)
        #expect(list.items.first?.edit.newText == "D001528")
    }

    @Test func nothingOutsideTheFrontMatterOrInOtherFields() {
        #expect(F.complete(markdown(Fixture.header) + "Body MAP2K‸\n").list.items.isEmpty)
        #expect(F.complete(markdown(Fixture.header + "caption: MAP2K‸\n")).list.items.isEmpty)
        #expect(F.complete(F.genes("- word: x\n  # MAP2K‸\n")).list.items.isEmpty)
    }

    // MARK: Non-ASCII text before the cursor

    @Test func greekEnDashAndEmojiBeforeTheCursorGiveExactByteRanges() throws {
        let (list, text) = F.complete(F.genes("- word: x\n  symbol: CaMKIIα–🙂 ‸\n"))
        #expect(list.items.isEmpty)  // `CAMKIIα–🙂` names nothing; nothing breaks
        let (middle, middleText) = F.complete(F.genes("- word: x\n  symbol: CaMK‸IIα–🙂\n"))
        let item = try #require(middle.items.first)
        let whole = F.range(of: "CaMKIIα–🙂", in: middleText)
        #expect(whole.count == 4 + 2 + 2 + 3 + 4)  // CaMK, II, α (2 bytes), – (3), 🙂 (4)
        #expect(item.edit.range == whole)
        _ = text
    }

    @Test func greekInTheTypedText() throws {
        let (list, text) = F.complete(F.genes("- word: x\n  symbol: camkiiα‸\n"))
        let first = try #require(list.items.first)
        #expect(first.label == "CaMKIIα")
        #expect(first.detail?.hasPrefix("alias of CAMK2A") == true)
        #expect(first.edit == TextEdit(range: F.range(of: "camkiiα", in: text), newText: "CaMKIIα"))
        let (hgnc, hgncText) = F.complete(F.genes("- word: x\n  hgnc_symbol: HNF1α‸\n"))
        let approved = try #require(hgnc.items.first)
        #expect(approved.label == "HNF1α → HNF1A")
        #expect(approved.edit == TextEdit(range: F.range(of: "HNF1α", in: hgncText), newText: "HNF1A"))
        #expect(F.apply(approved, to: hgncText).contains("  hgnc_symbol: HNF1A\n  entrez: '6927'\n"))
    }

    @Test func accentedMeSHLabel() throws {
        let (list, text) = F.complete(markdown(Fixture.header + "diseases:\n- word: x\n  identifier: 'Behçet‸'\n"))
        let first = try #require(list.items.first)
        #expect(first.label == "Behçet Disease")
        #expect(first.edit == TextEdit(range: F.range(of: "'Behçet'", in: text), newText: "'D001528'"))
        #expect(first.filterText == "'Behçet Disease")
    }

    @Test func crlfFileGetsACRLFEntrezLine() throws {
        let text = F.genes("- word: MEK1\n  symbol: MEK1\n  hgnc_symbol: MEK1‸\n").replacingAll("\n", with: "\r\n")
        let (list, clean) = F.complete(text)
        let first = try #require(list.items.first)
        #expect(F.apply(first, to: clean).contains("  hgnc_symbol: MAP2K1\r\n  entrez: '5604'\r\n---"))
    }
}

extension ByteRange {
    func prefix(_ n: Int) -> ByteRange { ByteRange(start, min(end, start + n)) }
    func dropFirst(_ n: Int) -> ByteRange { ByteRange(min(end, start + n), end) }
}

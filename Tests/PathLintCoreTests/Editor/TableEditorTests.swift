import Testing
@testable import PathLintCore

@Suite struct TableEditorTests {
    typealias S = SidecarFixture

    func document(_ text: String, _ path: String = "x/_data/PMC1__f1-genes.tsv") -> AnnotationDocument {
        AnnotationDocument(path: path, text: text)
    }

    @Test func hoverOnHeaderIDAndNonHumanCells() throws {
        let text = S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym"),
                           S.gene("7227", "Drosophila melanogaster", "Invertebrates", "EGFR", "EGFR", "Egfr", "37455", "ncbigene_symbol"))
        let doc = document(text)
        let header = try #require(Hover.hover(doc, at: Array(text.utf8).firstRange(of: Array("ncbigene_id".utf8))!.lowerBound + 2, reference: Fixture.reference))
        #expect(header.markdown.hasPrefix("`ncbigene_id`:"))
        let idOffset = Array(text.utf8).firstRange(of: Array("5604".utf8))!.lowerBound
        let id = try #require(Hover.hover(doc, at: idOffset + 1, reference: Fixture.reference))
        #expect(id.markdown.contains("MAP2K1"))
        #expect(SourceText(text).text(id.range) == "5604")
        let flyOffset = Array(text.utf8).firstRange(of: Array("Egfr".utf8))!.lowerBound
        // Another organism: no HGNC record, but the row's candidates and decision (without
        // the figure file nothing speaks against it).
        let fly = try #require(Hover.hover(doc, at: flyOffset + 1, reference: Fixture.reference))
        #expect(fly.markdown == "**Candidates for `EGFR`:** Egfr — its symbol (annotated); or not a gene\n\n"
            + "**Evidence:** none against Egfr\n\n**Decision:** Egfr, as annotated")
    }

    @Test func completionOnlyInTheHumanSymbolColumn() {
        let text = S.genes(S.human("MEK1", "MEK1", "MAP2K", "1", "ncbigene_synonym"),
                           S.gene("7227", "Drosophila melanogaster", "Invertebrates", "EGFR", "EGFR", "Egf", "1", "ncbigene_symbol"))
        let doc = document(text)
        let bytes = Array(text.utf8)
        let human = bytes.firstRange(of: Array("MAP2K".utf8))!.upperBound
        let list = Completion.complete(doc, at: human, reference: Fixture.reference)
        let item = list.items.first { $0.label == "MAP2K1" }
        #expect(item?.additionalEdits.map(\.newText) == ["5604"])
        #expect(item.map { SourceText(text).text($0.edit.range) } == "MAP2K")
        let fly = bytes.firstRange(of: Array("Egf\t".utf8))!.lowerBound + 3
        #expect(Completion.complete(doc, at: fly, reference: Fixture.reference).items.isEmpty)
        // Another column: nothing.
        let word = bytes.firstRange(of: Array("MEK1".utf8))!.lowerBound + 2
        #expect(Completion.complete(doc, at: word, reference: Fixture.reference).items.isEmpty)
    }
}

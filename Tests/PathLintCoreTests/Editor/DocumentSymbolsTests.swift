import Testing
@testable import PathLintCore

@Suite struct EditorDocumentSymbolsTests {
    @Test func sectionsWithOneChildPerEntryAndFields() throws {
        let text = markdown(Fixture.header + "year: '2001'\ngenes:\n"
            + Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
            + Fixture.gene("JNK-", "JNK", "bioentities_symbol", "MAPK10", "'5602'")
            + "chemicals:\n" + Fixture.mesh("glucose", "MESH", "D005947") + "diseases: []\n")
        let document = AnnotationDocument(path: "x.md", text: text)
        let symbols = DocumentSymbols.symbols(document)
        #expect(symbols.map(\.name) == ["figid", "pmcid", "filename", "figlink", "year", "genes", "chemicals", "diseases"])
        #expect(symbols.map(\.kind) == [.field, .field, .field, .field, .field, .section, .section, .section])
        #expect(symbols[0].detail == "PMC199174__JCI0110934.f9")
        #expect(symbols[4].detail == "2001")
        let genes = symbols[5]
        #expect(genes.detail == "2 entries")
        #expect(genes.children.map(\.name) == ["MEK1 → MAP2K1", "JNK- → MAPK10"])
        #expect(genes.children.map(\.detail) == ["hgnc_alias_symbol · 5604", "bioentities_symbol · 5602"])
        #expect(genes.children.allSatisfy { $0.kind == .gene })
        let source = document.source
        #expect(source.text(genes.selectionRange) == "genes")
        #expect(source.text(genes.children[0].selectionRange) == "MEK1")
        #expect(source.text(genes.children[0].range).hasPrefix("word: MEK1\n"))
        #expect(source.text(genes.children[0].range).hasSuffix("entrez: '5604'"))
        #expect(source.text(genes.range).hasPrefix("genes:\n- word: MEK1"))
        #expect(source.text(genes.range).hasSuffix("entrez: '5602'"))
        let chemicals = symbols[6]
        #expect(chemicals.children.map(\.name) == ["glucose → D005947"])
        #expect(chemicals.children.first?.detail == "MESH")
        #expect(chemicals.children.first?.kind == .chemical)
        #expect(symbols[7].children.isEmpty)
        for symbol in symbols {
            #expect(symbol.range.contains(symbol.selectionRange))
            for child in symbol.children {
                #expect(symbol.range.contains(child.range))
                #expect(child.range.contains(child.selectionRange))
            }
        }
    }

    @Test func entriesWithoutWordStillHaveANameAndNonASCIIStays() {
        let text = markdown(Fixture.header + "genes:\n- hgnc_symbol: MAP2K1\n- entrez: '1'\n- word: TNF–α🙂\n")
        let genes = DocumentSymbols.symbols(AnnotationDocument(path: "x.md", text: text)).last!
        #expect(genes.children.map(\.name) == ["MAP2K1", "entry 2", "TNF–α🙂"])
    }

    @Test func unparsableDocumentHasNoSymbols() {
        #expect(DocumentSymbols.symbols(AnnotationDocument(path: "x.md", text: markdown("genes: [\n"))).isEmpty)
    }
}

import Testing
@testable import PathLintCore

@Suite struct TSVTableTests {
    @Test func cellsKnowTheirExactRangeAfterMultibyteCells() {
        // Greek (2 bytes), an en dash (3 bytes) and an astral character (4 bytes, 2 UTF-16 units)
        // in the cells before the one we look at.
        let text = "word\tmesh\tmatch\tname\tchebi\nα–𝔸\tmesh:D000255\tβ\tATP\tchebi:15422\n"
        let table = TSVTable(text)
        let source = SourceText(text)
        #expect(table.header.map(\.text) == ["word", "mesh", "match", "name", "chebi"])
        #expect(table.rows.count == 1)
        let mesh = table.rows[0].cells[1]
        #expect(mesh.text == "mesh:D000255")
        #expect(source.text(mesh.range) == "mesh:D000255")
        let location = source.location(of: mesh.range.start)
        #expect(location.line == 1)
        #expect(location.utf8Column == 2 + 3 + 4 + 1)
        #expect(location.utf16Column == 1 + 1 + 2 + 1)
        #expect(location.codePointColumn == 1 + 1 + 1 + 1)
        #expect(table.problems.isEmpty)
    }

    @Test func naIsMissing() {
        let table = TSVTable("word\tmesh\nATP\tNA\nNAD\t\n")
        #expect(table.rows[0].cells[1].isNA)
        #expect(table.rows[0].cells[1].value == nil)
        #expect(table.rows[1].cells[1].value == nil)
        #expect(!table.rows[1].cells[0].isNA)
        #expect(table.rows[1].cells[0].value == "NAD")
    }

    @Test func emptyFileAndBOMOnly() {
        #expect(TSVTable("").problems == [.empty(ByteRange(0, 0))])
        #expect(TSVTable("").headerLine == nil)
        let bomOnly = TSVTable(source: SourceText(bytes: [0xEF, 0xBB, 0xBF]))
        #expect(bomOnly.problems == [.byteOrderMark(ByteRange(0, 3)), .empty(ByteRange(0, 3))])
        #expect(TSVTable("\n\n").problems == [.empty(ByteRange(0, 2))])
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstColumn() {
        let table = TSVTable(source: SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("word\tmesh\nATP\tmesh:D000255\n".utf8)))
        #expect(table.header.first?.text == "word")
        #expect(table.header.first?.range == ByteRange(3, 7))
        #expect(table.problems == [.byteOrderMark(ByteRange(0, 3))])
    }

    @Test func crlfIsReportedOnceAndCellsExcludeTheCR() {
        let text = "word\tmesh\r\nATP\tmesh:D000255\r\nNAD\tNA\r\n"
        let table = TSVTable(text)
        #expect(table.rows.map { $0.cells[1].text } == ["mesh:D000255", "NA"])
        #expect(table.problems == [.carriageReturns(ByteRange(9, 11), count: 3)])
    }

    @Test func raggedRowsUnderlineTheExtraCellsOrTheShortRow() {
        let text = "a\tb\tc\n1\t2\t3\t4\t5\n1\t2\n"
        let table = TSVTable(text)
        let source = SourceText(text)
        #expect(table.problems.count == 2)
        guard case .ragged(let extra, 0, 3, 5) = table.problems[0],
              case .ragged(let short, 1, 3, 2) = table.problems[1] else {
            Issue.record("unexpected problems \(table.problems)")
            return
        }
        #expect(source.text(extra) == "4\t5")
        #expect(source.text(short) == "1\t2")
    }

    @Test func quotesAreReported() {
        let text = "a\tb\n\"ATP\"\t5\"\n"
        let table = TSVTable(text)
        #expect(table.rows[0].cells[0].text == "ATP")
        #expect(table.rows[0].cells[1].text == "5\"")
        #expect(table.problems == [.quote(ByteRange(4, 9), wrapped: true), .quote(ByteRange(10, 12), wrapped: false)])
    }

    @Test func blankLinesInsideTheTableButNotTheFinalLineBreak() {
        let table = TSVTable("a\tb\n1\t2\n\n3\t4\n")
        #expect(table.rows.count == 2)
        #expect(table.problems == [.blankLine(ByteRange(8, 8))])
        #expect(TSVTable("a\tb\n1\t2").problems.isEmpty)
    }

    @Test func invalidUTF8IsReportedNotFatal() {
        let bytes = Array("a\tb\n".utf8) + [0xFF] + Array("\tx\n".utf8)
        let table = TSVTable(source: SourceText(bytes: bytes))
        #expect(table.rows.count == 1)
        guard case .encoding(let range, _)? = table.problems.first else {
            Issue.record("no encoding problem")
            return
        }
        #expect(range == ByteRange(4, 5))
    }

    @Test func garbageNeverTraps() {
        // Every byte value, tabs, quotes and line breaks in odd places.
        var bytes: [UInt8] = []
        for value in 0...255 { bytes += [UInt8(value), 0x09, 0x22, 0x0D] }
        let table = TSVTable(source: SourceText(bytes: bytes))
        #expect(table.headerLine != nil)
        for row in table.rows { for cell in row.cells { #expect(cell.range.end <= bytes.count) } }
        for kind in SidecarKind.allCases {
            let sidecar = SidecarTable(kind: kind, figid: "x", table: table)
            #expect(sidecar.revision == nil)
        }
    }

    @Test func headerRevisions() {
        let current = SidecarTable(kind: .genes, figid: "f", table: TSVTable(
            "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n"
            + "9606\tHomo sapiens\tPrimates\tAKT\tAKT\tAKT1\t207\tncbigene_synonym\t1\t1\t1\n"))
        #expect(current.revision == .genes)
        #expect(current.geneRows.first?.symbol?.text == "AKT1")
        #expect(current.geneRows.first?.countSynonym?.text == "1")
        #expect(current.geneRows.first?.isHuman == true)
        let older = SidecarTable(kind: .genes, figid: "f", table: TSVTable(
            "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_match\n"
            + "7227\tDrosophila melanogaster\tInsects\tdpp\tDPP\tdpp\t33432\tncbigene_symbol\t1\t1\n"))
        #expect(older.revision == .genesWithoutSynonymCount)
        #expect(older.geneRows.first?.countSynonym == nil)
        #expect(older.geneRows.first?.countMatch?.text == "1")
        let diseases = SidecarTable(kind: .diseases, figid: "f", table: TSVTable("word\tmesh\tmatch\tname\tdoid\nMM\tmesh:D009101\tNA\tNA\tNA\n"))
        #expect(diseases.revision == .diseases)
        #expect(diseases.meshRows.first?.meshID == "D009101")
        #expect(diseases.meshRows.first?.crossReference?.isNA == true)
    }

    @Test func sidecarNames() {
        #expect(SidecarKind.parse(path: "a/_data/PMC1__f1-genes.tsv")! == (SidecarKind.genes, "PMC1__f1"))
        #expect(SidecarKind.parse(path: "PMC1__f-1-diseases.tsv")! == (SidecarKind.diseases, "PMC1__f-1"))
        #expect(SidecarKind.parse(path: "MANIFEST.tsv") == nil)
        #expect(SidecarKind.parse(path: "-genes.tsv") == nil)
    }

    @Test func layoutPaths() {
        #expect(SidecarLayout.figurePath(forSidecar: "x/_data/PMC1__f1-genes.tsv") == "x/_figures/PMC1__f1.md")
        #expect(SidecarLayout.figurePath(forSidecar: "_data/PMC1__f1-chemicals.tsv") == "_figures/PMC1__f1.md")
        #expect(SidecarLayout.figurePath(forSidecar: "/r/_data/PMC1__f1-chemicals.tsv") == "/r/_figures/PMC1__f1.md")
        #expect(SidecarLayout.figurePath(forSidecar: "x/data/PMC1__f1-genes.tsv") == nil)
        #expect(SidecarLayout.sidecarPaths(forFigure: "x/_figures/PMC1__f1.md")?[.diseases] == "x/_data/PMC1__f1-diseases.tsv")
        #expect(SidecarLayout.sidecarPaths(forFigure: "x/PMC1__f1.md") == nil)
        // The folder must be `_figures` itself, not a name ending in it; separators are kept as written.
        #expect(SidecarLayout.sidecarPaths(forFigure: "x/my_figures/PMC1__f1.md") == nil)
        #expect(SidecarLayout.sidecarPaths(forFigure: "_figures/PMC1__f1.md")?[.genes] == "_data/PMC1__f1-genes.tsv")
        #expect(SidecarLayout.sidecarPaths(forFigure: "/_figures/PMC1__f1.md")?[.genes] == "/_data/PMC1__f1-genes.tsv")
        #expect(SidecarLayout.sidecarPaths(forFigure: "a//_figures/Pα__f1.md")?[.genes] == "a//_data/Pα__f1-genes.tsv")
        #expect(SidecarLayout.sidecarPaths(forFigure: "PMC1__f1.md") == nil)
        #expect(SidecarLayout.siblingPaths(ofSidecar: "x/_data/P__f-genes.tsv")
            == [.chemicals: "x/_data/P__f-chemicals.tsv", .diseases: "x/_data/P__f-diseases.tsv"])
    }
}

@Suite struct SidecarLayoutTests {
    @Test func companionsAreReadThroughTheClosure() throws {
        let files: [String: String] = [
            "r/_figures/P__f.md": "---\nfigid: P__f\norganisms_ner:\n- Homo sapiens\n---\n",
            "r/_data/P__f-chemicals.tsv": "word\tmesh\tmatch\tname\tchebi\nATP\tmesh:D000255\tNA\tNA\tNA\n",
        ]
        var asked: [String] = []
        func read(_ path: String) -> [UInt8]? {
            asked.append(path)
            return files[path].map { Array($0.utf8) }
        }
        var table = AnnotationDocument(path: "r/_data/P__f-genes.tsv", text: "organism_id\n")
        SidecarLayout.attachCompanions(to: &table, read: read)
        let figure = try #require(table.figure)
        #expect(figure.exists)
        #expect(figure.annotation?.figid?.value == "P__f")
        #expect(figure.siblings.keys.sorted { $0.rawValue < $1.rawValue } == [.chemicals])
        #expect(figure.siblings[.chemicals]?.meshRows.first?.meshID == "D000255")
        #expect(Set(asked) == ["r/_figures/P__f.md", "r/_data/P__f-chemicals.tsv", "r/_data/P__f-diseases.tsv"])

        var figureDocument = AnnotationDocument(path: "r/_figures/P__f.md", text: files["r/_figures/P__f.md"]!)
        SidecarLayout.attachCompanions(to: &figureDocument, read: read)
        #expect(figureDocument.sidecars?.keys.map(\.rawValue) == ["chemicals"])

        // Outside the layout nothing is read or attached.
        asked = []
        var loose = AnnotationDocument(path: "P__f-genes.tsv", text: "organism_id\n")
        SidecarLayout.attachCompanions(to: &loose, read: read)
        #expect(loose.figure == nil && asked.isEmpty)
    }
}

import Foundation
import Testing

/// `pathlint-lsp` on sidecar tables: diagnostics on the exact cell, hover, completion.
@Suite struct SidecarLSPTests {
    static let genesHeader = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n"
    /// Greek, an en dash and an astral character in the word, before the wrong ID (MAP2K1 is 5604).
    static let wrongRow = "9606\tHomo sapiens\tPrimates\tMEK1 – αβ😀\tMEK1\tMAP2K1\t5605\tncbigene_synonym\t0\t1\t1"

    /// A `_figures/` + `_data/` layout on disk, so the server finds the figure of a table.
    final class Layout {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("pathlint-lsp-sidecar-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("_figures"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("_data"), withIntermediateDirectories: true)
            let figure = "---\nfigid: PMC1__f1\norganisms:\n- Arachis hypogaea\norganisms_ner:\n- Homo sapiens\nautoml_pathway: 0.9\n---\n"
            try Data(figure.utf8).write(to: root.appendingPathComponent("_figures/PMC1__f1.md"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }
        func uri(_ relative: String) -> String { "file://" + root.appendingPathComponent(relative).path }
    }

    func open(_ client: LSPClient, _ uri: String, _ text: String, languageID: String) {
        client.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": languageID, "version": 1, "text": text]])
    }

    func start(_ range: [String: Any]?) -> (Int, Int)? {
        guard let start = range?["start"] as? [String: Int] else { return nil }
        return (start["line"]!, start["character"]!)
    }

    @Test func diagnosticsLandOnTheExactCellInUTF16() throws {
        let layout = try Layout()
        let uri = layout.uri("_data/PMC1__f1-genes.tsv")
        let client = try LSPClient()
        try client.initialize()
        open(client, uri, Self.genesHeader + Self.wrongRow + "\n", languageID: "tsv")
        let diagnostics = try client.publishedDiagnostics(for: uri)
        let mismatch = try #require(diagnostics.first { $0["code"] as? String == "entrez-mismatch" })
        let prefix = "9606\tHomo sapiens\tPrimates\tMEK1 – αβ😀\tMEK1\tMAP2K1\t"
        #expect(start(mismatch["range"] as? [String: Any]).map { [$0.0, $0.1] } == [1, prefix.utf16.count])
        // The figure on disk was found: its curated organisms do not name the human rows.
        #expect(diagnostics.contains { $0["code"] as? String == "organism-mismatch" })
        #expect(!diagnostics.contains { $0["code"] as? String == "missing-figure" })
    }

    @Test func aTableWrittenOnDiskIsSeenByTheOpenFigure() throws {
        // The figure's tables are read from disk; when one appears (a save, or a change the
        // client reports for the files the server asked to watch), the figure is linted again.
        let layout = try Layout()
        let client = try LSPClient()
        try client.initialize(capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]])
        let registration = try client.wait(for: "the watcher registration") { $0["method"] as? String == "client/registerCapability" }
        let watchers = (((registration["params"] as? [String: Any])?["registrations"] as? [[String: Any]])?.first?["registerOptions"]
            as? [String: Any])?["watchers"] as? [[String: Any]]
        let globs = Set(watchers?.compactMap { $0["globPattern"] as? String } ?? [])
        #expect(globs.isSuperset(of: ["**/.pathlint.yaml", "**/_data/*.tsv", "**/_figures/*.md"]), "\(registration)")

        let figureURI = layout.uri("_figures/PMC1__f1.md")
        let figure = try String(contentsOf: layout.root.appendingPathComponent("_figures/PMC1__f1.md"), encoding: .utf8)
        open(client, figureURI, figure, languageID: "markdown")
        #expect(try client.publishedDiagnostics(for: figureURI).contains { $0["code"] as? String == "missing-sidecar" })
        let table = layout.root.appendingPathComponent("_data/PMC1__f1-genes.tsv")
        try Data((Self.genesHeader + Self.wrongRow + "\n").utf8).write(to: table)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": "file://" + table.path, "type": 1]]])
        #expect(!(try client.publishedDiagnostics(for: figureURI).contains { $0["code"] as? String == "missing-sidecar" }))
        // And gone again: a save of any document makes the open ones read their files again.
        try FileManager.default.removeItem(at: table)
        client.notify("textDocument/didSave", ["textDocument": ["uri": figureURI]])
        #expect(try client.publishedDiagnostics(for: figureURI).contains { $0["code"] as? String == "missing-sidecar" })
    }

    @Test func plainTextLanguageIDIsLintedByItsSuffixToo() throws {
        let client = try LSPClient()
        try client.initialize()
        let uri = "file:///tmp/nowhere/PMC1__f1-chemicals.tsv"
        open(client, uri, "word\tmesh\tmatch\tname\tchebi\nCOVID\tmesh:C000657245\tNA\tNA\tNA\n", languageID: "plaintext")
        let diagnostics = try client.publishedDiagnostics(for: uri)
        let d = try #require(diagnostics.first { $0["code"] as? String == "unknown-mesh-id" })
        #expect(start(d["range"] as? [String: Any]).map { [$0.0, $0.1] } == [1, 6])
    }

    @Test func hoverOnGeneAndMeSHCells() throws {
        let client = try LSPClient()
        try client.initialize()
        let genes = "file:///tmp/nowhere/PMC1__f1-genes.tsv"
        open(client, genes, Self.genesHeader + Self.wrongRow + "\n", languageID: "tsv")
        let symbolColumn = "9606\tHomo sapiens\tPrimates\tMEK1 – αβ😀\tMEK1\t".utf16.count + 2
        let hover = try client.response(to: client.request("textDocument/hover", [
            "textDocument": ["uri": genes], "position": ["line": 1, "character": symbolColumn],
        ]))
        let value = ((hover["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        #expect(value?.contains("HGNC:6840") == true)
        let chemicals = "file:///tmp/nowhere/PMC1__f1-chemicals.tsv"
        open(client, chemicals, "word\tmesh\tmatch\tname\tchebi\nATP\tmesh:D000255\tNA\tNA\tNA\n", languageID: "tsv")
        let meshHover = try client.response(to: client.request("textDocument/hover", [
            "textDocument": ["uri": chemicals], "position": ["line": 1, "character": 8],
        ]))
        let meshValue = ((meshHover["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        #expect(meshValue?.contains("Adenosine Triphosphate") == true)
    }

    @Test func completionInTheSymbolColumnFillsTheIDCell() throws {
        let client = try LSPClient()
        try client.initialize()
        let uri = "file:///tmp/nowhere/PMC1__f1-genes.tsv"
        let row = "9606\tHomo sapiens\tPrimates\tMEK1\tMEK1\tMAP2K\t1\tncbigene_synonym\t0\t1\t1"
        open(client, uri, Self.genesHeader + row + "\n", languageID: "tsv")
        let cursor = "9606\tHomo sapiens\tPrimates\tMEK1\tMEK1\tMAP2K".utf16.count
        let response = try client.response(to: client.request("textDocument/completion", [
            "textDocument": ["uri": uri], "position": ["line": 1, "character": cursor],
        ]))
        let items = try #require((response["result"] as? [String: Any])?["items"] as? [[String: Any]])
        let map2k1 = try #require(items.first { $0["label"] as? String == "MAP2K1" })
        let edits = try #require(map2k1["additionalTextEdits"] as? [[String: Any]])
        #expect(edits.count == 1)
        #expect(edits.first?["newText"] as? String == "5604")
        let idColumn = "9606\tHomo sapiens\tPrimates\tMEK1\tMEK1\tMAP2K\t".utf16.count
        #expect(start(edits.first?["range"] as? [String: Any]).map { [$0.0, $0.1] } == [1, idColumn])
        let textEdit = map2k1["textEdit"] as? [String: Any]
        #expect(textEdit?["newText"] as? String == "MAP2K1")
    }

    @Test func garbageTablesNeverBringTheServerDown() throws {
        let client = try LSPClient()
        try client.initialize()
        let texts = ["", "\u{FEFF}", "a\tb\r\n\"x\t\t\t\n\n\n", String(repeating: "\t", count: 5000),
                     Self.genesHeader + "9606\t\t\t\t\t\t\t\t\t\t\t\t\t\n😀\tα–\n"]
        for (index, text) in texts.enumerated() {
            let uri = "file:///tmp/nowhere/PMC\(index)__f-genes.tsv"
            open(client, uri, text, languageID: "tsv")
            _ = try client.publishedDiagnostics(for: uri)
            for line in 0..<3 {
                for character in [0, 1, 5, 40] {
                    let position: [String: Any] = ["line": line, "character": character]
                    _ = try client.response(to: client.request("textDocument/hover", ["textDocument": ["uri": uri], "position": position]))
                    _ = try client.response(to: client.request("textDocument/completion", ["textDocument": ["uri": uri], "position": position]))
                }
            }
            _ = try client.response(to: client.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]]))
        }
        let shutdown = try client.response(to: client.request("shutdown"))
        #expect(shutdown["result"] is NSNull)
    }
}

import Foundation
import Testing

/// End to end over pipes: pull diagnostics with result ids and refreshes, workspace
/// diagnostics, quick fixes that finish the job, suppress actions, rule links, the figid
/// link and inlay hints; each with a client that pulls diagnostics and one that does not.
@Suite struct EditorFeatureLSPTests {
    /// MUT, HGNC's previous symbol of MMUT (Entrez 4594), claimed as an approved symbol and
    /// listed in the keywords; MAP2K1 with MAP2K2's Entrez ID.
    static let figure = """
    ---
    figid: PMC0000003__fig1
    pmcid: PMC0000003
    filename: fig1.jpg
    figlink: /pmc/articles/PMC0000003/figure/F1/
    caption: a caption
    year: '2001'
    organisms: [Homo sapiens]
    genes:
    - word: MUT
      symbol: MUT
      source: hgnc_symbol
      hgnc_symbol: MUT
      entrez: '4594'
    - word: MEK1
      symbol: MEK1
      source: hgnc_alias_symbol
      hgnc_symbol: MAP2K1
      entrez: '5605'
    chemicals:
    - word: glucose
      source: mesh_label
      identifier: D005947
    diseases: []
    schema-jsonld:
      keywords:
      - MUT
      - MAP2K1
      - glucose
    ---

    """

    static var pull: [String: Any] { ["textDocument": ["diagnostic": ["dynamicRegistration": false]],
                                      "workspace": ["diagnostics": ["refreshSupport": true]]] }

    /// A folder with `_figures/PMC0000003__fig1.md` (the figure above) and another figure
    /// that no editor opens.
    final class Project {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("pathlint-lsp-editor-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("_figures"), withIntermediateDirectories: true)
            try write("_figures/PMC0000003__fig1.md", EditorFeatureLSPTests.figure)
            try write("_figures/PMC0000004__fig2.md", EditorFeatureLSPTests.figure.replacingOccurrences(of: "PMC0000003__fig1", with: "PMC0000004__fig2")
                .replacingOccurrences(of: "PMC0000003", with: "PMC0000004"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }
        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func uri(_ path: String) -> String { "file://" + root.appendingPathComponent(path).path }
        var figureURI: String { uri("_figures/PMC0000003__fig1.md") }
        var rootURI: String { "file://" + root.path }
    }

    func start(_ project: Project, capabilities: [String: Any] = [:], options: Any? = nil) throws -> LSPClient {
        let client = try LSPClient()
        var params: [String: Any] = ["processId": NSNull(), "rootUri": project.rootURI, "capabilities": capabilities,
                                     "workspaceFolders": [["uri": project.rootURI, "name": "figures"]]]
        if let options { params["initializationOptions"] = options }
        _ = try client.response(to: client.request("initialize", params))
        client.notify("initialized", [String: Any]())
        return client
    }

    func pullDiagnostics(_ client: LSPClient, _ uri: String, previous: String? = nil) throws -> [String: Any] {
        var params: [String: Any] = ["textDocument": ["uri": uri]]
        if let previous { params["previousResultId"] = previous }
        return try #require(try client.response(to: client.request("textDocument/diagnostic", params))["result"] as? [String: Any])
    }

    func codes(_ items: Any?) -> [String] { ((items as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String } }

    func lineRange(_ line: Int) -> [String: Any] {
        ["start": ["line": line, "character": 0], "end": ["line": line, "character": 100]]
    }

    func codeActions(_ client: LSPClient, _ uri: String, line: Int) throws -> [[String: Any]] {
        let response = try client.response(to: client.request("textDocument/codeAction", [
            "textDocument": ["uri": uri], "range": lineRange(line), "context": ["diagnostics": []],
        ]))
        return try #require(response["result"] as? [[String: Any]])
    }

    func edits(_ action: [String: Any], _ uri: String) -> [[String: Any]] {
        (((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]]) ?? []
    }

    // MARK: - Pull diagnostics

    @Test func pulledDiagnosticsCarryResultIDsAndAreUnchangedUntilTheTextChanges() throws {
        let project = try Project()
        let client = try start(project, capabilities: Self.pull)
        client.open(project.figureURI, Self.figure)
        let first = try pullDiagnostics(client, project.figureURI)
        #expect(first["kind"] as? String == "full")
        #expect(codes(first["items"]).contains("entrez-mismatch"))
        let resultID = try #require(first["resultId"] as? String)
        let second = try pullDiagnostics(client, project.figureURI, previous: resultID)
        #expect(second["kind"] as? String == "unchanged")
        #expect(second["resultId"] as? String == resultID)
        client.notify("textDocument/didChange", ["textDocument": ["uri": project.figureURI, "version": 2],
                                                 "contentChanges": [["text": Self.figure.replacingOccurrences(of: "'5605'", with: "'5604'")]]])
        let third = try pullDiagnostics(client, project.figureURI, previous: resultID)
        #expect(third["kind"] as? String == "full")
        #expect(third["resultId"] as? String != resultID)
        #expect(!codes(third["items"]).contains("entrez-mismatch"))
    }

    @Test func aPullClientIsAskedToPullAgainWhenConfigurationOrSettingsChange() throws {
        let project = try Project()
        let client = try start(project, capabilities: Self.pull)
        client.open(project.figureURI, Self.figure)
        let first = try pullDiagnostics(client, project.figureURI)
        #expect(codes(first["items"]).contains("entrez-mismatch"))
        // A `.pathlint.yaml` appears on disk: the server asks for a new pull, which reflects it.
        try project.write(".pathlint.yaml", "ignore: [entrez-mismatch]\n")
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": project.uri(".pathlint.yaml"), "type": 1]]])
        let refresh = try client.wait(for: "workspace/diagnostic/refresh") { $0["method"] as? String == "workspace/diagnostic/refresh" }
        #expect(refresh["id"] != nil)
        let second = try pullDiagnostics(client, project.figureURI, previous: first["resultId"] as? String)
        #expect(second["kind"] as? String == "full")
        #expect(!codes(second["items"]).contains("entrez-mismatch"))
        // The settings change: another refresh.
        client.notify("workspace/didChangeConfiguration", ["settings": ["pathlint": ["ignore": ["keywords-mismatch"]]]])
        _ = try client.wait(for: "a second refresh") { $0["method"] as? String == "workspace/diagnostic/refresh" }
        #expect(!codes(try pullDiagnostics(client, project.figureURI)["items"]).contains("keywords-mismatch"))
    }

    @Test func aClientThatDoesNotPullGetsPublishesAndNoRefresh() throws {
        let project = try Project()
        let client = try start(project)
        client.open(project.figureURI, Self.figure)
        #expect(codes(try client.publishedDiagnostics(for: project.figureURI)).contains("entrez-mismatch"))
        try project.write(".pathlint.yaml", "ignore: [entrez-mismatch]\n")
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": project.uri(".pathlint.yaml"), "type": 1]]])
        #expect(!codes(try client.publishedDiagnostics(for: project.figureURI)).contains("entrez-mismatch"))
        #expect(!client.pending().contains { $0["method"] as? String == "workspace/diagnostic/refresh" })
    }

    // MARK: - Workspace diagnostics

    @Test func workspaceDiagnosticsCoverClosedFilesAndReportThemUnchangedNextTime() throws {
        let project = try Project()
        let client = try start(project, capabilities: Self.pull)
        client.open(project.figureURI, Self.figure)
        let response = try client.response(to: client.request("workspace/diagnostic", ["previousResultIds": []]))
        let items = try #require((response["result"] as? [String: Any])?["items"] as? [[String: Any]])
        let closedURI = project.uri("_figures/PMC0000004__fig2.md")
        let open = try #require(items.first { $0["uri"] as? String == project.figureURI })
        let closed = try #require(items.first { $0["uri"] as? String == closedURI })
        #expect(open["version"] as? Int == 1)
        #expect(closed["version"] is NSNull)
        #expect(codes(closed["items"]).contains("entrez-mismatch"))
        #expect(items.count == 2)
        let previous = items.map { ["uri": $0["uri"]!, "value": $0["resultId"]!] }
        let again = try client.response(to: client.request("workspace/diagnostic", ["previousResultIds": previous]))
        let second = try #require((again["result"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(second.allSatisfy { $0["kind"] as? String == "unchanged" })
        // The closed file changes on disk: reported in full again.
        try project.write("_figures/PMC0000004__fig2.md", Self.figure.replacingOccurrences(of: "'5605'", with: "'5604'"))
        let third = try client.response(to: client.request("workspace/diagnostic", ["previousResultIds": previous]))
        let changed = try #require(((third["result"] as? [String: Any])?["items"] as? [[String: Any]])?.first { $0["uri"] as? String == closedURI })
        #expect(changed["kind"] as? String == "full")
        #expect(!codes(changed["items"]).contains("entrez-mismatch"))
    }

    @Test func workspaceDiagnosticsAreBoundedByASetting() throws {
        let project = try Project()
        for index in 0..<5 { try project.write("more/PMC000001\(index)__f.md", Self.figure) }
        let client = try start(project, capabilities: Self.pull, options: ["workspaceDiagnosticsLimit": 3])
        let response = try client.response(to: client.request("workspace/diagnostic", ["previousResultIds": []]))
        let items = try #require((response["result"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 3)
        _ = try client.notification("window/logMessage") { (($0["params"] as? [String: Any])?["message"] as? String)?.contains("workspaceDiagnosticsLimit") == true }
    }

    @Test func aLongWorkspaceDiagnosticsRequestCanBeCancelledWhileItRuns() throws {
        let project = try Project()
        // Enough files that linting them takes far longer than the cancellation takes to arrive.
        for index in 0..<1500 { try project.write("many/PMC\(100000 + index)__f.md", Self.figure) }
        let client = try start(project, capabilities: Self.pull, options: ["workspaceDiagnosticsLimit": 5000])
        let id = client.request("workspace/diagnostic", ["previousResultIds": []])
        Thread.sleep(forTimeInterval: 0.1)
        client.notify("$/cancelRequest", ["id": id])
        let response = try client.response(to: id, timeout: 120)
        #expect((response["error"] as? [String: Any])?["code"] as? Int == -32800)
        // The server goes on serving.
        let links = try client.response(to: client.request("textDocument/documentLink", ["textDocument": ["uri": project.figureURI]]))
        #expect(links["result"] != nil)
    }

    // MARK: - Code actions

    @Test func renamingAnOutdatedSymbolAlsoFixesTheKeywordsAndTheSourceClaim() throws {
        let project = try Project()
        let client = try start(project)
        client.open(project.figureURI, Self.figure)
        let before = codes(try client.publishedDiagnostics(for: project.figureURI))
        #expect(before.contains("outdated-hgnc-symbol"))
        #expect(!before.contains("keywords-mismatch"))
        let lines = Self.figure.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex(of: "  hgnc_symbol: MUT"))
        let actions = try codeActions(client, project.figureURI, line: line)
        let rename = try #require(actions.first { $0["title"] as? String == "Rename to MMUT" })
        let fixed = try LSPEdits.apply(edits(rename, project.figureURI), to: Self.figure)
        #expect(fixed.contains("hgnc_symbol: MMUT"))
        #expect(fixed.contains("  - MMUT\n"))
        client.notify("textDocument/didChange", ["textDocument": ["uri": project.figureURI, "version": 2],
                                                 "contentChanges": [["text": fixed]]])
        let after = codes(try client.publishedDiagnostics(for: project.figureURI, version: 2))
        #expect(!after.contains("outdated-hgnc-symbol"))
        #expect(!after.contains("keywords-mismatch"))
        #expect(!after.contains("symbol-source-mismatch"))
        #expect(after.contains("entrez-mismatch"))  // not caused by the rename: left alone
    }

    @Test func aClientThatResolvesEditsGetsThemWhenItPicksAnAction() throws {
        let project = try Project()
        let resolves: [String: Any] = ["textDocument": ["codeAction": ["resolveSupport": ["properties": ["edit"]]]]]
        let client = try start(project, capabilities: resolves)
        client.open(project.figureURI, Self.figure)
        _ = try client.publishedDiagnostics(for: project.figureURI)
        let lines = Self.figure.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex(of: "  hgnc_symbol: MUT"))
        let actions = try codeActions(client, project.figureURI, line: line)
        let rename = try #require(actions.first { $0["title"] as? String == "Rename to MMUT" })
        #expect(rename["edit"] == nil)
        #expect(rename["data"] != nil)
        #expect(actions.contains { $0["title"] as? String == "Suppress `outdated-hgnc-symbol` on this line" })
        let resolved = try #require(try client.response(to: client.request("codeAction/resolve", rename))["result"] as? [String: Any])
        let fixed = try LSPEdits.apply(edits(resolved, project.figureURI), to: Self.figure)
        #expect(fixed.contains("hgnc_symbol: MMUT"))
        #expect(fixed.contains("  - MMUT\n"))
        let suppress = try #require(actions.first { $0["title"] as? String == "Suppress `outdated-hgnc-symbol` on this line" })
        let suppressed = try #require(try client.response(to: client.request("codeAction/resolve", suppress))["result"] as? [String: Any])
        #expect(try LSPEdits.apply(edits(suppressed, project.figureURI), to: Self.figure)
                    .contains("  hgnc_symbol: MUT  # pathlint: disable=outdated-hgnc-symbol\n"))
        // After an edit the action is stale: resolved without an edit.
        client.notify("textDocument/didChange", ["textDocument": ["uri": project.figureURI, "version": 2],
                                                 "contentChanges": [["text": fixed]]])
        let stale = try #require(try client.response(to: client.request("codeAction/resolve", rename))["result"] as? [String: Any])
        #expect(stale["edit"] == nil)
    }

    @Test func suppressActionsWriteCommentsThatSilenceTheFinding() throws {
        let project = try Project()
        let client = try start(project, capabilities: Self.pull)
        client.open(project.figureURI, Self.figure)
        let lines = Self.figure.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex(of: "  entrez: '5605'"))
        let actions = try codeActions(client, project.figureURI, line: line)
        let onLine = try #require(actions.first { $0["title"] as? String == "Suppress `entrez-mismatch` on this line" })
        let inFile = try #require(actions.first { $0["title"] as? String == "Suppress `entrez-mismatch` in this file" })
        let lineFixed = try LSPEdits.apply(edits(onLine, project.figureURI), to: Self.figure)
        #expect(lineFixed.contains("  entrez: '5605'  # pathlint: disable=entrez-mismatch\n"))
        let fileFixed = try LSPEdits.apply(edits(inFile, project.figureURI), to: Self.figure)
        #expect(fileFixed.hasPrefix("---\n# pathlint: disable-file=entrez-mismatch\nfigid:"))
        for (version, text) in [(2, lineFixed), (3, fileFixed)] {
            client.notify("textDocument/didChange", ["textDocument": ["uri": project.figureURI, "version": version],
                                                     "contentChanges": [["text": text]]])
            let items = codes(try pullDiagnostics(client, project.figureURI)["items"])
            #expect(!items.contains("entrez-mismatch"))
            #expect(!items.contains("unused-suppression"))
            #expect(items.contains("outdated-hgnc-symbol"))
        }
    }

    @Test func aTableFindingIsIgnoredThroughPerFileIgnores() throws {
        let project = try Project()
        try project.write(".pathlint.yaml", "select: [sidecar-entrez-mismatch]\n")
        let table = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n9606\tHomo sapiens\tPrimates\tMEK1\tMEK1\tMAP2K1\t5605\tncbigene_synonym\tNA\t1\t1\n"
        try project.write("_data/PMC0000003__fig1-genes.tsv", table)
        let uri = project.uri("_data/PMC0000003__fig1-genes.tsv")
        let client = try start(project)
        client.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "tsv", "version": 1, "text": table]])
        #expect(codes(try client.publishedDiagnostics(for: uri)).contains("entrez-mismatch"))  // selected by its old id
        let actions = try codeActions(client, uri, line: 1)
        let ignore = try #require(actions.first { $0["title"] as? String == "Ignore `entrez-mismatch` for this file in .pathlint.yaml" })
        #expect(!actions.contains { ($0["title"] as? String)?.hasPrefix("Suppress") == true })
        let configEdits = edits(ignore, project.uri(".pathlint.yaml"))
        let config = try LSPEdits.apply(configEdits, to: "select: [sidecar-entrez-mismatch]\n")
        #expect(config == "select: [sidecar-entrez-mismatch]\nper-file-ignores:\n  \"_data/PMC0000003__fig1-genes.tsv\": [entrez-mismatch]\n")
        try project.write(".pathlint.yaml", config)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": project.uri(".pathlint.yaml"), "type": 2]]])
        #expect(!codes(try client.publishedDiagnostics(for: uri)).contains("entrez-mismatch"))
    }

    // MARK: - Links and hints

    @Test func diagnosticsLinkToTheirRulesPageWhenTheClientReadsTheLink() throws {
        let project = try Project()
        let reads: [String: Any] = ["textDocument": ["publishDiagnostics": ["codeDescriptionSupport": true]]]
        let client = try start(project, capabilities: reads, options: ["ruleDocumentationURL": "https://example.org/rules"])
        client.open(project.figureURI, Self.figure)
        let published = try client.publishedDiagnostics(for: project.figureURI)
        let mismatch = try #require(published.first { $0["code"] as? String == "entrez-mismatch" })
        #expect((mismatch["codeDescription"] as? [String: Any])?["href"] as? String == "https://example.org/rules/entrez-mismatch.md")
        // By default, the pages of this source tree.
        let local = try start(project, capabilities: reads)
        local.open(project.figureURI, Self.figure)
        let href = try #require(((try local.publishedDiagnostics(for: project.figureURI)).first?["codeDescription"] as? [String: Any])?["href"] as? String)
        #expect(href.hasPrefix("file://"))
        #expect(FileManager.default.fileExists(atPath: String(href.dropFirst("file://".count))))
        // A client that does not read it does not get it.
        let plain = try start(project)
        plain.open(project.figureURI, Self.figure)
        #expect((try plain.publishedDiagnostics(for: project.figureURI)).allSatisfy { $0["codeDescription"] == nil })
    }

    @Test func figidLinksToItsPFOCRPage() throws {
        let project = try Project()
        let client = try start(project)
        client.open(project.figureURI, Self.figure)
        let links = try client.response(to: client.request("textDocument/documentLink", ["textDocument": ["uri": project.figureURI]]))
        let targets = ((links["result"] as? [[String: Any]]) ?? []).compactMap { $0["target"] as? String }
        #expect(targets.contains("https://pfocr.wikipathways.org/figures/PMC0000003__fig1.html"))
    }

    @Test func inlayHintsShowGeneNamesAndMeSHLabelsUnlessTurnedOff() throws {
        let project = try Project()
        for capabilities in [Self.pull, [:]] {
            let client = try start(project, capabilities: capabilities)
            client.open(project.figureURI, Self.figure)
            let whole: [String: Any] = ["start": ["line": 0, "character": 0], "end": ["line": 60, "character": 0]]
            let response = try client.response(to: client.request("textDocument/inlayHint", ["textDocument": ["uri": project.figureURI], "range": whole]))
            let hints = try #require(response["result"] as? [[String: Any]])
            let labels = hints.compactMap { $0["label"] as? String }
            #expect(labels == ["mitogen-activated protein kinase kinase 1", "Glucose"])
            let lines = Self.figure.components(separatedBy: "\n")
            let position = try #require(hints.first?["position"] as? [String: Int])
            #expect(position["line"] == lines.firstIndex(of: "  hgnc_symbol: MAP2K1"))
            #expect(position["character"] == "  hgnc_symbol: MAP2K1".count)
            client.notify("workspace/didChangeConfiguration", ["settings": ["pathlint": ["inlayHints": false]]])
            let off = try client.response(to: client.request("textDocument/inlayHint", ["textDocument": ["uri": project.figureURI], "range": whole]))
            #expect((off["result"] as? [Any])?.isEmpty == true)
        }
    }
}

/// LSP text edits applied to a string (UTF-16 positions, LSP's default).
enum LSPEdits {
    struct Failure: Error {}

    static func apply(_ edits: [[String: Any]], to text: String) throws -> String {
        var units = Array(text.utf16)
        var lineStarts = [0]
        for (index, unit) in units.enumerated() where unit == 0x0A { lineStarts.append(index + 1) }
        func offset(_ position: Any?) throws -> Int {
            guard let position = position as? [String: Int], let line = position["line"], let character = position["character"],
                  line < lineStarts.count else { throw Failure() }
            return lineStarts[line] + character
        }
        let resolved = try edits.map { edit -> (Int, Int, String) in
            let range = edit["range"] as? [String: Any]
            return (try offset(range?["start"]), try offset(range?["end"]), edit["newText"] as? String ?? "")
        }
        for (start, end, newText) in resolved.sorted(by: { $0.0 > $1.0 }) {
            units.replaceSubrange(start..<end, with: Array(newText.utf16))
        }
        return String(decoding: units, as: UTF16.self)
    }
}

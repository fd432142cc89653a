import Foundation
import Testing

/// End to end: the real `pathlint-lsp`, framed JSON-RPC over pipes.
@Suite struct LSPTests {
    static let header = """
        ---
        figid: PMC199174__JCI0110934.f9
        pmcid: PMC199174
        filename: JCI0110934.f9.jpg
        figlink: /pmc/articles/PMC199174/figure/F9/
        genes:

        """

    /// A gene entry on one line, with Greek, an en dash and an astral character before the
    /// wrong entrez (TNF's is 7124).
    static let flowGene = "- {word: 'TNF–α 😀', symbol: TNF, source: hgnc_symbol, hgnc_symbol: TNF, entrez: '7125'}"
    static let uri = "file:///tmp/PMC199174__JCI0110934.f9.md"

    static func document(_ genes: String...) -> String {
        header + genes.joined(separator: "\n") + "\n---\n"
    }

    /// The diagnostics of the next publish for `uri` (optionally for a given version).
    func published(_ client: LSPClient, version: Int? = nil) throws -> [[String: Any]] {
        try client.publishedDiagnostics(for: LSPTests.uri, version: version)
    }

    func range(_ diagnostic: [String: Any]) -> (Int, Int, Int, Int)? {
        guard let range = diagnostic["range"] as? [String: Any], let start = range["start"] as? [String: Int],
              let end = range["end"] as? [String: Int] else { return nil }
        return (start["line"]!, start["character"]!, end["line"]!, end["character"]!)
    }

    // MARK: - Lifecycle

    @Test func initializeAnswersWithCapabilitiesAndServerInfo() throws {
        let client = try LSPClient()
        let response = try client.initialize()
        let result = try #require(response["result"] as? [String: Any])
        #expect((result["serverInfo"] as? [String: Any])?["name"] as? String == "pathlint-lsp")
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
        #expect(capabilities["hoverProvider"] as? Bool == true)
        #expect(capabilities["completionProvider"] != nil)
        #expect(capabilities["codeActionProvider"] != nil)
        #expect(capabilities["documentSymbolProvider"] as? Bool == true)
        #expect(capabilities["documentLinkProvider"] != nil)
        #expect(capabilities["diagnosticProvider"] != nil)
        _ = try client.response(to: client.request("shutdown"))
        client.notify("exit")
        #expect(try client.waitForExit() == 0)
    }

    @Test func requestsBeforeInitializeAreRefused() throws {
        let client = try LSPClient()
        let response = try client.response(to: client.request("textDocument/hover", ["textDocument": ["uri": LSPTests.uri],
                                                                                  "position": ["line": 0, "character": 0]]))
        #expect((response["error"] as? [String: Any])?["code"] as? Int == -32002)
        try client.initialize()
        let unknown = try client.response(to: client.request("pathlint/nonsense"))
        #expect((unknown["error"] as? [String: Any])?["code"] as? Int == -32601)
    }

    @Test func malformedJSONGetsParseErrorAndTheServerKeepsServing() throws {
        let client = try LSPClient()
        try client.initialize()
        client.sendRaw(Data("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ".utf8))
        let error = try client.wait(for: "a parse error") { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 }
        #expect(error["id"] is NSNull)
        client.notify("$/setTrace", ["value": "off"])
        client.notify("pathlint/unknownNotification")
        let shutdown = try client.response(to: client.request("shutdown"))
        #expect(shutdown["result"] is NSNull)
    }

    @Test func aStrayLineOrABadHeaderDoesNotMakeTheServerDeaf() throws {
        // A wrapper's echo before the first message, then a bad Content-Length with a body:
        // the server used to read each later message as a header block, and answer nothing.
        let client = try LSPClient()
        client.writeRaw(Data("pathlint-lsp wrapper: starting\n".utf8))
        try client.initialize()
        client.writeRaw(Data("Content-Length: many\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}".utf8))
        let shutdown = try client.response(to: client.request("shutdown"))
        #expect(shutdown["result"] is NSNull)
        client.notify("exit")
        #expect(try client.waitForExit() == 0)
    }

    @Test func aContentLengthPastAnyIntegerEndsTheSessionWithAnError() throws {
        let client = try LSPClient()
        try client.initialize()
        client.writeRaw(Data("Content-Length: 123456789012345678901234567890\r\n\r\n".utf8))
        let shown = try client.notification("window/showMessage")
        let params = try #require(shown["params"] as? [String: Any])
        #expect(params["type"] as? Int == 1)
        #expect((params["message"] as? String)?.contains("Content-Length") == true)
        #expect(try client.waitForExit() == 1)
    }

    @Test func invalidRequestsGetInvalidRequestAndChangeNothing() throws {
        let client = try LSPClient()
        try client.initialize()
        // Not an object; an id that is an array, an object, a fraction; a method that is a number.
        for body in ["[1, 2]", "42", #"{"jsonrpc": "2.0", "id": [1], "method": "shutdown"}"#,
                     #"{"jsonrpc": "2.0", "id": {"a": 1}, "method": "shutdown"}"#,
                     #"{"jsonrpc": "2.0", "id": 1.5, "method": "shutdown"}"#] {
            client.sendRaw(Data(body.utf8))
            let error = try client.wait(for: "invalid request for \(body)") {
                ($0["error"] as? [String: Any])?["code"] as? Int == -32600
            }
            #expect(error["id"] is NSNull, "\(body)")
        }
        client.sendRaw(Data(#"{"jsonrpc": "2.0", "id": 77, "method": 3}"#.utf8))
        let badMethod = try client.wait(for: "invalid method") { $0["id"] as? Int == 77 }
        #expect((badMethod["error"] as? [String: Any])?["code"] as? Int == -32600)
        // None of them shut the server down: a real request is still served.
        let hover = try client.response(to: client.request("textDocument/hover", ["textDocument": ["uri": LSPTests.uri],
                                                                              "position": ["line": 0, "character": 0]]))
        #expect(hover["error"] == nil, "\(hover)")
        let shutdown = try client.response(to: client.request("shutdown"))
        #expect(shutdown["result"] is NSNull)
    }

    @Test func exitWithoutShutdownIsStatusOneAndClosedInputEndsTheServer() throws {
        let client = try LSPClient()
        try client.initialize()
        client.notify("exit")
        #expect(try client.waitForExit() == 1)

        let other = try LSPClient()
        try other.initialize()
        other.closeInput()
        #expect(try other.waitForExit() == 1)
    }

    @Test func cancelledRequestNotYetAnsweredGetsRequestCancelled() throws {
        let client = try LSPClient()
        try client.initialize()
        client.open(LSPTests.uri, LSPTests.document(LSPTests.flowGene))
        // The request and its cancellation arrive in one write, so the cancel is read first.
        let request: [String: Any] = ["jsonrpc": "2.0", "id": 77, "method": "textDocument/documentSymbol",
                                      "params": ["textDocument": ["uri": LSPTests.uri]]]
        let cancel: [String: Any] = ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 77]]
        var both = Data()
        for message in [request, cancel] {
            let body = try JSONSerialization.data(withJSONObject: message)
            both.append(Data("Content-Length: \(body.count)\r\n\r\n".utf8))
            both.append(body)
        }
        client.sendFramed(both)
        let response = try client.response(to: 77)
        #expect((response["error"] as? [String: Any])?["code"] as? Int == -32800)
    }

    // MARK: - Diagnostics and positions

    @Test func diagnosticsAfterOpenHaveExactUTF16RangesAndRuleCodes() throws {
        let client = try LSPClient()
        try client.initialize()
        let text = LSPTests.document(LSPTests.flowGene)
        client.open(LSPTests.uri, text)
        let diagnostics = try published(client, version: 1)
        let mismatch = try #require(diagnostics.first { $0["code"] as? String == "entrez-mismatch" })
        #expect(mismatch["source"] as? String == "pathlint")
        #expect(mismatch["severity"] as? Int == 1)
        let line = text.components(separatedBy: "\n").firstIndex(of: LSPTests.flowGene)!
        let prefix = LSPTests.flowGene.components(separatedBy: "'7125'")[0]
        let start = prefix.utf16.count
        #expect(start != prefix.unicodeScalars.count)  // the test means something: UTF-16 ≠ code points
        #expect(range(mismatch)! == (line, start, line, start + 6))
    }

    @Test func utf8IsUsedWhenTheClientOffersIt() throws {
        let client = try LSPClient()
        let response = try client.initialize(capabilities: ["general": ["positionEncodings": ["utf-8", "utf-16"]]])
        let capabilities = (response["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        #expect(capabilities?["positionEncoding"] as? String == "utf-8")
        let text = LSPTests.document(LSPTests.flowGene)
        client.open(LSPTests.uri, text)
        let mismatch = try #require(try published(client).first { $0["code"] as? String == "entrez-mismatch" })
        let line = text.components(separatedBy: "\n").firstIndex(of: LSPTests.flowGene)!
        let start = LSPTests.flowGene.components(separatedBy: "'7125'")[0].utf8.count
        #expect(range(mismatch)! == (line, start, line, start + 6))
    }

    @Test func incrementalChangesApplyInTheNegotiatedEncodingAndBurstsPublishOnce() throws {
        let client = try LSPClient()
        try client.initialize()
        let text = LSPTests.document(LSPTests.flowGene)
        client.open(LSPTests.uri, text)
        _ = try published(client, version: 1)
        let line = text.components(separatedBy: "\n").firstIndex(of: LSPTests.flowGene)!
        let start = LSPTests.flowGene.components(separatedBy: "7125")[0].utf16.count
        // Two edits in one write (a burst): 7125 → 7129 → 7124 (TNF's ID), one digit at a time.
        var burst = Data()
        for (version, digit) in [(2, "9"), (3, "4")] {
            let change: [String: Any] = ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
                "textDocument": ["uri": LSPTests.uri, "version": version],
                "contentChanges": [["range": ["start": ["line": line, "character": start + 3],
                                              "end": ["line": line, "character": start + 4]], "text": digit]],
            ]]
            let body = try JSONSerialization.data(withJSONObject: change)
            burst.append(Data("Content-Length: \(body.count)\r\n\r\n".utf8))
            burst.append(body)
        }
        client.sendFramed(burst)
        let diagnostics = try published(client, version: 3)
        #expect(!diagnostics.contains { $0["code"] as? String == "entrez-mismatch" })
        Thread.sleep(forTimeInterval: 0.2)
        // The burst published once, for its last version.
        #expect(!client.pending().contains { ($0["params"] as? [String: Any])?["version"] as? Int == 2 })
        client.notify("textDocument/didClose", ["textDocument": ["uri": LSPTests.uri]])
        #expect(try published(client).isEmpty)
    }

    /// An edit inside one block-style entry takes the server's fast path (only that entry
    /// is parsed again); what it publishes must be what opening the edited text publishes.
    @Test func anEditInsideAnEntryPublishesWhatOpeningTheEditedTextDoes() throws {
        let entries = [
            "- word: 'TNF–α 😀'\n  symbol: TNF\n  source: hgnc_symbol\n  hgnc_symbol: TNF\n  entrez: '7125'",
            "- word: αβ-CTGF\n  symbol: CTGF\n  source: hgnc_symbol\n  hgnc_symbol: CTGF\n  entrez: '1490'",
            "- word: TP53 😀\n  symbol: TP53\n  source: hgnc_symbol\n  hgnc_symbol: TP53\n  entrez: '7158'",
        ]
        let text = LSPTests.header + entries.joined(separator: "\n") + "\n---\n"
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex(of: "  entrez: '7125'"))
        let client = try LSPClient()
        try client.initialize()
        client.open(LSPTests.uri, text)
        _ = try published(client, version: 1)
        // 7125 -> 7124 (TNF's ID), then a longer value on the same line: the later entries' ranges move.
        let edits: [(Int, Int, String)] = [(14, 15, "4"), (11, 15, "71240")]
        var edited = lines
        for (index, (from, to, newText)) in edits.enumerated() {
            client.notify("textDocument/didChange", [
                "textDocument": ["uri": LSPTests.uri, "version": index + 2],
                "contentChanges": [["range": ["start": ["line": line, "character": from],
                                              "end": ["line": line, "character": to]], "text": newText]],
            ])
            var characters = Array(edited[line].utf16)
            characters.replaceSubrange(from..<to, with: Array(newText.utf16))
            edited[line] = String(decoding: characters, as: UTF16.self)
        }
        let afterEdits = try published(client, version: edits.count + 1)
        let fresh = try LSPClient()
        try fresh.initialize()
        fresh.open(LSPTests.uri, edited.joined(separator: "\n"), version: edits.count + 1)
        let afterOpen = try published(fresh, version: edits.count + 1)
        func summary(_ diagnostic: [String: Any]) -> String {
            let where_ = range(diagnostic).map { "\($0)" } ?? "no range"
            return "\(where_) \(diagnostic["code"] as? String ?? "") \(diagnostic["message"] as? String ?? "")"
        }
        let summaries = afterEdits.map(summary)
        #expect(!summaries.isEmpty)
        #expect(summaries == afterOpen.map(summary))
        // The later entries are still seen where they are: TP53's wrong entrez on its own line.
        let tp53 = try #require(lines.firstIndex(of: "  entrez: '7158'"))
        #expect(afterEdits.contains { $0["code"] as? String == "entrez-mismatch" && range($0)?.0 == tp53 })
    }

    @Test func pullDiagnosticsWhenTheClientSupportsThem() throws {
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        client.open(LSPTests.uri, LSPTests.document(LSPTests.flowGene))
        let response = try client.response(to: client.request("textDocument/diagnostic",
                                                              ["textDocument": ["uri": LSPTests.uri]]))
        let items = ((response["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        #expect(items.contains { $0["code"] as? String == "entrez-mismatch" })
    }

    @Test func settingsDisableRulesAndChangesRepublish() throws {
        let client = try LSPClient()
        try client.initialize(options: ["pathlint": ["ignore": ["entrez-mismatch"]]])
        client.open(LSPTests.uri, LSPTests.document(LSPTests.flowGene))
        #expect(!(try published(client)).contains { $0["code"] as? String == "entrez-mismatch" })
        client.notify("workspace/didChangeConfiguration", ["settings": ["pathlint": ["severity": ["entrez-mismatch": "hint"]]]])
        let again = try published(client)
        let mismatch = try #require(again.first { $0["code"] as? String == "entrez-mismatch" })
        #expect(mismatch["severity"] as? Int == 4)
    }

    // MARK: - Features

    @Test func completingAPartialSymbolOffersHGNCGenesWithTheirEntrez() throws {
        let client = try LSPClient()
        try client.initialize()
        let gene = "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K\n  entrez: '1'"
        let text = LSPTests.document(gene)
        client.open(LSPTests.uri, text)
        let lines = text.components(separatedBy: "\n")
        let line = lines.firstIndex(of: "  hgnc_symbol: MAP2K")!
        let response = try client.response(to: client.request("textDocument/completion", [
            "textDocument": ["uri": LSPTests.uri], "position": ["line": line, "character": 20],
        ]))
        let result = try #require(response["result"] as? [String: Any])
        let items = try #require(result["items"] as? [[String: Any]])
        let first = try #require(items.first)
        #expect((first["label"] as? String)?.hasPrefix("MAP2K") == true)
        let map2k1 = try #require(items.first { $0["label"] as? String == "MAP2K1" })
        #expect((map2k1["detail"] as? String)?.contains("mitogen-activated protein kinase kinase 1") == true)
        let edits = (map2k1["additionalTextEdits"] as? [[String: Any]]) ?? []
        #expect(edits.contains { ($0["newText"] as? String)?.contains("5604") == true })
    }

    @Test func hoverOnAGeneShowsItsHGNCRecord() throws {
        let client = try LSPClient()
        try client.initialize()
        let gene = "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K1\n  entrez: '5604'"
        let text = LSPTests.document(gene)
        client.open(LSPTests.uri, text)
        let line = text.components(separatedBy: "\n").firstIndex(of: "  hgnc_symbol: MAP2K1")!
        let response = try client.response(to: client.request("textDocument/hover", [
            "textDocument": ["uri": LSPTests.uri], "position": ["line": line, "character": 17],
        ]))
        let contents = ((response["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        #expect(contents?.contains("MAP2K1") == true)
        #expect(contents?.contains("HGNC:6840") == true)
        #expect(contents?.contains("5604") == true)
    }

    @Test func aFalseMatchIsPublishedAndItsHoverShowsTheEvidence() throws {
        let client = try LSPClient()
        try client.initialize()
        // An astral character in the word: the range ends in UTF-16 code units.
        let gene = "- word: ADP 😀\n  symbol: ADP\n  source: hgnc_alias_symbol\n  hgnc_symbol: WDTC1\n  entrez: '23038'"
        let text = LSPTests.document(gene)
        client.open(LSPTests.uri, text)
        let diagnostics = try published(client, version: 1)
        let finding = try #require(diagnostics.first { $0["code"] as? String == "not-a-gene-word" })
        #expect(finding["severity"] as? Int == 2)
        let line = text.components(separatedBy: "\n").firstIndex(of: "- word: ADP 😀")!
        #expect(range(finding)! == (line, 8, line, 8 + "ADP 😀".utf16.count))
        let response = try client.response(to: client.request("textDocument/hover", [
            "textDocument": ["uri": LSPTests.uri], "position": ["line": line + 3, "character": 16],
        ]))
        let contents = ((response["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        #expect(contents?.contains("WDTC1") == true)
        #expect(contents?.contains("`not-a-gene-word`: `ADP 😀` is a nucleotide (Adenosine Diphosphate)") == true)
    }

    @Test func codeActionsOfferTheCoreFixesAndFixAll() throws {
        let client = try LSPClient()
        try client.initialize()
        let text = LSPTests.document(LSPTests.flowGene)
        client.open(LSPTests.uri, text)
        let line = text.components(separatedBy: "\n").firstIndex(of: LSPTests.flowGene)!
        let response = try client.response(to: client.request("textDocument/codeAction", [
            "textDocument": ["uri": LSPTests.uri],
            "range": ["start": ["line": line, "character": 0], "end": ["line": line, "character": 200]],
            "context": ["diagnostics": []],
        ]))
        let actions = try #require(response["result"] as? [[String: Any]])
        let quickfix = try #require(actions.first { ($0["title"] as? String)?.contains("7124") == true })
        #expect(quickfix["kind"] as? String == "quickfix")
        let changes = ((quickfix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[LSPTests.uri] as? [[String: Any]]
        #expect(changes?.first?["newText"] as? String == "'7124'")
        #expect(actions.contains { $0["kind"] as? String == "source.fixAll.pathlint" })
    }

    @Test func documentSymbolsAndLinks() throws {
        let client = try LSPClient()
        try client.initialize()
        client.open(LSPTests.uri, LSPTests.document(LSPTests.flowGene))
        let symbols = try client.response(to: client.request("textDocument/documentSymbol",
                                                             ["textDocument": ["uri": LSPTests.uri]]))
        let list = try #require(symbols["result"] as? [[String: Any]])
        #expect(list.contains { $0["name"] as? String == "genes" })
        let links = try client.response(to: client.request("textDocument/documentLink",
                                                           ["textDocument": ["uri": LSPTests.uri]]))
        let targets = ((links["result"] as? [[String: Any]]) ?? []).compactMap { $0["target"] as? String }
        #expect(targets.contains("https://www.ncbi.nlm.nih.gov/gene/7125"))
        #expect(targets.contains { $0.contains("PMC199174") })
    }
}

extension LSPClient {
    /// Writes already framed bytes in one write.
    func sendFramed(_ data: Data) { inputHandle.write(data) }
}

/// The server fuzz target's inputs (`Fuzz/FuzzLSP.swift`): each stream, after its first
/// byte (odd: a well-formed `initialize` goes first), written to the real server's stdin,
/// which must end by itself, without a signal, when its input closes.
@Suite struct LSPFuzzRegressionTests {
    static func inputs() -> [String] {
        var found: [String] = []
        for folder in ["Fuzz/regressions/lsp", "Fuzz/seeds/lsp"] {
            let directory = LSPClient.packageRoot.appendingPathComponent(folder).path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            found += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
        }
        return found
    }

    @Test(arguments: inputs())
    func theServerSurvivesTheStream(_ input: String) throws {
        let bytes = try Data(contentsOf: LSPClient.packageRoot.appendingPathComponent(input))
        guard let selector = bytes.first else { return }
        let client = try LSPClient()
        if selector & 1 == 1 {
            client.send(["jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["capabilities": [String: Any]()]])
        }
        client.writeRaw(bytes.dropFirst())
        client.closeInput()
        let status = try client.waitForExit(timeout: 60)
        #expect(client.process.terminationReason == .exit, "\(input)")
        #expect(status == 0 || status == 1, "\(input)")
    }
}

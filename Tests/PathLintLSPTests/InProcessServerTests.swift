import JSONRPC
import PathLintLSP
import Testing

/// The server as a library: driven in-process, message by message, with a fake clock.
@Suite struct InProcessServerTests {
    final class Outbox: @unchecked Sendable {
        var messages: [JSONValue] = []
    }

    func server() -> (Server, Outbox) {
        let outbox = Outbox()
        let server = Server(send: { outbox.messages.append($0) }, log: { _ in }, now: { 0 })
        return (server, outbox)
    }

    @Test func aDocumentIsPublishedWhenDueAndInlayHintsAnswer() throws {
        let (server, outbox) = server()
        server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        let capabilities = outbox.messages.first?["result"]?["capabilities"]
        #expect(capabilities?["inlayHintProvider"] != nil)
        #expect(capabilities?["diagnosticProvider"]?["workspaceDiagnostics"]?.boolValue == true)
        let text = "---\nfigid: PMC1__f\ngenes:\n- hgnc_symbol: MAP2K1\n  entrez: '5604'\n---\n"
        server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": [
            "uri": "untitled:a.md", "languageId": "markdown", "version": 1, "text": .string(text)]]])
        #expect(server.nextDeadline() == 0)
        server.publishDue()
        let published = try #require(outbox.messages.last)
        #expect(published["method"]?.stringValue == "textDocument/publishDiagnostics")
        #expect(server.nextDeadline() == nil)
        server.handle(["jsonrpc": "2.0", "id": 2, "method": "textDocument/inlayHint", "params": [
            "textDocument": ["uri": "untitled:a.md"],
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 9, "character": 0]]]])
        let hints = try #require(outbox.messages.last?["result"]?.arrayValue)
        #expect(hints.compactMap { $0["label"]?.stringValue } == ["mitogen-activated protein kinase kinase 1"])
        #expect(hints.first?["position"]?["line"]?.intValue == 3)
    }

    @Test func aMisspeltMethodIsMethodNotFound() {
        let (server, outbox) = server()
        server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        server.handle(["jsonrpc": "2.0", "id": 2, "method": "textDocument/inlayHints", "params": [:]])
        #expect(outbox.messages.last?["error"]?["code"]?.intValue == Int(ErrorCode.methodNotFound.rawValue))
    }
}

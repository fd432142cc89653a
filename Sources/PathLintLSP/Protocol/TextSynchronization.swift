import JSONRPC

/// `textDocument/didOpen` params.
struct DidOpenTextDocumentParams {
    let uri: String
    let languageID: String
    let version: Int
    let text: String

    init?(_ params: JSONValue?) {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
              let text = item["text"]?.stringValue else { return nil }
        self.uri = uri
        self.text = text
        languageID = item["languageId"]?.stringValue ?? ""
        version = item["version"]?.intValue ?? 0
    }
}

/// `textDocument/didChange` params: incremental changes (a range in the negotiated
/// encoding, still as JSON: only `PositionConverter` reads positions) or whole texts.
struct DidChangeTextDocumentParams {
    struct Change {
        let range: JSONValue?
        let text: String
    }

    let uri: String
    let version: Int?
    let contentChanges: [Change]

    init?(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else { return nil }
        self.uri = uri
        version = params?["textDocument"]?["version"]?.intValue
        contentChanges = (params?["contentChanges"]?.arrayValue ?? []).compactMap { change in
            change["text"]?.stringValue.map { Change(range: change["range"], text: $0) }
        }
    }
}

/// `textDocument/publishDiagnostics` params (the diagnostics already written as JSON).
struct PublishDiagnosticsParams {
    let uri: String
    let version: Int?
    let diagnostics: JSONValue

    var json: JSONValue {
        var object: JSONObject = ["uri": .string(uri)]
        if let version { object["version"] = .int(Int64(version)) }
        object["diagnostics"] = diagnostics
        return .object(object)
    }
}

import JSONRPC

/// `TextDocumentIdentifier`'s URI, the one field every document request has.
struct TextDocumentIdentifier {
    let uri: String

    init?(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else { return nil }
        self.uri = uri
    }
}

/// A `WorkspaceEdit` of `changes`: text edits (already in LSP form) per document URI.
struct WorkspaceEdit {
    var changes: [(uri: String, edits: [JSONValue])]

    var json: JSONValue {
        ["changes": .object(JSONObject(changes.map { ($0.uri, .array($0.edits)) }))]
    }
}

import JSONRPC

/// `textDocument/inlayHint` params.
struct InlayHintParams {
    let textDocument: TextDocumentIdentifier?
    let range: JSONValue?

    init(_ params: JSONValue?) {
        textDocument = TextDocumentIdentifier(params)
        range = params?["range"]
    }
}

/// An LSP `InlayHint` (no kind: the label is a name, neither a type nor a parameter).
struct LSPInlayHint {
    let position: JSONValue
    let label: String
    let tooltip: String

    var json: JSONValue {
        ["position": position, "label": .string(label), "tooltip": .string(tooltip), "paddingLeft": true]
    }
}

import JSONRPC

/// `TextDocumentPositionParams`: completion and hover.
struct TextDocumentPositionParams {
    let textDocument: TextDocumentIdentifier?
    /// In the negotiated encoding, still as JSON: only `PositionConverter` reads positions.
    let position: JSONValue?

    init(_ params: JSONValue?) {
        textDocument = TextDocumentIdentifier(params)
        position = params?["position"]
    }
}

/// An LSP `CompletionItem` (edits already converted to LSP positions).
struct LSPCompletionItem {
    var label: String
    var kind: Int64
    var sortText: String
    var textEdit: JSONValue
    var detail: String?
    var documentation: String?
    var filterText: String?
    var additionalTextEdits: [JSONValue]

    var json: JSONValue {
        var object: JSONObject = [
            "label": .string(label), "kind": .int(kind), "sortText": .string(sortText), "textEdit": textEdit,
        ]
        if let detail { object["detail"] = .string(detail) }
        if let documentation { object["documentation"] = ["kind": "markdown", "value": .string(documentation)] }
        if let filterText { object["filterText"] = .string(filterText) }
        if !additionalTextEdits.isEmpty { object["additionalTextEdits"] = .array(additionalTextEdits) }
        return .object(object)
    }
}

/// An LSP `CompletionList`.
struct LSPCompletionList {
    var isIncomplete: Bool
    var items: [LSPCompletionItem]

    var json: JSONValue { ["isIncomplete": .bool(isIncomplete), "items": .array(items.map(\.json))] }
}

/// An LSP `Hover` with Markdown contents.
struct LSPHover {
    var markdown: String
    var range: JSONValue

    var json: JSONValue { ["contents": ["kind": "markdown", "value": .string(markdown)], "range": range] }
}

/// An LSP `DocumentLink`.
struct LSPDocumentLink {
    var range: JSONValue
    var target: String
    var tooltip: String

    var json: JSONValue { ["range": range, "target": .string(target), "tooltip": .string(tooltip)] }
}

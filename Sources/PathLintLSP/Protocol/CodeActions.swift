import JSONRPC

/// `textDocument/codeAction` params.
struct CodeActionParams {
    let textDocument: TextDocumentIdentifier?
    let range: JSONValue?
    /// `context.only`: the kinds the client wants (nil: all).
    let only: [String]?

    init(_ params: JSONValue?) {
        textDocument = TextDocumentIdentifier(params)
        range = params?["range"]
        only = params?["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
    }

    /// Whether the client wants actions of `kind` (a kind it names, or one below it).
    func wants(_ kind: String) -> Bool {
        only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true
    }
}

/// An LSP `CodeAction` with an edit.
struct CodeAction {
    enum Kind: String {
        case quickFix = "quickfix"
        case fixAll = "source.fixAll.pathlint"
    }

    var title: String
    var kind: Kind
    var diagnostics: [JSONValue] = []
    var isPreferred = false
    var edit: WorkspaceEdit

    var json: JSONValue {
        var object: JSONObject = ["title": .string(title), "kind": .string(kind.rawValue), "edit": edit.json]
        if !diagnostics.isEmpty { object["diagnostics"] = .array(diagnostics) }
        if kind == .quickFix { object["isPreferred"] = .bool(isPreferred) }
        return .object(object)
    }
}

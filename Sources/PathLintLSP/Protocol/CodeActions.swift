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
    /// Nil until resolved, for a client that resolves edits (`data` says what to resolve).
    var edit: WorkspaceEdit?
    var data: CodeActionData?

    var json: JSONValue {
        var object: JSONObject = ["title": .string(title), "kind": .string(kind.rawValue)]
        if let edit { object["edit"] = edit.json }
        if !diagnostics.isEmpty { object["diagnostics"] = .array(diagnostics) }
        if kind == .quickFix { object["isPreferred"] = .bool(isPreferred) }
        if let data { object["data"] = data.json }
        return .object(object)
    }
}

/// What a code action without its edit stands for, sent as its `data` and read back by
/// `codeAction/resolve`: which finding (rule and byte range) of which version of which
/// document, and which of its actions.
struct CodeActionData {
    enum Action: String {
        case fix, suppressLine, suppressFile, ignoreInConfiguration
    }

    let uri: String
    let version: Int
    let rule: String
    let start: Int
    let end: Int
    let action: Action
    /// For `fix`: the index of the fix among the finding's.
    let fixIndex: Int

    init(uri: String, version: Int, rule: String, start: Int, end: Int, action: Action, fixIndex: Int = 0) {
        self.uri = uri
        self.version = version
        self.rule = rule
        self.start = start
        self.end = end
        self.action = action
        self.fixIndex = fixIndex
    }

    init?(_ value: JSONValue?) {
        guard let value, let uri = value["uri"]?.stringValue, let version = value["version"]?.intValue,
              let rule = value["rule"]?.stringValue, let start = value["start"]?.intValue, let end = value["end"]?.intValue,
              let action = value["action"]?.stringValue.flatMap(Action.init(rawValue:)) else { return nil }
        self.init(uri: uri, version: version, rule: rule, start: start, end: end, action: action,
                  fixIndex: value["fix"]?.intValue ?? 0)
    }

    var json: JSONValue {
        ["uri": .string(uri), "version": .int(Int64(version)), "rule": .string(rule), "start": .int(Int64(start)),
         "end": .int(Int64(end)), "action": .string(action.rawValue), "fix": .int(Int64(fixIndex))]
    }
}

import JSONRPC

/// What the server reads of `initialize`'s params.
struct InitializeParams {
    let capabilities: ClientCapabilities
    let initializationOptions: JSONValue?
    /// The workspace folders' paths (`workspaceFolders`, else `rootUri`); `file://` ones only.
    let workspaceFolders: [String]

    init(_ params: JSONValue?) {
        capabilities = ClientCapabilities(params?["capabilities"])
        initializationOptions = params?["initializationOptions"]
        var folders = (params?["workspaceFolders"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue }
        if folders.isEmpty, let root = params?["rootUri"]?.stringValue { folders = [root] }
        workspaceFolders = folders.filter { $0.hasPrefix("file://") }.map(OpenDocument.path(of:))
    }
}

/// The client capabilities the server acts on.
struct ClientCapabilities {
    /// `general.positionEncodings` offers `utf-8`.
    let utf8Positions: Bool
    /// `textDocument.diagnostic`: the client pulls diagnostics, so none are pushed.
    let pullsDiagnostics: Bool
    /// `workspace.diagnostics.refreshSupport`: it re-pulls when asked.
    let diagnosticRefresh: Bool
    /// `workspace.inlayHint.refreshSupport`.
    let inlayHintRefresh: Bool
    /// `workspace.didChangeWatchedFiles.dynamicRegistration`: it watches files we name.
    let watchesFiles: Bool
    /// `codeDescriptionSupport` for pushed or pulled diagnostics: a diagnostic's link to
    /// its rule's page is read (and so worth its bytes).
    let codeDescriptions: Bool
    /// `textDocument.codeAction.resolveSupport` covers `edit`: an action's edit can wait
    /// until the user picks it (`codeAction/resolve`).
    let resolvesCodeActionEdits: Bool

    init(_ value: JSONValue?) {
        let encodings = value?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        utf8Positions = encodings.contains("utf-8")
        pullsDiagnostics = value?["textDocument"]?["diagnostic"] != nil
        diagnosticRefresh = value?["workspace"]?["diagnostics"]?["refreshSupport"]?.boolValue == true
        inlayHintRefresh = value?["workspace"]?["inlayHint"]?["refreshSupport"]?.boolValue == true
        watchesFiles = value?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
        codeDescriptions = value?["textDocument"]?["publishDiagnostics"]?["codeDescriptionSupport"]?.boolValue == true
            || value?["textDocument"]?["diagnostic"]?["codeDescriptionSupport"]?.boolValue == true
        resolvesCodeActionEdits = value?["textDocument"]?["codeAction"]?["resolveSupport"]?["properties"]?.arrayValue?
            .contains { $0.stringValue == "edit" } == true
    }
}

/// The server's side of `initialize`.
struct InitializeResult {
    var utf8Positions: Bool
    var json: JSONValue {
        let capabilities: JSONValue = [
            "positionEncoding": .string(utf8Positions ? "utf-8" : "utf-16"),
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
            "completionProvider": ["triggerCharacters": [":", " ", "'"], "resolveProvider": false],
            "hoverProvider": true,
            "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.pathlint"], "resolveProvider": true],
            "documentSymbolProvider": true,
            "documentLinkProvider": ["resolveProvider": false],
            "inlayHintProvider": ["resolveProvider": false],
            "diagnosticProvider": ["identifier": "pathlint", "interFileDependencies": true, "workspaceDiagnostics": true],
        ]
        return ["capabilities": capabilities, "serverInfo": ["name": "pathlint-lsp", "version": "0.1.0"]]
    }
}

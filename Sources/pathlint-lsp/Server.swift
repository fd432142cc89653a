import JSONRPC
import PathLintCore

/// JSON-RPC error codes the server answers with (LSP 3.17).
enum ErrorCode: Int64 {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestCancelled = -32800
}

/// The language server: lifecycle, open documents, and the mapping of LSP requests to
/// PathLintCore calls. It runs on one thread; `MainLoop` feeds it messages and timers.
/// No rule, completion or hover logic lives here: it only converts.
final class Server {
    enum State { case uninitialized, running, shutDown }

    private(set) var state = State.uninitialized
    private(set) var exitCode: Int32?
    private var converter = PositionConverter(unit: .utf16)
    private var documents: [String: OpenDocument] = [:]
    private var settings = ServerSettings()
    /// The linter of the editor's settings alone (documents no `.pathlint.yaml` applies to).
    private var linter: Linter?
    private var reference: ReferenceSnapshot?
    /// The `.pathlint.yaml` of each document's project, and a linter per version of each
    /// (the settings layered over it); snapshots that a file's `reference` names.
    private let configurations = ProjectConfigurations(read: OpenDocument.readFile)
    private var projectLinters: [String: Linter] = [:]
    private var projectSnapshots: [String: ReferenceSnapshot] = [:]
    /// Problems with configuration files already logged (each is said once).
    private var reportedConfigProblems: Set<String> = []
    private var clientPullsDiagnostics = false
    /// Whether the client lets the server ask to be told of file changes on disk.
    private var clientWatchesFiles = false
    /// The findings of each open document's current text, so that a publish, a pull and
    /// the code actions that follow lint it once. Dropped whenever the text or the
    /// settings change.
    private var lintCache: [String: [Diagnostic]] = [:]
    /// The `.pathlint.yaml` version (`ProjectConfigurations.Found.key`, "" for none) each
    /// cached lint used: a change on disk drops only the lints it affects.
    private var lintedWithConfiguration: [String: String] = [:]
    /// Documents and findings an edit replaced. Freeing a 5,000-gene tree takes a few
    /// milliseconds, so it waits until the new diagnostics are sent.
    private var retiredDocuments: [OpenDocument] = []
    private var retiredDiagnostics: [[Diagnostic]] = []
    /// Documents whose diagnostics are due, with the time (ms) they are due at.
    private(set) var pendingDiagnostics: [String: Int] = [:]
    /// How long a publish waits for more edits. None: edits that arrive together, or while
    /// a lint runs, are read in one go by `MainLoop` and publish once anyway, and any wait
    /// adds to the typing-to-diagnostics latency users feel (2 ms measured on every edit).
    let debounceMilliseconds = 0

    /// `PATHLINT_LSP_TRACE=1`: log the time each step takes to stderr.
    var tracing = false
    let send: (JSONValue) -> Void
    let log: (String) -> Void
    let now: () -> Int

    init(send: @escaping (JSONValue) -> Void, log: @escaping (String) -> Void, now: @escaping () -> Int) {
        self.send = send
        self.log = log
        self.now = now
    }

    // MARK: - Dispatch

    /// Handles one message; `cancelled` says whether a `$/cancelRequest` for it arrived
    /// before it was handled.
    func handle(_ message: JSONValue, cancelled: Bool = false) {
        // JSON-RPC 2.0: a request is an object; its id is a string or an integer, its method
        // a string. Anything else is answered -32600 with a null id (the id may be the bad
        // part); an object with neither id nor method is a response to us, and ignored.
        guard message.objectValue != nil else {
            respond(.null, error: .invalidRequest, "invalid request: a message must be a JSON object")
            return
        }
        let id = message["id"]
        if let id, !Self.isValidID(id) {
            respond(.null, error: .invalidRequest, "invalid request: an id must be a string or an integer")
            return
        }
        guard let method = message["method"]?.stringValue else {
            if message["method"] != nil, let id, !id.isNull {
                respond(id, error: .invalidRequest, "invalid request: the method must be a string")
            }
            return
        }
        let params = message["params"]
        guard let id, !id.isNull else {
            handleNotification(method, params)
            return
        }
        if cancelled {
            respond(id, error: .requestCancelled, "request cancelled")
            return
        }
        switch state {
        case .uninitialized where method != "initialize":
            respond(id, error: .serverNotInitialized, "the server is not initialized")
            return
        case .shutDown:
            respond(id, error: .invalidRequest, "the server is shut down")
            return
        default:
            break
        }
        switch method {
        case "initialize": respond(id, result: initialize(params))
        case "shutdown":
            state = .shutDown
            respond(id, result: .null)
        case "textDocument/completion": respond(id, result: completion(params))
        case "textDocument/hover": respond(id, result: hover(params))
        case "textDocument/codeAction": respond(id, result: codeActions(params))
        case "textDocument/documentSymbol": respond(id, result: documentSymbols(params))
        case "textDocument/documentLink": respond(id, result: documentLinks(params))
        case "textDocument/diagnostic": respond(id, result: pullDiagnostics(params))
        default: respond(id, error: .methodNotFound, "unknown method \(method)")
        }
        releaseRetired()  // the answer is out
    }

    private static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .null, .string, .int: true
        case .double(let value): value == value.rounded(.towardZero)  // json-c may read 1.0 as a double
        default: false
        }
    }

    private func handleNotification(_ method: String, _ params: JSONValue?) {
        switch method {
        case "exit":
            exitCode = state == .shutDown ? 0 : 1
        case "initialized":
            if clientWatchesFiles && state == .running { watchFiles() }
        case "$/cancelRequest":
            break
        case _ where state != .running:
            break  // notifications before initialize (or after shutdown) are dropped, as the spec says
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "textDocument/didSave": filesChanged(saved: params?["textDocument"]?["uri"]?.stringValue)
        case "workspace/didChangeWatchedFiles": filesChanged(saved: nil)
        case "workspace/didChangeConfiguration": apply(settings: params?["settings"])
        default: break  // unknown notifications and `$/…` ones are ignored
        }
    }

    func respond(_ id: JSONValue, result: JSONValue) {
        send(["jsonrpc": "2.0", "id": id, "result": result])
    }

    func respond(_ id: JSONValue, error code: ErrorCode, _ message: String) {
        send(["jsonrpc": "2.0", "id": id, "error": ["code": .int(code.rawValue), "message": .string(message)]])
    }

    private func notify(_ method: String, _ params: JSONValue) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    private func logMessage(_ text: String, type: Int64 = 3) {
        log(text)
        notify("window/logMessage", ["type": .int(type), "message": .string("pathlint: " + text)])
    }

    // MARK: - Lifecycle

    private func initialize(_ params: JSONValue?) -> JSONValue {
        let encodings = params?["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        converter = PositionConverter(unit: encodings.contains("utf-8") ? .utf8 : .utf16)
        clientPullsDiagnostics = params?["capabilities"]?["textDocument"]?["diagnostic"] != nil
        clientWatchesFiles = params?["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
        state = .running
        apply(settings: params?["initializationOptions"])
        let capabilities: JSONValue = [
            "positionEncoding": .string(converter.unit == .utf8 ? "utf-8" : "utf-16"),
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
            "completionProvider": ["triggerCharacters": [":", " ", "'"], "resolveProvider": false],
            "hoverProvider": true,
            "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.pathlint"]],
            "documentSymbolProvider": true,
            "documentLinkProvider": ["resolveProvider": false],
            "diagnosticProvider": ["interFileDependencies": false, "workspaceDiagnostics": false],
        ]
        return ["capabilities": capabilities, "serverInfo": ["name": "pathlint-lsp", "version": "0.1.0"]]
    }

    private func apply(settings value: JSONValue?) {
        let (parsed, problems) = ServerSettings.parse(value)
        for problem in problems { logMessage("settings: \(problem)", type: 2) }
        if linter != nil && parsed == settings { return }
        let referenceChanged = reference == nil || parsed.referenceDirectory != settings.referenceDirectory
        settings = parsed
        if referenceChanged {
            do {
                reference = try ReferenceSnapshot.open(explicit: parsed.referenceDirectory)
            } catch {
                if parsed.referenceDirectory != nil {
                    logMessage("\(error); using the default snapshot", type: 1)
                    do { reference = try ReferenceSnapshot.open() } catch { logMessage("\(error)", type: 1) }
                } else {
                    logMessage("\(error)", type: 1)
                    reference = nil
                }
            }
        }
        guard let reference else {
            logMessage("no usable reference snapshot: diagnostics are off", type: 1)
            linter = nil
            lintCache.removeAll()
            return
        }
        linter = Linter(reference: reference, configuration: parsed.lintConfiguration)
        projectLinters.removeAll()
        reportedConfigProblems.removeAll()
        lintCache.removeAll()
        for uri in documents.keys { schedule(uri, delay: 0) }
    }

    /// Files changed on disk (a save, or a watched file): perhaps a `.pathlint.yaml`, or a
    /// figure's tables or a table's figure, which open documents read from disk. Every open
    /// document reads them again; those whose files or configuration differ are linted
    /// again (a save of a 5,000-gene file alone re-lints nothing), the saved one republished.
    private func filesChanged(saved: String?) {
        reportedConfigProblems.removeAll()
        var inUse = Set<String>()
        for uri in documents.keys {
            let companionsChanged = documents[uri]?.reloadCompanions() ?? false
            let configuration = documents[uri].map(configurationKey) ?? ""
            inUse.insert(configuration)
            if companionsChanged || lintedWithConfiguration[uri].map({ $0 != configuration }) == true {
                lintCache[uri] = nil
                schedule(uri, delay: 0)
            } else if uri == saved {
                schedule(uri, delay: 0)
            }
        }
        // Linters of configuration versions no open document uses any more (their caches).
        projectLinters = projectLinters.filter { inUse.contains($0.key) }
    }

    /// The `.pathlint.yaml` that applies to a document, as it is on disk now (nil for none).
    private func projectConfiguration(_ open: OpenDocument) -> ProjectConfigurations.Found? {
        guard open.uri.hasPrefix("file://") else { return nil }
        return configurations.configuration(forFile: open.document.path)
    }

    /// Which version of which `.pathlint.yaml` applies to a document ("" for none).
    private func configurationKey(_ open: OpenDocument) -> String {
        projectConfiguration(open)?.key ?? ""
    }

    /// Asks the client to report changes to the files open documents read from disk.
    private func watchFiles() {
        let watchers: [JSONValue] = ["**/" + ConfigFile.fileName, "**/_data/*.tsv", "**/_figures/*.md",
                                     "**/_figures/*.yaml", "**/_figures/*.yml"].map { ["globPattern": .string($0)] }
        send(["jsonrpc": "2.0", "id": "pathlint-watch", "method": "client/registerCapability",
              "params": ["registrations": [["id": "pathlint-watch", "method": "workspace/didChangeWatchedFiles",
                                            "registerOptions": ["watchers": .array(watchers)]]]]])
    }

    /// The linter for a document: the editor's settings layered over the `.pathlint.yaml`
    /// that applies to it, as the CLI's flags are over the same file. An unusable file is
    /// logged once and the settings alone apply.
    private func linter(for open: OpenDocument) -> Linter? {
        linter(under: projectConfiguration(open))
    }

    /// The linter for documents under `found` (`projectConfiguration`; nil: none applies).
    private func linter(under found: ProjectConfigurations.Found?) -> Linter? {
        guard let base = linter else { return nil }
        guard let found else { return base }
        switch found.file {
        case .failure(let error):
            if reportedConfigProblems.insert(error.description).inserted {
                logMessage("\(error); linting without it", type: 1)
            }
            return base
        case .success(let file):
            if let known = projectLinters[found.key] { return known }
            let made = Linter(reference: snapshot(for: file) ?? base.reference,
                              configuration: settings.lintConfiguration(over: file))
            projectLinters[found.key] = made
            return made
        }
    }

    /// The snapshot a configuration file's `reference` names, unless the settings or
    /// `$PATHLINT_REFERENCE` name one (which win, as for the CLI); nil for the server's own.
    private func snapshot(for file: ConfigFile) -> ReferenceSnapshot? {
        guard ReferenceLocation.named(explicit: settings.referenceDirectory) == nil,
              let directory = file.referenceDirectory else { return nil }
        if let known = projectSnapshots[directory] { return known }
        do {
            let opened = try ReferenceSnapshot(directory: directory)
            projectSnapshots[directory] = opened
            return opened
        } catch {
            let problem = "\(file.path): reference: \(error)"
            if reportedConfigProblems.insert(problem).inserted { logMessage("\(problem); using the default snapshot", type: 1) }
            return nil
        }
    }

    // MARK: - Text synchronisation

    private func didOpen(_ params: JSONValue?) {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
              let text = item["text"]?.stringValue else { return }
        lintCache[uri] = nil
        documents[uri] = OpenDocument(uri: uri, version: item["version"]?.intValue ?? 0,
                                      languageID: item["languageId"]?.stringValue ?? "", text: Array(text.utf8))
        schedule(uri, delay: 0)
    }

    private func didChange(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, var open = documents[uri] else { return }
        let started = now()
        for change in params?["contentChanges"]?.arrayValue ?? [] {
            guard let text = change["text"]?.stringValue else { continue }
            if let rangeValue = change["range"] {
                guard let range = converter.range(rangeValue, in: open.source) else { continue }
                open.apply(range: range, text: Array(text.utf8))
            } else {
                open.apply(range: nil, text: Array(text.utf8))
            }
        }
        if let version = params?["textDocument"]?["version"]?.intValue { open.version = version }
        if tracing { log("applied changes to \(uri) (parse included) in \(now() - started) ms") }
        if retiredDocuments.count >= 4 { releaseRetired() }  // a burst of edits: bound the memory
        if let old = documents.updateValue(open, forKey: uri) { retiredDocuments.append(old) }
        if let old = lintCache.removeValue(forKey: uri) { retiredDiagnostics.append(old) }
        schedule(uri, delay: debounceMilliseconds)
    }

    private func didClose(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else { return }
        documents[uri] = nil
        lintCache[uri] = nil
        lintedWithConfiguration[uri] = nil
        pendingDiagnostics[uri] = nil
        if !clientPullsDiagnostics { notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []]) }
    }

    // MARK: - Diagnostics

    private func schedule(_ uri: String?, delay: Int) {
        guard let uri, documents[uri] != nil, !clientPullsDiagnostics else { return }
        pendingDiagnostics[uri] = now() + delay
    }

    /// Milliseconds until the next publish is due (nil: nothing pending).
    func nextDeadline() -> Int? {
        pendingDiagnostics.values.min().map { max(0, $0 - now()) }
    }

    /// Publishes every document whose diagnostics are due, for its current version.
    func publishDue() {
        let time = now()
        for (uri, due) in pendingDiagnostics where due <= time {
            pendingDiagnostics[uri] = nil
            guard let open = documents[uri] else { continue }
            let started = now()
            let diagnostics = lint(open)
            let linted = now()
            notify("textDocument/publishDiagnostics", [
                "uri": .string(uri), "version": .int(Int64(open.version)),
                "diagnostics": writer(for: open).array(diagnostics),
            ])
            if tracing { log("published \(diagnostics.count) diagnostics for \(uri) v\(open.version): lint \(linted - started) ms, convert and send \(now() - linted) ms") }
        }
        releaseRetired()
    }

    /// Frees what edits replaced (after the diagnostics that were waiting went out).
    func releaseRetired() {
        retiredDocuments.removeAll()
        retiredDiagnostics.removeAll()
    }

    private func pullDiagnostics(_ params: JSONValue?) -> JSONValue {
        guard let open = document(params) else { return ["kind": "full", "items": []] }
        return ["kind": "full", "items": writer(for: open).array(lint(open))]
    }

    private func lint(_ open: OpenDocument) -> [Diagnostic] {
        if let cached = lintCache[open.uri] { return cached }
        // Looked up once: the linter to use and the version the cached lint depends on.
        let found = projectConfiguration(open)
        let diagnostics = open.isConfigurationFile ? configurationFindings(open)
            : linter(under: found)?.lint(open.document) ?? []
        lintCache[open.uri] = diagnostics
        lintedWithConfiguration[open.uri] = found?.key ?? ""
        return diagnostics
    }

    /// A `.pathlint.yaml` open in the editor is not an annotation file: its one finding is
    /// what would make the CLI stop (exit 2), at the same place.
    private func configurationFindings(_ open: OpenDocument) -> [Diagnostic] {
        guard let problem = ConfigFile.problem(in: open.source.bytes, path: open.document.path) else { return [] }
        return [Diagnostic(ruleID: OpenDocument.configurationRuleID, severity: .error, message: problem.message,
                           range: problem.range)]
    }

    private func writer(for open: OpenDocument) -> DiagnosticJSON {
        DiagnosticJSON(converter: converter, source: open.source, version: open.version)
    }

    // MARK: - Features

    private func document(_ params: JSONValue?) -> OpenDocument? {
        params?["textDocument"]?["uri"]?.stringValue.flatMap { documents[$0] }
    }

    /// An annotation document (not a `.pathlint.yaml`) with the snapshot its linter uses.
    private func annotation(_ params: JSONValue?) -> (open: OpenDocument, reference: ReferenceSnapshot)? {
        guard let open = document(params), !open.isConfigurationFile,
              let reference = linter(for: open)?.reference ?? reference else { return nil }
        return (open, reference)
    }

    private func completion(_ params: JSONValue?) -> JSONValue {
        guard let (open, reference) = annotation(params),
              let offset = converter.offset(params?["position"], in: open.source) else { return .null }
        let list = Completion.complete(open.document, at: offset, reference: reference)
        return ["isIncomplete": .bool(list.isIncomplete), "items": .array(list.items.map { item in
            var object: JSONObject = [
                "label": .string(item.label),
                "kind": .int(item.kind.lspKind),
                "sortText": .string(item.sortText),
                "textEdit": converter.textEdit(item.edit, in: open.source),
            ]
            if let detail = item.detail { object["detail"] = .string(detail) }
            if let documentation = item.documentation {
                object["documentation"] = ["kind": "markdown", "value": .string(documentation)]
            }
            if let filterText = item.filterText { object["filterText"] = .string(filterText) }
            if !item.additionalEdits.isEmpty {
                object["additionalTextEdits"] = .array(item.additionalEdits.map { converter.textEdit($0, in: open.source) })
            }
            return .object(object)
        })]
    }

    private func hover(_ params: JSONValue?) -> JSONValue {
        guard let (open, reference) = annotation(params),
              let offset = converter.offset(params?["position"], in: open.source),
              let found = Hover.hover(open.document, at: offset, reference: reference, findings: lint(open)) else { return .null }
        return ["contents": ["kind": "markdown", "value": .string(found.markdown)],
                "range": converter.range(found.range, in: open.source)]
    }

    private func codeActions(_ params: JSONValue?) -> JSONValue {
        guard let open = document(params), let uri = params?["textDocument"]?["uri"]?.stringValue,
              let range = converter.range(params?["range"], in: open.source) else { return [] }
        let only = params?["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
        func wanted(_ kind: String) -> Bool { only.map { $0.contains { kind.hasPrefix($0) } } ?? true }
        var actions: [JSONValue] = []
        let diagnostics = lint(open)
        if wanted("quickfix") {
            for diagnostic in diagnostics where diagnostic.range.overlaps(range) || range.contains(diagnostic.range) {
                for (index, fix) in diagnostic.fixes.enumerated() {
                    actions.append([
                        "title": .string(fix.title + (fix.isSafe ? "" : " (unsafe: check the figure)")),
                        "kind": "quickfix",
                        "diagnostics": [writer(for: open).object(diagnostic)],
                        "isPreferred": .bool(fix.isSafe && index == 0),
                        "edit": ["changes": .object(JSONObject([(uri, .array(fix.edits.map {
                            converter.textEdit($0, in: open.source)
                        }))]))],
                    ])
                }
            }
        }
        if wanted("source.fixAll.pathlint"), let linter = linter(for: open), diagnostics.contains(where: { $0.fixes.contains(where: \.isSafe) }) {
            let outcome = linter.fix(open.document, includeUnsafe: false)
            if outcome.changed {
                let whole = ByteRange(0, open.source.bytes.count)
                let edit = TextEdit(range: whole, newText: String(decoding: outcome.bytes, as: UTF8.self))
                actions.append([
                    "title": .string("Apply all safe pathlint fixes (\(outcome.fixedCount))"),
                    "kind": "source.fixAll.pathlint",
                    "edit": ["changes": .object(JSONObject([(uri, .array([converter.textEdit(edit, in: open.source)]))]))],
                ])
            }
        }
        return .array(actions)
    }

    private func documentSymbols(_ params: JSONValue?) -> JSONValue {
        guard let (open, _) = annotation(params) else { return [] }
        func json(_ symbol: DocumentSymbol) -> JSONValue {
            var object: JSONObject = [
                "name": .string(symbol.name.isEmpty ? "(empty)" : symbol.name),
                "kind": .int(symbol.kind.lspKind),
                "range": converter.range(symbol.range, in: open.source),
                "selectionRange": converter.range(symbol.selectionRange, in: open.source),
            ]
            if let detail = symbol.detail { object["detail"] = .string(detail) }
            if !symbol.children.isEmpty { object["children"] = .array(symbol.children.map(json)) }
            return .object(object)
        }
        return .array(DocumentSymbols.symbols(open.document).map(json))
    }

    private func documentLinks(_ params: JSONValue?) -> JSONValue {
        guard let (open, reference) = annotation(params) else { return [] }
        return .array(DocumentLinks.links(open.document, reference: reference).map { link in
            ["range": converter.range(link.range, in: open.source), "target": .string(link.target),
             "tooltip": .string(link.tooltip)]
        })
    }
}

extension CompletionItem.Kind {
    /// LSP CompletionItemKind.
    var lspKind: Int64 {
        switch self {
        case .gene, .geneAlias: 18  // Reference
        case .chemical, .disease: 12  // Value
        case .key: 10  // Property
        case .value: 12  // Value
        }
    }
}

extension DocumentSymbol.Kind {
    /// LSP SymbolKind.
    var lspKind: Int64 {
        switch self {
        case .section: 3  // Namespace
        case .gene, .chemical, .disease: 13  // Variable
        case .field: 8  // Field
        }
    }
}

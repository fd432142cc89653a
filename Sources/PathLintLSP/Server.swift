import JSONRPC
import PathLintCore

/// The language server: lifecycle, open documents, and the mapping of LSP requests to
/// PathLintCore calls. It runs on one thread; `MainLoop` feeds it messages and timers.
/// No rule, completion or hover logic lives here: it only converts.
public final class Server {
    public enum State: Sendable { case uninitialized, running, shutDown }

    public private(set) var state = State.uninitialized
    public private(set) var exitCode: Int32?
    private var converter = PositionConverter(unit: .utf16)
    private var documents: [String: OpenDocument] = [:]
    private var settings = ServerSettings()
    /// The linter of the editor's settings alone (documents no `.pathlint.yaml` applies to).
    private var linter: Linter?
    private var reference: ReferenceSnapshot?
    /// The directory `reference` was opened from.
    private var referenceDirectory: String?
    /// The `.pathlint.yaml` of each document's project.
    private let configurations = ProjectConfigurations(read: OpenDocument.readFile)
    /// A linter per version of each `.pathlint.yaml` (the settings layered over it), and
    /// the snapshots they use: the settings' `reference` wins, as `--reference` does.
    private var linters = LinterPool(referenceOverride: nil)
    /// Problems with configuration files already logged (each is said once).
    private var reportedConfigProblems: Set<String> = []
    private var client = ClientCapabilities(nil)
    private var clientPullsDiagnostics: Bool { client.pullsDiagnostics }
    /// The workspace folders' paths, which workspace diagnostics cover.
    private var workspaceFolders: [String] = []
    /// The result id of each document's cached lint (pull diagnostics): a new one whenever
    /// the findings are linted again, so an unchanged id means unchanged findings.
    private var resultIDs: [String: String] = [:]
    private var nextResultID = 0
    /// Bumped whenever the settings or a configuration file change: part of the result id
    /// of a file that is not open, whose findings depend on them too.
    private var generation = 0
    /// Workspace diagnostics of files not open: the fingerprint of what they were linted
    /// from (bytes, companions, configuration), and the result id given for it.
    private var closedFileResults: [String: (fingerprint: UInt64, resultID: String)] = [:]
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
    public var tracing = false
    /// Whether a `$/cancelRequest` for the request with this id has arrived: asked between
    /// files of a long request (workspace diagnostics). `MainLoop` reads the input to answer.
    public var isCancelled: (JSONValue) -> Bool = { _ in false }
    public let send: (JSONValue) -> Void
    public let log: (String) -> Void
    let now: () -> Int

    public init(send: @escaping (JSONValue) -> Void, log: @escaping (String) -> Void, now: @escaping () -> Int) {
        self.send = send
        self.log = log
        self.now = now
    }

    // MARK: - Dispatch

    /// Handles one message; `cancelled` says whether a `$/cancelRequest` for it arrived
    /// before it was handled.
    public func handle(_ message: JSONValue, cancelled: Bool = false) {
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
        switch RequestMethod(rawValue: method) {
        case .initialize?: respond(id, result: initialize(InitializeParams(params)))
        case .shutdown?:
            state = .shutDown
            respond(id, result: .null)
        case .completion?: respond(id, result: completion(TextDocumentPositionParams(params)))
        case .hover?: respond(id, result: hover(TextDocumentPositionParams(params)))
        case .codeAction?: respond(id, result: codeActions(CodeActionParams(params)))
        case .codeActionResolve?: respond(id, result: resolveCodeAction(params))
        case .documentSymbol?: respond(id, result: documentSymbols(params))
        case .documentLink?: respond(id, result: documentLinks(params))
        case .inlayHint?: respond(id, result: inlayHints(InlayHintParams(params)))
        case .documentDiagnostic?: respond(id, result: pullDiagnostics(DocumentDiagnosticParams(params)))
        case .workspaceDiagnostic?:
            if let report = workspaceDiagnostics(WorkspaceDiagnosticParams(params), id: id) {
                respond(id, result: report)
            } else {
                respond(id, error: .requestCancelled, "request cancelled")
            }
        case nil: respond(id, error: .methodNotFound, "unknown method \(method)")
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
        switch NotificationMethod(rawValue: method) {
        case .exit?:
            exitCode = state == .shutDown ? 0 : 1
        case .initialized?:
            if client.watchesFiles && state == .running { watchFiles() }
        case .cancelRequest?:
            break
        case _ where state != .running:
            break  // notifications before initialize (or after shutdown) are dropped, as the spec says
        case .didOpen?: didOpen(DidOpenTextDocumentParams(params))
        case .didChange?: didChange(DidChangeTextDocumentParams(params))
        case .didClose?: didClose(TextDocumentIdentifier(params))
        case .didSave?: filesChanged(saved: TextDocumentIdentifier(params)?.uri)
        case .didChangeWatchedFiles?: filesChanged(saved: nil)
        case .didChangeConfiguration?:
            if apply(settings: params?["settings"]) { refreshClient(inlayHints: true) }
        case nil: break  // unknown notifications and `$/…` ones are ignored
        }
    }

    /// Asks a client that pulls to pull again (and to ask for inlay hints again): what the
    /// findings of documents depend on beyond their text changed.
    private func refreshClient(inlayHints: Bool = false) {
        if clientPullsDiagnostics && client.diagnosticRefresh {
            nextResultID += 1
            send(["jsonrpc": "2.0", "id": .string("pathlint-refresh-\(nextResultID)"),
                  "method": .string(ServerMethod.diagnosticRefresh.rawValue)])
        }
        if inlayHints && client.inlayHintRefresh {
            nextResultID += 1
            send(["jsonrpc": "2.0", "id": .string("pathlint-refresh-\(nextResultID)"),
                  "method": .string(ServerMethod.inlayHintRefresh.rawValue)])
        }
    }

    public func respond(_ id: JSONValue, result: JSONValue) {
        send(["jsonrpc": "2.0", "id": id, "result": result])
    }

    public func respond(_ id: JSONValue, error code: ErrorCode, _ message: String) {
        send(["jsonrpc": "2.0", "id": id, "error": ["code": .int(code.rawValue), "message": .string(message)]])
    }

    private func notify(_ method: String, _ params: JSONValue) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    private func logMessage(_ text: String, type: Int64 = 3) {
        log(text)
        notify(ServerMethod.logMessage.rawValue, ["type": .int(type), "message": .string("pathlint: " + text)])
    }

    // MARK: - Lifecycle

    private func initialize(_ params: InitializeParams) -> JSONValue {
        client = params.capabilities
        workspaceFolders = params.workspaceFolders
        converter = PositionConverter(unit: client.utf8Positions ? .utf8 : .utf16)
        state = .running
        apply(settings: params.initializationOptions)
        return InitializeResult(utf8Positions: converter.unit == .utf8).json
    }

    /// Takes new settings; whether anything the findings depend on changed.
    @discardableResult
    private func apply(settings value: JSONValue?) -> Bool {
        let (parsed, problems) = ServerSettings.parse(value)
        for problem in problems { logMessage("settings: \(problem)", type: 2) }
        if linter != nil && parsed == settings { return false }
        generation += 1
        let referenceChanged = reference == nil || parsed.referenceDirectory != settings.referenceDirectory
        settings = parsed
        if referenceChanged {
            linters = LinterPool(referenceOverride: parsed.referenceDirectory)
            do {
                let directory = try linters.referenceDirectory(for: nil)
                reference = try linters.snapshot(directory)
                referenceDirectory = directory
            } catch {
                if parsed.referenceDirectory != nil {
                    logMessage("\(error); using the default snapshot", type: 1)
                    do {
                        let directory = try ReferenceLocation.directory()
                        reference = try linters.snapshot(directory)
                        referenceDirectory = directory
                    } catch {
                        logMessage("\(error)", type: 1)
                    }
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
            return true
        }
        linter = Linter(reference: reference, configuration: parsed.lintConfiguration)
        linters.keepLinters { _ in false }
        reportedConfigProblems.removeAll()
        lintCache.removeAll()
        for uri in documents.keys { schedule(uri, delay: 0) }
        return true
    }

    /// Files changed on disk (a save, or a watched file): perhaps a `.pathlint.yaml`, or a
    /// figure's tables or a table's figure, which open documents read from disk. Every open
    /// document reads them again; those whose files or configuration differ are linted
    /// again (a save of a 5,000-gene file alone re-lints nothing), the saved one republished.
    private func filesChanged(saved: String?) {
        reportedConfigProblems.removeAll()
        var inUse = Set<String>()
        var relinted = false
        for uri in documents.keys {
            let companionsChanged = documents[uri]?.reloadCompanions() ?? false
            let configuration = documents[uri].map(configurationKey) ?? ""
            inUse.insert(configuration)
            if companionsChanged || lintedWithConfiguration[uri].map({ $0 != configuration }) == true {
                lintCache[uri] = nil
                relinted = true
                schedule(uri, delay: 0)
            } else if uri == saved {
                schedule(uri, delay: 0)
            }
        }
        // Linters of configuration versions no open document uses any more (their caches).
        linters.keepLinters { inUse.contains($0) }
        // A watched file (not a plain save) may be a closed file's table or configuration:
        // workspace diagnostics depend on it even when no open document does.
        if relinted || saved == nil {
            generation += 1
            refreshClient()
        }
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
        send(["jsonrpc": "2.0", "id": "pathlint-watch", "method": .string(ServerMethod.registerCapability.rawValue),
              "params": ["registrations": [["id": "pathlint-watch", "method": .string(NotificationMethod.didChangeWatchedFiles.rawValue),
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
            let configuration = { self.settings.lintConfiguration(over: file) }
            do {
                return try linters.linter(key: found.key, referenceDirectory: try linters.referenceDirectory(for: file),
                                          configuration: configuration)
            } catch {
                // The snapshot the file's `reference` names is unusable: the server's own.
                let problem = "\(file.path): reference: \(error)"
                if reportedConfigProblems.insert(problem).inserted { logMessage("\(problem); using the default snapshot", type: 1) }
                return referenceDirectory.flatMap { directory in
                    try? linters.linter(key: found.key, referenceDirectory: directory, configuration: configuration)
                } ?? base
            }
        }
    }

    // MARK: - Text synchronisation

    private func didOpen(_ params: DidOpenTextDocumentParams?) {
        guard let params else { return }
        lintCache[params.uri] = nil
        documents[params.uri] = OpenDocument(uri: params.uri, version: params.version, languageID: params.languageID,
                                             text: Array(params.text.utf8))
        schedule(params.uri, delay: 0)
    }

    private func didChange(_ params: DidChangeTextDocumentParams?) {
        guard let params, var open = documents[params.uri] else { return }
        let uri = params.uri
        let started = now()
        for change in params.contentChanges {
            if let rangeValue = change.range {
                guard let range = converter.range(rangeValue, in: open.source) else { continue }
                open.apply(range: range, text: Array(change.text.utf8))
            } else {
                open.apply(range: nil, text: Array(change.text.utf8))
            }
        }
        if let version = params.version { open.version = version }
        if tracing { log("applied changes to \(uri) (parse included) in \(now() - started) ms") }
        if retiredDocuments.count >= 4 { releaseRetired() }  // a burst of edits: bound the memory
        if let old = documents.updateValue(open, forKey: uri) { retiredDocuments.append(old) }
        if let old = lintCache.removeValue(forKey: uri) { retiredDiagnostics.append(old) }
        schedule(uri, delay: debounceMilliseconds)
    }

    private func didClose(_ params: TextDocumentIdentifier?) {
        guard let uri = params?.uri else { return }
        documents[uri] = nil
        lintCache[uri] = nil
        lintedWithConfiguration[uri] = nil
        pendingDiagnostics[uri] = nil
        resultIDs[uri] = nil
        if !clientPullsDiagnostics {
            notify(ServerMethod.publishDiagnostics.rawValue, PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []).json)
        }
    }

    // MARK: - Diagnostics

    private func schedule(_ uri: String?, delay: Int) {
        guard let uri, documents[uri] != nil, !clientPullsDiagnostics else { return }
        pendingDiagnostics[uri] = now() + delay
    }

    /// Milliseconds until the next publish is due (nil: nothing pending).
    public func nextDeadline() -> Int? {
        pendingDiagnostics.values.min().map { max(0, $0 - now()) }
    }

    /// Publishes every document whose diagnostics are due, for its current version.
    public func publishDue() {
        let time = now()
        for (uri, due) in pendingDiagnostics where due <= time {
            pendingDiagnostics[uri] = nil
            guard let open = documents[uri] else { continue }
            let started = now()
            let diagnostics = lint(open)
            let linted = now()
            notify(ServerMethod.publishDiagnostics.rawValue,
                   PublishDiagnosticsParams(uri: uri, version: open.version, diagnostics: writer(for: open).array(diagnostics)).json)
            if tracing { log("published \(diagnostics.count) diagnostics for \(uri) v\(open.version): lint \(linted - started) ms, convert and send \(now() - linted) ms") }
        }
        releaseRetired()
    }

    /// Frees what edits replaced (after the diagnostics that were waiting went out).
    public func releaseRetired() {
        retiredDocuments.removeAll()
        retiredDiagnostics.removeAll()
    }

    private func pullDiagnostics(_ params: DocumentDiagnosticParams) -> JSONValue {
        guard let uri = params.textDocument?.uri, let open = documents[uri] else {
            return DocumentDiagnosticReport.full(resultID: nil, items: []).json
        }
        let diagnostics = lint(open)
        let resultID = resultIDs[uri]
        if let resultID, params.previousResultID == resultID { return DocumentDiagnosticReport.unchanged(resultID: resultID).json }
        return DocumentDiagnosticReport.full(resultID: resultID, items: writer(for: open).array(diagnostics)).json
    }

    private func lint(_ open: OpenDocument) -> [Diagnostic] {
        if let cached = lintCache[open.uri] { return cached }
        // Looked up once: the linter to use and the version the cached lint depends on.
        let found = projectConfiguration(open)
        let diagnostics = open.isConfigurationFile ? configurationFindings(open)
            : linter(under: found)?.lint(open.document) ?? []
        lintCache[open.uri] = diagnostics
        lintedWithConfiguration[open.uri] = found?.key ?? ""
        nextResultID += 1
        resultIDs[open.uri] = "\(nextResultID)"
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
        DiagnosticJSON(converter: converter, source: open.source, version: open.version,
                       ruleDocumentation: client.codeDescriptions ? settings.ruleDocumentationURL : nil)
    }

    // MARK: - Features

    private func document(_ params: JSONValue?) -> OpenDocument? {
        TextDocumentIdentifier(params).flatMap { documents[$0.uri] }
    }

    /// An annotation document (not a `.pathlint.yaml`) with the snapshot its linter uses.
    private func annotation(_ params: JSONValue?) -> (open: OpenDocument, reference: ReferenceSnapshot)? {
        annotation(TextDocumentIdentifier(params)?.uri)
    }

    private func annotation(_ uri: String?) -> (open: OpenDocument, reference: ReferenceSnapshot)? {
        guard let open = uri.flatMap({ documents[$0] }), !open.isConfigurationFile,
              let reference = linter(for: open)?.reference ?? reference else { return nil }
        return (open, reference)
    }

    private func completion(_ params: TextDocumentPositionParams) -> JSONValue {
        guard let (open, reference) = annotation(params.textDocument?.uri),
              let offset = converter.offset(params.position, in: open.source) else { return .null }
        let list = Completion.complete(open.document, at: offset, reference: reference)
        return LSPCompletionList(isIncomplete: list.isIncomplete, items: list.items.map { item in
            LSPCompletionItem(label: item.label, kind: item.kind.lspKind, sortText: item.sortText,
                              textEdit: converter.textEdit(item.edit, in: open.source), detail: item.detail,
                              documentation: item.documentation, filterText: item.filterText,
                              additionalTextEdits: item.additionalEdits.map { converter.textEdit($0, in: open.source) })
        }).json
    }

    private func hover(_ params: TextDocumentPositionParams) -> JSONValue {
        guard let (open, reference) = annotation(params.textDocument?.uri),
              let offset = converter.offset(params.position, in: open.source),
              let found = Hover.hover(open.document, at: offset, reference: reference, findings: lint(open)) else { return .null }
        return LSPHover(markdown: found.markdown, range: converter.range(found.range, in: open.source)).json
    }

    /// Quick fixes (each with the fixes it calls for, as `--fix` would apply them: one
    /// edit), "Suppress RULE on this line / in this file" (in a table: "Ignore RULE for
    /// this file in .pathlint.yaml"), and fix-all. Working out a quick fix's follow-ups or
    /// checking a suppression lints the file again (hundreds of milliseconds for 5,000
    /// genes), so for a client that resolves edits the quick fixes go out without them and
    /// `codeAction/resolve` works out the one picked; other clients get every edit now,
    /// and only the suppressions that work.
    private func codeActions(_ params: CodeActionParams) -> JSONValue {
        guard let uri = params.textDocument?.uri, let open = documents[uri],
              let range = converter.range(params.range, in: open.source) else { return [] }
        var actions: [CodeAction] = []
        let diagnostics = lint(open)
        let linter = open.isConfigurationFile ? nil : linter(for: open)
        if params.wants(CodeAction.Kind.quickFix.rawValue) {
            let writer = writer(for: open)
            for diagnostic in diagnostics where diagnostic.range.overlaps(range) || range.contains(diagnostic.range) {
                let json = writer.object(diagnostic)
                var offered: [(title: String, action: CodeActionData.Action, fix: Int, preferred: Bool)] = []
                for (index, fix) in diagnostic.fixes.enumerated() {
                    offered.append((fix.title + (fix.isSafe ? "" : " (unsafe: check the figure)"), .fix, index,
                                    fix.isSafe && index == 0))
                }
                if linter != nil && SuppressionWriter.canSuppress(diagnostic.ruleID, in: open.document) {
                    offered.append(("Suppress `\(diagnostic.ruleID)` on this line", .suppressLine, 0, false))
                    offered.append(("Suppress `\(diagnostic.ruleID)` in this file", .suppressFile, 0, false))
                } else if open.document.kind == .tsv, case .success? = projectConfiguration(open)?.file {
                    offered.append(("Ignore `\(diagnostic.ruleID)` for this file in \(ConfigFile.fileName)",
                                    .ignoreInConfiguration, 0, false))
                }
                for item in offered {
                    let data = CodeActionData(uri: uri, version: open.version, rule: diagnostic.ruleID,
                                              start: diagnostic.range.start, end: diagnostic.range.end,
                                              action: item.action, fixIndex: item.fix)
                    var action = CodeAction(title: item.title, kind: .quickFix, diagnostics: [json],
                                            isPreferred: item.preferred)
                    if client.resolvesCodeActionEdits {
                        action.data = data
                    } else {
                        guard let edit = actionEdit(data, diagnostic: diagnostic, in: open, findings: diagnostics,
                                                    linter: linter) else { continue }
                        action.edit = edit
                    }
                    actions.append(action)
                }
            }
        }
        if params.wants(CodeAction.Kind.fixAll.rawValue), let linter, diagnostics.contains(where: { $0.fixes.contains(where: \.isSafe) }) {
            let outcome = linter.fix(open.document, includeUnsafe: false)
            if outcome.changed {
                let whole = TextEdit(range: ByteRange(0, open.source.bytes.count), newText: String(decoding: outcome.bytes, as: UTF8.self))
                actions.append(CodeAction(title: "Apply all safe pathlint fixes (\(outcome.fixedCount))", kind: .fixAll,
                                          edit: WorkspaceEdit(changes: [(uri, [converter.textEdit(whole, in: open.source)])])))
            }
        }
        return .array(actions.map(\.json))
    }

    /// The edit of one quick fix; nil when it has none (no comment silences the finding there).
    private func actionEdit(_ data: CodeActionData, diagnostic: Diagnostic, in open: OpenDocument,
                            findings: [Diagnostic], linter: Linter?) -> WorkspaceEdit? {
        func edit(_ edits: [TextEdit]) -> WorkspaceEdit {
            WorkspaceEdit(changes: [(open.uri, edits.map { converter.textEdit($0, in: open.source) })])
        }
        switch data.action {
        case .fix:
            guard data.fixIndex < diagnostic.fixes.count else { return nil }
            let fix = diagnostic.fixes[data.fixIndex]
            let followed = linter?.applyWithFollowUps(fix, in: open.document, findings: findings)
            return edit(followed.map { [$0.edit] } ?? fix.edits)
        case .suppressLine:
            return linter.flatMap { SuppressionWriter.lineSuppression(of: diagnostic, in: open.document, findings: findings, linter: $0) }
                .map { edit([$0]) }
        case .suppressFile:
            return linter.flatMap { SuppressionWriter.fileSuppression(of: diagnostic, in: open.document, findings: findings, linter: $0) }
                .map { edit([$0]) }
        case .ignoreInConfiguration:
            return perFileIgnore(diagnostic, in: open)
        }
    }

    /// `codeAction/resolve`: the edit of an action `codeActions` sent without one, for the
    /// document version it was made for. Without an edit when the document changed since,
    /// or when no comment silences the finding (said in the log).
    private func resolveCodeAction(_ params: JSONValue?) -> JSONValue {
        guard var object = params?.objectValue else { return params ?? .null }
        guard let data = CodeActionData(params?["data"]), let open = documents[data.uri], open.version == data.version,
              let diagnostic = lint(open).first(where: {
                  $0.ruleID == data.rule && $0.range.start == data.start && $0.range.end == data.end
              }) else { return .object(object) }
        let linter = open.isConfigurationFile ? nil : linter(for: open)
        if let edit = actionEdit(data, diagnostic: diagnostic, in: open, findings: lint(open), linter: linter) {
            object["edit"] = edit.json
        } else {
            logMessage("no comment silences this `\(data.rule)` finding there; edit the file by hand", type: 2)
        }
        return .object(object)
    }

    /// For a table, which holds no comments: a `per-file-ignores` entry for it in the
    /// `.pathlint.yaml` that applies (`PerFileIgnoreWriter` says when one can be written).
    private func perFileIgnore(_ diagnostic: Diagnostic, in open: OpenDocument) -> WorkspaceEdit? {
        guard open.document.kind == .tsv, let found = projectConfiguration(open), case .success(let file) = found.file,
              let bytes = OpenDocument.readFile(file.path),
              let edit = PerFileIgnoreWriter.edit(adding: diagnostic.ruleID, forFile: open.document.path,
                                                  configuration: bytes, directory: ConfigPath.parent(of: file.path)) else { return nil }
        let source = SourceText(bytes: bytes)
        return WorkspaceEdit(changes: [("file://" + file.path, [converter.textEdit(edit, in: source)])])
    }

    /// The approved gene name or MeSH label beside each value (off by the `inlayHints` setting).
    private func inlayHints(_ params: InlayHintParams) -> JSONValue {
        guard settings.inlayHints, let (open, reference) = annotation(params.textDocument?.uri),
              let range = converter.range(params.range, in: open.source) else { return [] }
        return .array(InlayHints.hints(open.document, in: range, reference: reference).map {
            LSPInlayHint(position: converter.position($0.position, in: open.source), label: $0.label, tooltip: $0.tooltip).json
        })
    }

    /// The findings of every annotation file under the workspace folders (the Problems
    /// list of a folder of figures): open documents as they are in the editor, the others
    /// as on disk. Bounded by the `workspaceDiagnosticsLimit` setting (files, in path
    /// order); cancellable between files. A file whose bytes, tables and configuration are
    /// what they were at the client's previous result id is reported unchanged, unlinted.
    /// Nil when cancelled.
    private func workspaceDiagnostics(_ params: WorkspaceDiagnosticParams, id: JSONValue) -> JSONValue? {
        var items: [JSONValue] = []
        var reported = Set<String>()
        for (uri, open) in documents.sorted(by: { $0.key < $1.key }) where !open.isConfigurationFile {
            let diagnostics = lint(open)
            let resultID = resultIDs[uri] ?? ""
            let report: DocumentDiagnosticReport = params.previousResultIDs[uri] == resultID
                ? .unchanged(resultID: resultID) : .full(resultID: resultID, items: writer(for: open).array(diagnostics))
            items.append(WorkspaceDocumentDiagnosticReport(uri: uri, version: open.version, report: report).json)
            reported.insert(open.document.path)
        }
        let walk = WorkspaceFiles.annotationFiles(under: workspaceFolders, limit: settings.workspaceDiagnosticsLimit)
        if walk.truncated {
            logMessage("workspace diagnostics cover the first \(settings.workspaceDiagnosticsLimit) files only (setting workspaceDiagnosticsLimit)", type: 2)
        }
        for (index, path) in walk.files.enumerated() where !reported.contains(path) {
            if index % 16 == 0 && isCancelled(id) { return nil }
            guard let bytes = OpenDocument.readFile(path) else { continue }
            let uri = "file://" + WorkspaceFiles.percentEncodedPath(path)
            var document = AnnotationDocument(path: path, source: SourceText(bytes: bytes))
            var fingerprint = Fingerprint()
            fingerprint.add(bytes)
            SidecarLayout.attachCompanions(to: &document) { companion in
                let read = OpenDocument.readFile(companion)
                fingerprint.add(read ?? [])
                return read
            }
            let found = configurations.configuration(forFile: path)
            fingerprint.add(Array((found?.key ?? "").utf8) + Array("\(generation)".utf8))
            if let previous = closedFileResults[path], previous.fingerprint == fingerprint.value,
               params.previousResultIDs[uri] == previous.resultID {
                items.append(WorkspaceDocumentDiagnosticReport(uri: uri, version: nil,
                                                               report: .unchanged(resultID: previous.resultID)).json)
                continue
            }
            let diagnostics = ConfigFile.isConfigurationFile(path) ? [] : linter(under: found)?.lint(document) ?? []
            nextResultID += 1
            let resultID = "\(nextResultID)"
            closedFileResults[path] = (fingerprint.value, resultID)
            let writer = DiagnosticJSON(converter: converter, source: document.source, version: 0,
                                        ruleDocumentation: client.codeDescriptions ? settings.ruleDocumentationURL : nil)
            items.append(WorkspaceDocumentDiagnosticReport(uri: uri, version: nil,
                                                           report: .full(resultID: resultID, items: writer.array(diagnostics))).json)
        }
        return ["items": .array(items)]
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
            LSPDocumentLink(range: converter.range(link.range, in: open.source), target: link.target, tooltip: link.tooltip).json
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

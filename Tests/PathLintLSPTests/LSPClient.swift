import Foundation

/// A minimal LSP client for the end-to-end tests: it starts the real `pathlint-lsp`
/// executable, speaks Content-Length framed JSON-RPC over pipes, and collects what the
/// server sends on a reader thread.
final class LSPClient: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        case noBinary
        case timeout(String)
        var description: String {
            switch self {
            case .noBinary: "pathlint-lsp executable not found next to the test binary"
            case .timeout(let what): "timed out waiting for \(what)"
            }
        }
    }

    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `pathlint-lsp` executable next to the running test binary or in a parent directory.
    static let binary: URL? = {
        let fileManager = FileManager.default
        var starts: [URL] = []
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(Bundle.main.bundleURL)
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("pathlint-lsp")
                if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }()

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer = Data()
    private var messages: [[String: Any]] = []
    private var nextID = 1

    /// `environment`: variables set for the server (`PATHLINT_REFERENCE` is unset otherwise).
    init(environment extra: [String: String] = [:]) throws {
        guard let binary = LSPClient.binary else { throw Failure.noBinary }
        process.executableURL = binary
        process.currentDirectoryURL = LSPClient.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["PATHLINT_REFERENCE"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.parseBuffer()
            self.lock.unlock()
        }
        try process.run()
    }

    deinit {
        output.fileHandleForReading.readabilityHandler = nil
        // SIGKILL: a child of Foundation's Process may have SIGTERM blocked.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    // MARK: Sending

    func sendRaw(_ body: Data) {
        var framed = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        framed.append(body)
        input.fileHandleForWriting.write(framed)
    }

    /// Writes `bytes` as they are, unframed (a stray line, a broken header).
    func writeRaw(_ bytes: Data) {
        input.fileHandleForWriting.write(bytes)
    }

    func send(_ message: [String: Any]) {
        var message = message
        message["jsonrpc"] = "2.0"
        sendRaw(try! JSONSerialization.data(withJSONObject: message))
    }

    /// Sends a request and returns its id.
    @discardableResult
    func request(_ method: String, _ params: Any? = nil, id: Int? = nil) -> Int {
        let id = id ?? { lock.lock(); defer { lock.unlock() }; nextID += 1; return nextID }()
        var message: [String: Any] = ["id": id, "method": method]
        if let params { message["params"] = params }
        send(message)
        return id
    }

    func notify(_ method: String, _ params: Any? = nil) {
        var message: [String: Any] = ["method": method]
        if let params { message["params"] = params }
        send(message)
    }

    var inputHandle: FileHandle { input.fileHandleForWriting }

    func closeInput() { try? input.fileHandleForWriting.close() }

    // MARK: Receiving

    /// Waits for the first message (in arrival order, not yet taken) that `matches`; takes it.
    func wait(for what: String, timeout: TimeInterval = 10,
              _ matches: ([String: Any]) -> Bool) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            lock.lock()
            if let index = messages.firstIndex(where: matches) {
                let message = messages.remove(at: index)
                lock.unlock()
                return message
            }
            lock.unlock()
            Thread.sleep(forTimeInterval: 0.002)
        }
        throw Failure.timeout(what)
    }

    func response(to id: Int, timeout: TimeInterval = 10) throws -> [String: Any] {
        try wait(for: "the response to request \(id)", timeout: timeout) { ($0["id"] as? Int) == id && $0["method"] == nil }
    }

    /// The diagnostics of the next publish for `uri` (of that version, when given).
    func publishedDiagnostics(for uri: String, version: Int? = nil) throws -> [[String: Any]] {
        let message = try notification("textDocument/publishDiagnostics") { message in
            let params = message["params"] as? [String: Any]
            return params?["uri"] as? String == uri && (version == nil || params?["version"] as? Int == version)
        }
        return ((message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? []
    }

    func notification(_ method: String, timeout: TimeInterval = 10,
                      where condition: ([String: Any]) -> Bool = { _ in true }) throws -> [String: Any] {
        try wait(for: method, timeout: timeout) { ($0["method"] as? String) == method && condition($0) }
    }

    /// Every message received so far and not taken.
    func pending() -> [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }

    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        if process.isRunning { throw Failure.timeout("the server to exit") }
        return process.terminationStatus
    }

    /// Initializes with the given client capabilities and sends `initialized`.
    @discardableResult
    func initialize(capabilities: [String: Any] = [:], options: Any? = nil) throws -> [String: Any] {
        var params: [String: Any] = ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities]
        if let options { params["initializationOptions"] = options }
        let result = try response(to: request("initialize", params))
        notify("initialized", [String: Any]())
        return result
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": version,
                                                         "text": text]])
    }

    private func parseBuffer() {
        let separator = Data("\r\n\r\n".utf8)
        while let headerEnd = buffer.range(of: separator) {
            let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
            guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                  let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) else { return }
            let bodyStart = headerEnd.upperBound
            guard buffer.distance(from: bodyStart, to: buffer.endIndex) >= length else { return }
            let bodyEnd = buffer.index(bodyStart, offsetBy: length)
            if let object = try? JSONSerialization.jsonObject(with: buffer[bodyStart..<bodyEnd]) as? [String: Any] {
                messages.append(object)
            }
            buffer = Data(buffer[bodyEnd...])
        }
    }
}

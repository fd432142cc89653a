import JSONRPC
#if canImport(Glibc)
import Glibc
#endif

/// Reads framed messages from `input`, hands them to the server in order, and fires the
/// server's diagnostics timer. Everything already readable is read before anything is
/// handled, so a `$/cancelRequest` that arrives behind its request still cancels it.
struct MainLoop {
    let server: Server
    let input: Int32
    private var framer = MessageFramer()
    private var queue: [JSONValue] = []
    /// The input cannot be framed any further (`FramingError.isFatal`): the session ends, status 1.
    private var framingFailed = false

    init(server: Server, input: Int32) {
        self.server = server
        self.input = input
    }

    /// Runs until `exit` or the end of input; returns the process exit status.
    mutating func run() -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var inputOpen = true
        while inputOpen {
            let timeout = queue.isEmpty ? (server.nextDeadline() ?? -1) : 0
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(timeout, Int(Int32.max))))
            if ready < 0 && errno != EINTR { break }
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count <= 0 {
                    inputOpen = false
                } else {
                    framer.append(buffer[0..<count])
                    readMessages()
                }
            }
            handleQueue()
            if let code = server.exitCode { return code }
            if framingFailed { return 1 }
            server.publishDue()
        }
        handleQueue()
        // The client closed our input: exit, successfully only after a shutdown request.
        return server.exitCode ?? (server.state == .shutDown ? 0 : 1)
    }

    private mutating func readMessages() {
        while true {
            let body: [UInt8]?
            do {
                body = try framer.nextMessage()
            } catch {
                server.log("bad message header: \(error)")
                if error.isFatal {
                    // Nothing after it can be framed: say so and end, rather than go deaf.
                    server.send(["jsonrpc": "2.0", "method": "window/showMessage",
                                 "params": ["type": .int(1), "message": .string("pathlint-lsp stopped: \(error)")]])
                    framingFailed = true
                    return
                }
                continue
            }
            guard let body else { return }
            do {
                queue.append(try JSONCodec.parse(body))
            } catch {
                // Malformed JSON: -32700 with a null id, and keep serving.
                server.send(["jsonrpc": "2.0", "id": nil, "error": ["code": .int(ErrorCode.parseError.rawValue),
                                                                      "message": .string("parse error: \(error)")]])
            }
        }
    }

    private mutating func handleQueue() {
        let messages = queue
        queue.removeAll()
        let cancelled = Set(messages.compactMap { message -> JSONValue? in
            message["method"]?.stringValue == "$/cancelRequest" ? message["params"]?["id"] : nil
        })
        for message in messages {
            let id = message["id"]
            server.handle(message, cancelled: id.map { cancelled.contains($0) } ?? false)
            if server.exitCode != nil { return }
        }
    }
}

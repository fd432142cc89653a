import JSONRPC
import PathLintLSP
#if canImport(Glibc)
import Glibc
#endif

// pathlint-lsp: a Language Server for PFOCR annotation files over stdin/stdout
// (LSP 3.17, JSON-RPC 2.0 with Content-Length framing). Logs go to stderr. The server is
// the PathLintLSP library; this file only connects it to the process's pipes and clock.

signal(SIGPIPE, SIG_IGN)

func log(_ text: String) {
    var line = "pathlint-lsp: " + text + "\n"
    line.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

func milliseconds() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
}

func send(_ message: JSONValue) {
    let framed = MessageFramer.frame(JSONCodec.serialize(message))
    var offset = 0
    while offset < framed.count {
        let written = framed[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { exit(1) }  // the client is gone
        offset += written
    }
}

let server = Server(send: send, log: log, now: milliseconds)
server.tracing = getenv("PATHLINT_LSP_TRACE").map { String(cString: $0) == "1" } ?? false
let loop = MainLoop(server: server, input: 0)
exit(loop.run())

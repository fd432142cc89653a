#if canImport(Glibc)
import Glibc
#endif

// libFuzzer target: the language server's input stream (scripts/fuzz.sh lsp). The input
// is what a client writes on the server's stdin: it goes through the real `MainLoop`
// (framing, JSON parsing, dispatch to `Server`) from a temporary file, to its end. Output
// is discarded. A well-formed `initialize` is prepended to half the inputs (first byte
// odd), so that the fuzzer reaches the requests a running server answers.

private let initialize = Array(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#.utf8)

/// An unlinked temporary file, emptied and refilled for each input (memfd_create is not in
/// Swift's Glibc module).
private let descriptor: Int32 = {
    var template = Array("/tmp/pathlint-fuzz-lsp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { fatalError("mkstemp failed") }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    return descriptor
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLSP(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    var stream: [UInt8] = []
    if data[0] & 1 == 1 {
        stream = Array("Content-Length: \(initialize.count)\r\n\r\n".utf8) + initialize
    }
    stream.append(contentsOf: UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard ftruncate(descriptor, 0) == 0 else { fatalError("ftruncate failed") }
    lseek(descriptor, 0, SEEK_SET)
    var offset = 0
    while offset < stream.count {
        let written = stream[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written > 0 else { fatalError("write to memfd failed") }
        offset += written
    }
    lseek(descriptor, 0, SEEK_SET)
    var clock = 0
    let server = Server(send: { _ in }, log: { _ in }, now: { clock += 1; return clock })
    var loop = MainLoop(server: server, input: descriptor)
    _ = loop.run()
    return 0
}

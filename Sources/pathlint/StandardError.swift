#if canImport(Glibc)
import Glibc
#endif

enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { writeAll(2, UnsafeRawBufferPointer($0)) }
    }
}

/// Buffered standard output: one `write` per few kilobytes instead of one per line.
struct OutputBuffer {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll(1, $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A JSON array on standard output, written element by element as the files come (never
/// held whole): `[`, each element on its own line, `]`. The JSON and GitLab reports and
/// the JSON statistics.
struct JSONArrayOutput {
    private var output = OutputBuffer()
    private var empty = true

    init() { output.write("[") }

    mutating func append(_ element: String) {
        output.write(empty ? "\n  " : ",\n  ")
        empty = false
        output.write(element)
    }

    mutating func finish() {
        output.write(empty ? "]\n" : "\n]\n")
        output.flush()
    }
}

/// write(2) until every byte is out (or the descriptor is gone, as with a closed pipe).
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
    }
}

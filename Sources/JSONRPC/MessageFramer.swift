/// Why a header block was rejected. The framer has already skipped past it, unless the
/// error is fatal: then the stream cannot be followed any further and the session ends.
public struct FramingError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// A `Content-Length` too large for any integer: no message can follow it.
    public let isFatal: Bool

    /// The block has no usable header structure (a line without a colon, no
    /// `Content-Length`): stray text, after which a `Content-Length:` may start a message.
    let isStrayText: Bool

    public init(message: String, isFatal: Bool = false) {
        self.init(message: message, isFatal: isFatal, isStrayText: false)
    }

    init(message: String, isFatal: Bool, isStrayText: Bool) {
        self.message = message
        self.isFatal = isFatal
        self.isStrayText = isStrayText
    }

    public var description: String { "invalid LSP message header: \(message)" }
}

/// The LSP base protocol: each message is a header block (`Name: value` lines ended by
/// `\r\n`, the block by an empty line) and then `Content-Length` bytes of body.
///
/// Feed it whatever the stream yields with `append`, then call `nextMessage` until it returns
/// nil. Header names are case-insensitive; `Content-Length` is required, `Content-Type` and
/// any other header are accepted and ignored. Stray `\r`/`\n` before a header block are skipped.
///
/// Resynchronisation: a header block that does not parse but holds a `Content-Length:`
/// after its start (a wrapper's echo or a proxy's banner before a message; the rest of a
/// body whose length was wrong) is an error for the bytes before that header, and the
/// message is read from it. Without this, the body after a bad header was read as the
/// next header block, and every message after it the same way: the server went deaf.
public struct MessageFramer: Sendable {
    /// Largest body accepted.
    public static let maximumContentLength = 64 << 20
    /// Longest header block accepted (searching for its end stops there).
    public static let maximumHeaderLength = 64 << 10

    private var buffer: [UInt8] = []
    /// First byte not yet consumed.
    private var start = 0
    /// Where the search for the `\r\n\r\n` ending the current header block resumes.
    private var scanned = 0
    /// The body length from a header block already read, while its body is incomplete.
    private var pendingLength: Int? = nil
    /// Bytes still to drop of a body above the limit: dropped as they arrive, never
    /// buffered, so that the stream stays in step (the next message starts after them).
    private var skipping = 0

    public init() {}

    /// Bytes received and not yet returned as (part of) a message.
    public var bufferedByteCount: Int { buffer.count - start }

    /// Appends bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0 && (start == buffer.count || (start >= 4096 && start * 2 >= buffer.count)) {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        if skipping > 0 && start == buffer.count {
            let incoming = Array(bytes)
            let dropped = min(skipping, incoming.count)
            skipping -= dropped
            buffer.append(contentsOf: incoming[dropped...])
            return
        }
        buffer.append(contentsOf: bytes)
        dropSkippedBytes()
    }

    /// Drops what is buffered of a body being skipped.
    private mutating func dropSkippedBytes() {
        guard skipping > 0 else { return }
        let dropped = min(skipping, buffer.count - start)
        skipping -= dropped
        start += dropped
        scanned = max(scanned, start)
    }

    /// The next complete message body, nil when more bytes are needed. A malformed header
    /// block (no `Content-Length`, a non-numeric one, a line without a colon, or no end
    /// within 64 KiB) throws after the framer skipped past it, so calling again carries on
    /// with what follows. A `Content-Length` above 64 MiB throws too, and its body is then
    /// dropped as it arrives: the message after it is read as usual. A `Content-Length`
    /// too large for an `Int` throws a fatal error: the stream cannot be followed.
    public mutating func nextMessage() throws(FramingError) -> [UInt8]? {
        dropSkippedBytes()
        if skipping > 0 { return nil }
        if pendingLength == nil {
            while start < buffer.count, buffer[start] == 0x0D || buffer[start] == 0x0A {
                start += 1
            }
            scanned = max(scanned, start)
            guard let terminator = findHeaderEnd() else {
                if buffer.count - start > Self.maximumHeaderLength {
                    // Keep the last bytes: they may begin the terminator.
                    start = max(start, buffer.count - 3)
                    scanned = start
                    throw FramingError(message: "no end of the header block within \(Self.maximumHeaderLength) bytes")
                }
                return nil
            }
            let header = Array(buffer[start..<terminator])
            let length: Int
            do {
                length = try Self.contentLength(of: header)
            } catch {
                if error.isStrayText, let resume = Self.lastContentLengthHeader(in: header), resume > 0 {
                    let skipped = header[..<resume]
                    start += resume
                    scanned = start
                    throw FramingError(message: "\(skipped.count) bytes before a Content-Length header skipped: \(Self.quoted(skipped))")
                }
                start = terminator + 4
                scanned = start
                throw error
            }
            start = terminator + 4
            scanned = start
            guard length < Int.max else {
                throw FramingError(message: "Content-Length is larger than any integer; the stream cannot be followed", isFatal: true)
            }
            guard length <= Self.maximumContentLength else {
                skipping = length
                dropSkippedBytes()
                throw FramingError(message: "Content-Length \(length) is above the limit of \(Self.maximumContentLength) bytes; its body is skipped")
            }
            pendingLength = length
        }
        guard let length = pendingLength, buffer.count - start >= length else { return nil }
        let body = Array(buffer[start..<(start + length)])
        start += length
        scanned = start
        pendingLength = nil
        return body
    }

    /// The position of the `\r\n\r\n` ending the header block at `start`, searching from `scanned`.
    private mutating func findHeaderEnd() -> Int? {
        let count = buffer.count
        let found: Int? = buffer.withUnsafeBufferPointer { p in
            var i = scanned
            while i + 3 < count {
                if p[i] == 0x0D && p[i + 1] == 0x0A && p[i + 2] == 0x0D && p[i + 3] == 0x0A { return i }
                i += 1
            }
            return nil
        }
        if found == nil { scanned = max(start, count - 3) }
        return found
    }

    /// Frames `body` for sending: `Content-Length: N\r\n\r\n` and the body.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        var framed = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        framed.append(contentsOf: body)
        return framed
    }

    private static func contentLength(of header: [UInt8]) throws(FramingError) -> Int {
        var length: Int? = nil
        var lineStart = 0
        while lineStart <= header.count {
            var lineEnd = lineStart
            while lineEnd < header.count
                && !(header[lineEnd] == 0x0D && lineEnd + 1 < header.count && header[lineEnd + 1] == 0x0A)
            {
                lineEnd += 1
            }
            let line = header[lineStart..<lineEnd]
            lineStart = lineEnd + 2
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                throw FramingError(message: "header line without a colon: \(quoted(line))", isFatal: false, isStrayText: true)
            }
            guard isContentLength(line[line.startIndex..<colon]) else { continue }
            let value = trimmed(line[(colon + 1)...])
            guard !value.isEmpty, value.allSatisfy({ $0 &- 0x30 < 10 }) else {
                throw FramingError(message: "Content-Length is not a number: \(quoted(value))")
            }
            // Saturating: a length too large for an Int is Int.max, a fatal error.
            var number = 0
            for digit in value {
                let (times10, overflow) = number.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - 0x30))
                number = overflow || overflow2 ? Int.max : sum
            }
            if let length, length != number {
                throw FramingError(message: "conflicting Content-Length headers (\(length) and \(number))")
            }
            length = number
        }
        guard let length else {
            throw FramingError(message: "no Content-Length header in \(quoted(header[...]))", isFatal: false, isStrayText: true)
        }
        return length
    }

    /// Where the last `Content-Length:` (any case) in `header` starts.
    private static func lastContentLengthHeader(in header: [UInt8]) -> Int? {
        let name = Array("content-length:".utf8)
        var i = header.count - name.count
        while i >= 0 {
            var matches = true
            for (k, wanted) in name.enumerated() {
                let byte = header[i + k]
                if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != wanted { matches = false; break }
            }
            if matches { return i }
            i -= 1
        }
        return nil
    }

    private static func isContentLength(_ name: ArraySlice<UInt8>) -> Bool {
        let expected = Array("content-length".utf8)
        let name = trimmed(name)
        guard name.count == expected.count else { return false }
        for (byte, wanted) in zip(name, expected) {
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower != wanted { return false }
        }
        return true
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice.removeLast() }
        return slice
    }

    /// Header text for an error message, quoted, control bytes escaped, at most 120 bytes.
    private static func quoted(_ bytes: ArraySlice<UInt8>) -> String {
        var text = "\""
        for byte in bytes.prefix(120) {
            switch byte {
            case 0x0D: text += "\\r"
            case 0x0A: text += "\\n"
            case 0x22: text += "\\\""
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
            default: text += "\\x" + String(byte, radix: 16)
            }
        }
        if bytes.count > 120 { text += "…" }
        return text + "\""
    }
}

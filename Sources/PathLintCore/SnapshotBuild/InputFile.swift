#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why `pathlint data build` stopped. An input problem names the file and line.
public enum SnapshotBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A malformed or truncated input: file, 1-based line (0 for the file as a whole), what is wrong.
    case input(path: String, line: Int, message: String)
    case io(path: String, reason: String)
    case usage(String)

    public var description: String {
        switch self {
        case .input(let path, let line, let message): line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
        case .io(let path, let reason): "\(path): \(reason)"
        case .usage(let message): message
        }
    }
}

/// What the snapshot's provenance records of one input file.
public struct InputProvenance: Sendable, Equatable {
    /// The input's role (`hgnc`, `mesh-descriptors`, `ncbi-gene-info`, …).
    public var name: String
    /// The file's name (no directory: the path is the builder's machine's business).
    public var fileName: String
    public var size: Int
    public var sha256: String
    /// `YYYY-MM-DD`: the newest date the file states, else its modification time.
    public var date: String
    /// Where `date` came from: `content` (the file's own date columns), `mtime`, or
    /// `upstream` (stated by whoever packaged the file, for the embedded snapshot).
    public var dateSource: String

    /// The `input` line of `snapshot.info`.
    var infoLine: String {
        ["input", name, fileName, String(size), sha256, date, dateSource].joined(separator: "\t")
    }

    init(name: String, fileName: String, size: Int, sha256: String, date: String, dateSource: String) {
        self.name = name
        self.fileName = fileName
        self.size = size
        self.sha256 = sha256
        self.date = date
        self.dateSource = dateSource
    }

    /// Parses the value of an `input` line of `snapshot.info` (everything after `input\t`).
    init?(infoValue: some StringProtocol) {
        let columns = infoValue.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count >= 6, let size = Int(columns[2]) else { return nil }
        self.init(name: String(columns[0]), fileName: String(columns[1]), size: size, sha256: String(columns[3]),
                  date: String(columns[4]), dateSource: String(columns[5]))
    }
}

/// An input file read line by line through a fixed buffer, so a file of gigabytes costs
/// the buffer and one line. It hashes every byte as it passes, counts lines for error
/// messages, and calls a file whose last line has no line ending truncated.
final class InputFile {
    let path: String
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0
    private(set) var size = 0
    private var descriptor: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var hash = SHA256()
    /// Inputs are hashed for the provenance; the builder's own files (the base snapshot's,
    /// sorted runs) are not.
    private let hashing: Bool
    let modificationTime: Int

    init(path: String, bufferSize: Int = 1 << 20, hashing: Bool = true) throws(SnapshotBuildError) {
        self.path = path
        self.hashing = hashing
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .io(path: path, reason: "not a regular file")
        }
        modificationTime = Int(info.st_mtim.tv_sec)
        buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func failure(_ message: String, line: Int? = nil) -> SnapshotBuildError {
        .input(path: path, line: line ?? lineNumber, message: message)
    }

    /// The next line without its `\n` (and `\r`), as a string; nil at the end of the file.
    func nextLine() throws(SnapshotBuildError) -> String? {
        var bytes: [UInt8] = []
        guard try nextLine(into: &bytes) else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw failure("not valid UTF-8") }
        return text
    }

    /// The next line's bytes into `line` (replacing its contents); false at the end.
    func nextLine(into line: inout [UInt8]) throws(SnapshotBuildError) -> Bool {
        line.removeAll(keepingCapacity: true)
        while true {
            if let newline = findNewline() {
                line.append(contentsOf: buffer[start..<newline])
                start = newline + 1
                break
            }
            line.append(contentsOf: buffer[start..<end])
            start = end
            if atEOF {
                if line.isEmpty { return false }
                lineNumber += 1
                throw failure("truncated: the last line has no line ending")
            }
            try refill()
        }
        lineNumber += 1
        if line.last == 0x0D { line.removeLast() }
        return true
    }

    private func findNewline() -> Int? {
        guard start < end else { return nil }
        return buffer.withUnsafeBytes { bytes -> Int? in
            guard let found = memchr(bytes.baseAddress! + start, 0x0A, end - start) else { return nil }
            return bytes.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    private func refill() throws(SnapshotBuildError) {
        start = 0
        end = 0
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        if count == 0 {
            atEOF = true
            return
        }
        end = count
        size += count
        if hashing { buffer.withUnsafeBytes { hash.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) } }
    }

    /// Reads what is left (unparsed), so that the checksum covers the whole file.
    func drain() throws(SnapshotBuildError) {
        while !atEOF { try refill() }
        start = end
    }

    /// Hands the file's bytes to `body` a buffer at a time, unsplit (a plain copy).
    func chunks(_ body: (ArraySlice<UInt8>) throws(SnapshotBuildError) -> Void) throws(SnapshotBuildError) {
        if start < end { try body(buffer[start..<end]) }
        while true {
            try refill()
            if atEOF { return }
            try body(buffer[0..<end])
        }
    }

    /// The provenance of a file read to its end. `contentDate` is the newest date the file
    /// states, if any.
    func provenance(name: String, contentDate: String?) throws(SnapshotBuildError) -> InputProvenance {
        try drain()
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        return InputProvenance(name: name, fileName: fileName, size: size, sha256: hash.finalizeHex(),
                               date: contentDate ?? Self.day(of: modificationTime),
                               dateSource: contentDate == nil ? "mtime" : "content")
    }

    /// `YYYY-MM-DD` of a Unix time, in UTC.
    static func day(of time: Int) -> String {
        var seconds = time_t(time)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }

    /// `YYYY-MM-DD` from `YYYYMMDD` or `YYYY-MM-DD` (with a plausible year), else nil.
    static func normalizedDate(_ text: some StringProtocol) -> String? {
        let digits = text.utf8.filter { $0 != UInt8(ascii: "-") }
        guard digits.count == 8, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              text.utf8.count == 8 || text.utf8.count == 10 else { return nil }
        let string = String(decoding: digits, as: UTF8.self)
        guard let year = Int(string.prefix(4)), year >= 1950, year <= 2200 else { return nil }
        return "\(string.prefix(4))-\(string.dropFirst(4).prefix(2))-\(string.suffix(2))"
    }
}

/// The newest of the dates seen (ISO dates compare as strings).
struct NewestDate {
    private(set) var value: String?
    mutating func see(_ text: some StringProtocol) {
        guard let date = InputFile.normalizedDate(text) else { return }
        if value.map({ date > $0 }) ?? true { value = date }
    }
}

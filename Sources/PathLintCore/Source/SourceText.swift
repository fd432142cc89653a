#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes with a line index. Every range inside the core is a `ByteRange`
/// into these bytes; line/column in other units are computed here, at the edges.
///
/// Lines end at `\n`, `\r\n` or `\r` (the LSP definition). Columns are offered in
/// UTF-8 bytes, UTF-16 code units and Unicode code points.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Points of the column count along lines longer than `checkpointSpacing` bytes, in
    /// byte order: `location(of:)` walks from the nearest one before an offset instead of
    /// from the line's start. Without them each position on a 200 KB line cost a walk of
    /// the line, and 100,000 findings on it took seconds. Empty for every ordinary file.
    private let checkpoints: [Checkpoint]
    static let checkpointSpacing = 1024

    /// Where the column walk of `location(of:)` stands at `offset`, a character boundary.
    struct Checkpoint: Sendable {
        let offset: Int
        let codePoints: Int
        let utf16: Int
    }

    public init(bytes: [UInt8]) {
        let (lineStarts, checkpoints) = SourceText.index(bytes)
        self.bytes = bytes
        self.lineStarts = lineStarts
        self.checkpoints = checkpoints
    }

    private static func index(_ bytes: [UInt8]) -> ([Int], [Checkpoint]) {
        let starts = lineStarts(bytes)
        var checkpoints: [Checkpoint] = []
        for line in starts.indices {
            let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
            guard end - starts[line] > checkpointSpacing else { continue }
            // The same walk as `location(of:)`, noting where it stands every so often.
            var index = starts[line]
            var codePoints = 0
            var utf16 = 0
            var next = index + checkpointSpacing
            while index < end {
                if index >= next {
                    checkpoints.append(Checkpoint(offset: index, codePoints: codePoints, utf16: utf16))
                    next = index + checkpointSpacing
                }
                let width = sequenceWidth(bytes[index])
                codePoints += 1
                utf16 += width == 4 ? 2 : 1
                index += width
            }
        }
        return (starts, checkpoints)
    }

    /// The nearest checkpoint at or before `offset` on the line starting at `lineStart`.
    private func checkpoint(before offset: Int, lineStart: Int) -> Checkpoint? {
        guard !checkpoints.isEmpty else { return nil }
        var low = 0
        var high = checkpoints.count
        while low < high {
            let mid = (low + high) / 2
            if checkpoints[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, checkpoints[low - 1].offset > lineStart else { return nil }
        return checkpoints[low - 1]
    }

    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        let count = bytes.count
        // Most files have no CR: then memchr for each LF is all it takes.
        let lfOnly = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, count > 0 else { return true }
            guard memchr(base, 0x0D, count) == nil else { return false }
            var position = 0
            while position < count, let found = memchr(base + position, 0x0A, count - position) {
                position = base.distance(to: UnsafeRawPointer(found)) + 1
                starts.append(position)
            }
            return true
        }
        if lfOnly { return starts }
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The 0-based line holding `offset` (an offset at a line break belongs to that line).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of line `line` without its line break.
    public func contentRange(ofLine line: Int) -> ByteRange {
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return ByteRange(start, end)
    }

    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = line(containing: clamped)
        var codePoints = 0
        var utf16 = 0
        var index = lineStarts[line]
        if let known = checkpoint(before: clamped, lineStart: index) {
            (index, codePoints, utf16) = (known.offset, known.codePoints, known.utf16)
        }
        while index < clamped {
            let width = SourceText.sequenceWidth(bytes[index])
            codePoints += 1
            utf16 += width == 4 ? 2 : 1
            index += width
        }
        return SourceLocation(line: line, utf8Column: clamped - lineStarts[line],
                              utf16Column: utf16, codePointColumn: codePoints)
    }

    /// The byte offset of a column on a line, counting the column in `unit`.
    /// Columns past the end of the line clamp to its end (as LSP requires).
    public func offset(line: Int, column: Int, unit: ColumnUnit) -> Int {
        if line < 0 { return 0 }
        if line >= lineStarts.count { return bytes.count }
        let content = contentRange(ofLine: line)
        var index = content.start
        var counted = 0
        if !checkpoints.isEmpty {
            // Start from the last checkpoint of the line that is still before the column.
            for known in checkpoints where known.offset > content.start && known.offset <= content.end {
                let at = switch unit {
                case .utf8: known.offset - content.start
                case .utf16: known.utf16
                case .codePoint: known.codePoints
                }
                if at > column { break }
                (index, counted) = (known.offset, at)
            }
        }
        while index < content.end && counted < column {
            let width = SourceText.sequenceWidth(bytes[index])
            switch unit {
            case .utf8: counted += width
            case .utf16: counted += width == 4 ? 2 : 1
            case .codePoint: counted += 1
            }
            if counted > column { break }  // a column inside a character: stay before it
            index += width
        }
        return min(index, content.end)
    }

    public func text(_ range: ByteRange) -> String {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Length of the UTF-8 sequence that `lead` starts (1 for a stray byte).
    @inline(__always)
    static func sequenceWidth(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}

public enum ColumnUnit: String, Sendable {
    case utf8, utf16, codePoint
}

/// A position resolved for display: 0-based line and columns in three units.
public struct SourceLocation: Hashable, Sendable {
    public let line: Int
    public let utf8Column: Int
    public let utf16Column: Int
    public let codePointColumn: Int

    public func column(in unit: ColumnUnit) -> Int {
        switch unit {
        case .utf8: utf8Column
        case .utf16: utf16Column
        case .codePoint: codePointColumn
        }
    }
}

/// A half-open range of byte offsets into a `SourceText`.
public struct ByteRange: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var isEmpty: Bool { start == end }
    public var count: Int { end - start }

    public func contains(_ other: ByteRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: ByteRange) -> Bool {
        start < other.end && other.start < end || (isEmpty && other.contains(self)) || (other.isEmpty && contains(other))
    }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

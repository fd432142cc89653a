/// A text file of tab-separated lines sorted by their raw bytes (as written by
/// `scripts/build-snapshot.py`), searched in place by binary search on byte offsets.
///
/// Because whole lines are sorted and a tab sorts before every key character, all
/// lines whose first column equals a key are contiguous, and the first of them is the
/// first line not less than `key + "\t"`.
public struct SortedLines: Sendable {
    public let file: MappedFile

    public init(file: MappedFile) { self.file = file }

    /// Every line whose first column is exactly `key`, in file order, split into columns.
    public func records(forKey key: String) -> [[Substring]] {
        lineRanges(forKey: key).map { range in
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: file.bytes[range]), as: UTF8.self)
            return text.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    /// The values of a multi-valued (`|`-separated) column.
    public static func values(_ column: Substring) -> [String] {
        column.isEmpty ? [] : column.split(separator: "|").map(String.init)
    }

    /// The first record with this key, if any.
    public func record(forKey key: String) -> [Substring]? {
        records(forKey: key).first
    }

    /// Byte ranges (without the newline) of the lines whose first column is `key`.
    public func lineRanges(forKey key: String) -> [Range<Int>] {
        var probe = Array(key.utf8)
        probe.append(0x09)
        return probe.withUnsafeBufferPointer { probe in
            var result: [Range<Int>] = []
            var start = lowerBound(probe)
            let bytes = file.bytes
            while start < bytes.count {
                let end = lineEnd(from: start)
                guard hasPrefix(start, end, probe) else { break }
                result.append(start..<end)
                start = end + 1
            }
            return result
        }
    }

    /// Lines whose first column starts with `prefix` (for completion), at most `limit`.
    public func records(withKeyPrefix prefix: String, limit: Int) -> [[Substring]] {
        let probe = Array(prefix.utf8)
        return probe.withUnsafeBufferPointer { probe in
            var result: [[Substring]] = []
            var start = lowerBound(probe)
            let bytes = file.bytes
            while start < bytes.count && result.count < limit {
                let end = lineEnd(from: start)
                guard hasPrefix(start, end, probe) else { break }
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                result.append(text.split(separator: "\t", omittingEmptySubsequences: false))
                start = end + 1
            }
            return result
        }
    }

    /// Offset of the first line that is not less than `probe` (or the file size).
    /// The greatest key starting with `prefix`, longer keys counting as greater (MeSH's
    /// 9-digit IDs are newer than its 6-digit ones). Reads keys in place; allocates one string.
    public func greatestKey(withPrefix prefix: String) -> String? {
        let probe = Array(prefix.utf8)
        return probe.withUnsafeBufferPointer { probe -> String? in
            let bytes = file.bytes
            var start = lowerBound(probe)
            var best: Range<Int>?
            while start < bytes.count {
                let end = lineEnd(from: start)
                guard hasPrefix(start, end, probe) else { break }
                var keyEnd = start
                while keyEnd < end && bytes[keyEnd] != 0x09 { keyEnd += 1 }
                if let current = best {
                    let longer = keyEnd - start > current.count
                    let sameLength = keyEnd - start == current.count
                    if longer || sameLength && compare(start, keyEnd, current) > 0 { best = start..<keyEnd }
                } else {
                    best = start..<keyEnd
                }
                start = end + 1
            }
            return best.map { String(decoding: UnsafeRawBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// Compares the bytes start..<end with those of `other`, byte by byte.
    private func compare(_ start: Int, _ end: Int, _ other: Range<Int>) -> Int {
        let bytes = file.bytes
        var i = start, j = other.lowerBound
        while i < end && j < other.upperBound {
            if bytes[i] != bytes[j] { return bytes[i] < bytes[j] ? -1 : 1 }
            i += 1; j += 1
        }
        return (end - start) - other.count
    }

    private func lowerBound(_ probe: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = file.bytes
        var low = 0
        var high = bytes.count
        // Invariant: every line starting before `low` is < probe; every line starting at
        // or after `high` is >= probe. Both stay on line starts.
        while low < high {
            var lineStart = (low + high) / 2
            while lineStart > low && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            let end = lineEnd(from: lineStart)
            if compare(lineStart, end, probe) < 0 {
                low = end + 1
            } else {
                high = lineStart
            }
        }
        return low
    }

    private func lineEnd(from start: Int) -> Int {
        let bytes = file.bytes
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        return end
    }

    private func compare(_ start: Int, _ end: Int, _ probe: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = file.bytes
        var index = 0
        while index < probe.count {
            if start + index >= end { return -1 }
            let lhs = bytes[start + index]
            let rhs = probe[index]
            if lhs != rhs { return lhs < rhs ? -1 : 1 }
            index += 1
        }
        return 0
    }

    private func hasPrefix(_ start: Int, _ end: Int, _ probe: UnsafeBufferPointer<UInt8>) -> Bool {
        end - start >= probe.count && compare(start, end, probe) == 0
    }
}

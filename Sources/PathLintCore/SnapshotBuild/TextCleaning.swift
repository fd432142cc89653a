/// The builder's text handling, identical to `scripts/build-snapshot.py`'s so that the
/// same data give the same snapshot files.
enum TextCleaning {
    /// `clean()`: runs of tabs, CR, LF and `|` become one space (a value must fit one
    /// column of one line), then surrounding white space goes (as Python's `strip()`).
    static func clean(_ text: some StringProtocol) -> String {
        // Nearly every value is plain ASCII already clean: no scalar loop for those.
        let string = String(text)
        let utf8 = string.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, last > 0x20,
           utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "|") }) {
            return string
        }
        if utf8.isEmpty { return "" }
        var scalars = String.UnicodeScalarView()
        var inRun = false
        for scalar in string.unicodeScalars {
            if scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar == "|" {
                if !inRun { scalars.append(" ") }
                inRun = true
            } else {
                scalars.append(scalar)
                inRun = false
            }
        }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end && isPythonSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start && isPythonSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// Python's `str.isspace()`.
    static func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `split_multi()`: the cleaned, non-empty parts of `text` split on `separator`.
    static func splitMulti(_ text: some StringProtocol, _ separator: String) -> [String] {
        split(String(text), separator).map { clean($0) }.filter { !$0.isEmpty }
    }

    /// Python's `str.split(sep)`: every part, empty ones included.
    static func split(_ text: String, _ separator: String) -> [Substring] {
        if separator.utf8.count == 1 {
            return text.split(separator: Character(separator), omittingEmptySubsequences: false)
        }
        var parts: [Substring] = []
        var rest = text[...]
        while let range = rest.firstRange(of: separator) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }

    /// `words()`: a term's lower-cased words, sorted (`House, Slaughter` = `Slaughter House`).
    static func words(_ term: String) -> [String] {
        term.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init).sorted(by: utf8Less)
    }

    /// Python's string order: by code point, which is UTF-8 byte order.
    static func utf8Less(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// One line of a CSV file as Python's `csv.reader` reads it (`,`, `"` quoting with
    /// `""` for a quote). A quoted field that runs past the line end continues on the
    /// next line (`more` supplies it); nil from `more` leaves the field as read.
    static func csvFields(_ line: String, more: () throws(SnapshotBuildError) -> String?) throws(SnapshotBuildError) -> [String] {
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = Array(line.unicodeScalars)
        var index = 0
        if scalars.isEmpty { return [] }
        while true {
            if index == scalars.count {
                if quoted, let next = try more() {
                    field.append("\n")
                    scalars = Array(next.unicodeScalars)
                    index = 0
                    continue
                }
                fields.append(String(field))
                return fields
            }
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.count && scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else {
                field.append(scalar)
            }
        }
    }
}

/// Writing YAML scalars for fixes: the shortest safe spelling in the style asked for.
public enum YAMLText {
    /// `value` as a YAML scalar: single-quoted when asked (or when plain would change
    /// its meaning), double-quoted when it holds characters a single-quoted scalar cannot.
    public static func scalar(_ value: String, style: ScalarStyle) -> String {
        // Fixes spell thousands of keywords and symbols: printable ASCII (one byte, one
        // character) is decided on the bytes, with the same rules as below.
        if style == .plain, let safe = printableASCIISafePlain(value) { return safe ? value : singleQuoted(value) }
        if value.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            return doubleQuoted(value)
        }
        switch style {
        case .doubleQuoted: return doubleQuoted(value)
        case .singleQuoted: return singleQuoted(value)
        case .plain, .literal, .folded: return isSafePlain(value) ? value : singleQuoted(value)
        }
    }

    public static func singleQuoted(_ value: String) -> String {
        "'" + value.replacingAll("'", with: "''") + "'"
    }

    public static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `value` reads back as the same string when written plain: no indicator
    /// first, no `: ` or ` #`, not a YAML 1.1 boolean, null or number.
    public static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return false }
        if " \t".contains(last) || " \t".contains(first) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        if reservedPlainWords.contains(value) { return false }
        return !looksNumeric(value)
    }

    /// `isSafePlain(value)` for a value of printable ASCII only (no tab or line break);
    /// nil for any other value.
    static func printableASCIISafePlain(_ value: String) -> Bool? {
        var value = value
        return value.withUTF8 { bytes -> Bool? in
            guard let first = bytes.first, let last = bytes.last else { return nil }
            var sawDigit = false, numeric = true, previous: UInt8 = 0
            for byte in bytes {
                guard byte >= 0x20 && byte < 0x7F else { return nil }
                if (previous == 0x3A && byte == 0x20) || (previous == 0x20 && byte == 0x23) { return false }  // ": ", " #"
                previous = byte
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
                case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"),
                     UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "x"),
                     UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: ":"): break
                default: numeric = false
                }
            }
            if first == 0x20 || last == 0x20 || last == 0x3A { return false }
            switch first {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
                 UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
                 UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                return false
            default: break
            }
            if bytes.count <= 5 && reservedPlainWords.contains(String(decoding: bytes, as: UTF8.self)) { return false }
            // Only a value of number characters needs the exact test.
            return !(numeric && sawDigit && looksNumeric(String(decoding: bytes, as: UTF8.self)))
        }
    }

    /// Plain words YAML 1.1 reads as booleans, nulls or special floats.
    private static let reservedPlainWords: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        "null", "Null", "NULL", "~", ".nan", ".NaN", ".inf", ".Inf", "-.inf",
    ]

    /// Whether a plain scalar would read as a number in YAML 1.1 or 1.2: an integer
    /// (decimal, `0x`, `0o`, `0b`, old-style octal, sexagesimal `1:30`), a float (`1.5`,
    /// `.5`, `1e5`, `1.2.3` in 1.1's loose form), or `.inf`/`.nan`. `CD44` and `DAB2` are
    /// not: hex digits are only a number after `0x`.
    static func looksNumeric(_ value: String) -> Bool {
        var bytes = Substring(value).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66) }
        guard let first = bytes.first else { return false }
        let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        if lowered == ".inf" || lowered == ".nan" { return true }
        if first == UInt8(ascii: "0"), bytes.count > 2 {
            let rest = bytes.dropFirst(2)
            switch bytes[bytes.index(after: bytes.startIndex)] | 0x20 {
            case UInt8(ascii: "x"): return rest.allSatisfy { isHex($0) || $0 == UInt8(ascii: "_") }
            case UInt8(ascii: "o"): return rest.allSatisfy { ($0 >= 0x30 && $0 <= 0x37) || $0 == UInt8(ascii: "_") }
            case UInt8(ascii: "b"): return rest.allSatisfy { $0 == 0x30 || $0 == 0x31 || $0 == UInt8(ascii: "_") }
            default: break
            }
        }
        // Digits and `_`, sexagesimal `:` parts, a fraction (dots allowed, as 1.1 has it),
        // then an exponent.
        var sawDigit = false, position = bytes.startIndex
        while position < bytes.endIndex, isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_")
            || (bytes[position] == UInt8(ascii: ":") && sawDigit) {
            if isDigit(bytes[position]) { sawDigit = true }
            position = bytes.index(after: position)
        }
        if position > bytes.startIndex, bytes[bytes.index(before: position)] == UInt8(ascii: ":") { return false }  // `1:`
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: ".") {
            while position < bytes.endIndex, isDigit(bytes[position]) || bytes[position] == UInt8(ascii: ".")
                || bytes[position] == UInt8(ascii: "_") {
                if isDigit(bytes[position]) { sawDigit = true }
                position = bytes.index(after: position)
            }
        }
        guard sawDigit else { return false }
        if position < bytes.endIndex, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position = bytes.index(after: position)
            if position < bytes.endIndex, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position = bytes.index(after: position)
            }
            guard position < bytes.endIndex else { return false }
            while position < bytes.endIndex, isDigit(bytes[position]) { position = bytes.index(after: position) }
        }
        return position == bytes.endIndex
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let found = rest.firstRange(of: target) {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}

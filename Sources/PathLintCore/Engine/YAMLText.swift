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

    /// Plain words YAML 1.1 reads as booleans, nulls or special floats.
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
            return !(numeric && sawDigit)
        }
    }

    private static let reservedPlainWords: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        "null", "Null", "NULL", "~", ".nan", ".NaN", ".inf", ".Inf", "-.inf",
    ]

    private static func looksNumeric(_ value: String) -> Bool {
        var sawDigit = false
        for character in value {
            if character.isASCII && character.isNumber { sawDigit = true; continue }
            if "+-._eExXoObB:".contains(character) || (character.isHexDigit && character.isASCII) { continue }
            return false
        }
        return sawDigit
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

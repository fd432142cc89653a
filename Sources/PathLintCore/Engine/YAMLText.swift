/// Writing YAML scalars for fixes: the shortest safe spelling in the style asked for.
public enum YAMLText {
    /// `value` as a YAML scalar: single-quoted when asked (or when plain would change
    /// its meaning), double-quoted when it holds characters a single-quoted scalar cannot.
    public static func scalar(_ value: String, style: ScalarStyle) -> String {
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

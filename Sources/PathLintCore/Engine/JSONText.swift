/// JSON string literals, for the writers that build JSON as text (the CLI's reporters,
/// the JSON Schema). The language server writes through `JSONCodec` in `JSONRPC`, which
/// the core does not depend on.
public enum JSONText {
    /// A JSON string literal (RFC 8259 escaping).
    public static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

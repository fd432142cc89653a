/// Names characters for messages: a look-alike (`А`, Cyrillic) or an invisible character
/// (a zero-width space) in a value reads as the right value and is not, so a message about
/// it names the code point, `U+0410 CYRILLIC CAPITAL LETTER A`, which a curator can search
/// for. Names come from `CodePointNames` (generated from Unicode data); a character outside
/// its blocks is named by code point alone.
public enum CharacterNames {
    private static let names: [UInt32: Substring] = {
        var names: [UInt32: Substring] = [:]
        for line in CodePointNames.table.split(separator: "\n") {
            guard let space = line.firstIndex(of: " "), let value = UInt32(line[..<space], radix: 16) else { continue }
            names[value] = line[line.index(after: space)...]
        }
        return names
    }()

    /// `U+0410 CYRILLIC CAPITAL LETTER A`, or `U+XXXX` for a character the table lacks.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        var digits = String(scalar.value, radix: 16, uppercase: true)
        while digits.count < 4 { digits = "0" + digits }
        guard let name = names[scalar.value] else { return "U+" + digits }
        return "U+\(digits) \(name)"
    }

    /// The characters of `text` outside printable ASCII (look-alikes, invisible and space
    /// characters, controls), each once, in order of appearance, described; at most
    /// `limit`, then `and N more`. Empty for plain ASCII text.
    public static func unusual(in text: String, limit: Int = 4) -> [String] {
        var seen: Set<UInt32> = []
        var found: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !(0x20...0x7E).contains(scalar.value) {
            if seen.insert(scalar.value).inserted { found.append(scalar) }
        }
        var described = found.prefix(limit).map(describe)
        if found.count > limit { described.append("and \(found.count - limit) more") }
        return described
    }

    /// `; it contains U+0410 CYRILLIC CAPITAL LETTER A, …`, to append to a message about
    /// a value that should be plain ASCII; empty when it is.
    public static func containsClause(_ text: String) -> String {
        let described = unusual(in: text)
        return described.isEmpty ? "" : "; it contains " + described.joined(separator: ", ")
    }
}

/// How a chemical's or disease's OCR `word` is compared with MeSH terms: case, Greek
/// letters, hyphens and spaces, plurals, charges, stoichiometric counts (`2ATP`) and
/// acid/anion names (`lactate` = `Lactic Acid`) aside.
enum MeSHTermKey {
    private static let greek: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa",
        "λ": "lambda", "μ": "mu", "ω": "omega", "Α": "alpha", "Β": "beta", "Γ": "gamma", "Δ": "delta",
    ]

    /// A comparison key: lower-case letters and digits, as UTF-8 bytes.
    typealias Key = [UInt8]

    /// Spellings MeSH does not list: `tumour`, `diphosphate`, `cancer` (MeSH says Neoplasms).
    private static let spellings: [(Key, Key)] = [("pyrophosphate", "diphosphate"), ("our", "or"),
                                                  ("cancer", "neoplasm"), ("tumor", "neoplasm")]
        .map { (Array($0.utf8), Array($1.utf8)) }
    private static let acidEndings: [(Key, Key)] = [("icacids", "ate"), ("icacid", "ate"), ("ousacid", "ite")]
        .map { (Array($0.utf8), Array($1.utf8)) }

    /// The comparison keys of a term: its key, its key without a final plural `s`, and
    /// the same for the term without a leading count (`2ATP`, `2NADH`).
    static func keys(_ term: some StringProtocol) -> Set<Key> {
        var keys = baseKeys(Substring(term))
        if let first = term.first, first.isNumber, let letter = term.firstIndex(where: { !$0.isNumber }),
           term[letter].isUppercase {
            keys.formUnion(baseKeys(Substring(term[letter...])))
        }
        return keys
    }

    private static func baseKeys(_ term: Substring) -> Set<Key> {
        var text = term.utf8[...]
        // A trailing charge: `Ca2+`, `Cl-`.
        while let last = text.last, last == UInt8(ascii: "+") || last == UInt8(ascii: "-") { text = text.dropLast() }
        var key: Key = []
        key.reserveCapacity(text.count)
        if text.allSatisfy({ $0 < 0x80 }) {
            // ASCII, nearly every term: byte by byte.
            for byte in text {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: key.append(byte)
                case 0x41...0x5A: key.append(byte + 32)
                default: break
                }
            }
        } else {
            // Greek letters by name; other letters and digits lower-cased.
            for scalar in String(Substring(text)).unicodeScalars {
                if let name = greek[Character(scalar)] {
                    key.append(contentsOf: name.utf8)
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
            }
        }
        guard !key.isEmpty else { return [] }
        for (spelling, canonical) in spellings { key = replacing(spelling, with: canonical, in: key) }
        var keys: Set<Key> = [key]
        // Locants before a name: `2-methylcitric acid` is `methylcitrate`.
        if let letter = key.firstIndex(where: { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 }), letter != 0 {
            keys.insert(Array(key[letter...]))
        }
        for variant in keys {
            for (acid, anion) in acidEndings where hasSuffix(variant, acid) {
                keys.insert(Array(variant.dropLast(acid.count)) + anion)
            }
        }
        for variant in keys where variant.last == UInt8(ascii: "s") && variant.count > 3 { keys.insert(Array(variant.dropLast())) }
        return keys
    }

    private static func replacing(_ target: Key, with replacement: Key, in key: Key) -> Key {
        guard key.count >= target.count else { return key }
        var result: Key = [], index = 0, changed = false
        while index < key.count {
            if index + target.count <= key.count, key[index] == target[0], key[index..<index + target.count].elementsEqual(target) {
                result.append(contentsOf: replacement)
                index += target.count
                changed = true
            } else {
                result.append(key[index])
                index += 1
            }
        }
        return changed ? result : key
    }

    private static func hasPrefix(_ key: Key, _ prefix: Key) -> Bool {
        key.count >= prefix.count && key[..<prefix.count].elementsEqual(prefix)
    }

    private static func hasSuffix(_ key: Key, _ suffix: Key) -> Bool {
        key.count >= suffix.count && key[(key.count - suffix.count)...].elementsEqual(suffix)
    }

    /// Whether `word` resembles any of `terms`: a key in common; one of the word's
    /// parts (`NADP NADPH`, `Acetyl-CoA CoA`) with a key in common; one key starting or
    /// ending with the other (`ATP182`, `cis-cis-Muconate` for muconic acid); one
    /// letter apart (`Scytalone`, `scytolone`); a long common stem (`diabetic`, Diabetes
    /// Mellitus); or the initials of a term (`APC`, Adenomatous Polyposis Coli).
    static func resembles(_ word: String, anyOf terms: [String]) -> Bool {
        resembles(word, anyOf: terms, termKeys: terms.reduce(into: Set<Key>()) { $0.formUnion(keys($1)) })
    }

    /// As above, with the terms' keys worked out once (per concept, by the caller).
    static func resembles(_ word: String, anyOf terms: [String], termKeys: Set<Key>) -> Bool {
        let wordKeys = keys(word)
        if !wordKeys.isDisjoint(with: termKeys) { return true }
        let parts = word.split { $0 == " " || $0 == "/" || $0 == "," || $0 == "(" || $0 == ")" }
        if parts.count > 1, parts.contains(where: { part in
            keys(part).contains { key in termKeys.contains(key) || (key.count >= 4 && termKeys.contains { similar(key, $0) }) }
        }) { return true }
        for wordKey in wordKeys {
            for termKey in termKeys where similar(wordKey, termKey) { return true }
        }
        let letters = word.filter { !$0.isPunctuation && !$0.isWhitespace }
        guard (3...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return false }
        return terms.contains { isAcronym(letters, of: $0) }
    }

    private static func similar(_ a: Key, _ b: Key) -> Bool {
        if b.count >= 3 && hasPrefix(a, b) { return true }
        if a.count >= 4 && hasPrefix(b, a) { return true }
        let shorter = min(a.count, b.count)
        if shorter >= 5 && (hasSuffix(a, b) || hasSuffix(b, a)) { return true }
        let common = zip(a, b).prefix { $0 == $1 }.count
        // A long shared stem: `diabetic`, Diabetes Mellitus; IUPAC names written two ways.
        if common >= 12 || (common >= 6 && common * 4 >= shorter * 3) { return true }
        return shorter >= 6 && withinOneEdit(a, b)
    }

    /// `APC` for Adenomatous Polyposis Coli; a comma-inverted term read both ways.
    private static func isAcronym(_ letters: String, of term: String) -> Bool {
        var readings = [term]
        if let comma = term.firstIndex(of: ",") {
            readings.append(term[term.index(after: comma)...].drop { $0 == " " } + " " + term[..<comma])
        }
        return readings.contains { reading in
            let initials = reading.split { $0 == " " || $0 == "-" || $0 == "," }.compactMap(\.first)
            return String(initials).uppercased() == letters
        }
    }

    private static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}


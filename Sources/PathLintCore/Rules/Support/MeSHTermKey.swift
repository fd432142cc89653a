/// How a chemical's or disease's OCR `word` is compared with MeSH terms: case, Greek
/// letters, hyphens and spaces, plurals, charges, stoichiometric counts (`2ATP`) and
/// acid/anion names (`lactate` = `Lactic Acid`) aside.
enum MeSHTermKey {
    private static let greek: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa",
        "λ": "lambda", "μ": "mu", "ω": "omega", "Α": "alpha", "Β": "beta", "Γ": "gamma", "Δ": "delta",
    ]

    private static let spellings = [("pyrophosphate", "diphosphate"), ("our", "or"), ("cancer", "neoplasm"),
                                     ("tumor", "neoplasm")]

    /// The comparison keys of a term: its key, its key without a final plural `s`, and
    /// the same for the term without a leading count (`2ATP`, `2NADH`).
    static func keys(_ term: some StringProtocol) -> Set<String> {
        var keys = baseKeys(Substring(term))
        if let first = term.first, first.isNumber, let letter = term.firstIndex(where: { !$0.isNumber }),
           term[letter].isUppercase {
            keys.formUnion(baseKeys(term[letter...]))
        }
        return keys
    }

    private static func baseKeys(_ term: some StringProtocol) -> Set<String> {
        var text = Substring(term)
        // A trailing charge: `Ca2+`, `Cl-`.
        while let last = text.last, last == "+" || last == "-" { text = text.dropLast() }
        // ASCII (nearly every term) byte by byte; Greek letters by name; other letters as they are.
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { scalars.append(scalar) }
                else if (0x41...0x5A).contains(value) { scalars.append(Unicode.Scalar(value + 32)!) }
            } else if let name = greek[Character(scalar)] {
                scalars.append(contentsOf: name.unicodeScalars)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        var key = String(scalars)
        guard !key.isEmpty else { return [] }
        // Spellings MeSH does not list: `tumour`, `diphosphate`, `cancer` (MeSH says Neoplasms).
        for (spelling, canonical) in spellings where key.contains(spelling) { key = key.replacing(spelling, with: canonical) }
        var keys: Set<String> = [key]
        // Locants before a name: `2-methylcitric acid` is `methylcitrate`.
        if let letter = key.firstIndex(where: \.isLetter), letter != key.startIndex { keys.insert(String(key[letter...])) }
        for variant in keys {
            for (acid, anion) in [("icacids", "ate"), ("icacid", "ate"), ("ousacid", "ite")] where variant.hasSuffix(acid) {
                keys.insert(String(variant.dropLast(acid.count)) + anion)
            }
        }
        for variant in keys where variant.hasSuffix("s") && variant.count > 3 { keys.insert(String(variant.dropLast())) }
        return keys
    }

    /// Whether `word` resembles any of `terms`: a key in common; one of the word's
    /// parts (`NADP NADPH`, `Acetyl-CoA CoA`) with a key in common; one key starting or
    /// ending with the other (`ATP182`, `cis-cis-Muconate` for muconic acid); one
    /// letter apart (`Scytalone`, `scytolone`); a long common stem (`diabetic`, Diabetes
    /// Mellitus); or the initials of a term (`APC`, Adenomatous Polyposis Coli).
    static func resembles(_ word: String, anyOf terms: [String]) -> Bool {
        resembles(word, anyOf: terms, termKeys: terms.reduce(into: Set<String>()) { $0.formUnion(keys($1)) })
    }

    /// As above, with the terms' keys worked out once (per concept, by the caller).
    static func resembles(_ word: String, anyOf terms: [String], termKeys: Set<String>) -> Bool {
        let wordKeys = keys(word)
        if !wordKeys.isDisjoint(with: termKeys) { return true }
        let parts = word.split { $0 == " " || $0 == "/" || $0 == "," || $0 == "(" || $0 == ")" }
        if parts.count > 1, parts.contains(where: { part in
            keys(part).contains { key in termKeys.contains(key) || (key.count >= 4 && termKeys.contains { similar(key, $0) }) }
        }) { return true }
        for wordKey in wordKeys {
            for termKey in termKeys where similar(wordKey, termKey) { return true }
        }
        return terms.contains { isAcronym(word, of: $0) }
    }

    private static func similar(_ wordKey: String, _ termKey: String) -> Bool {
        if termKey.count >= 3 && wordKey.hasPrefix(termKey) { return true }
        if wordKey.count >= 4 && termKey.hasPrefix(wordKey) { return true }
        let shorter = min(wordKey.count, termKey.count)
        if shorter >= 5 && (wordKey.hasSuffix(termKey) || termKey.hasSuffix(wordKey)) { return true }
        let a = Array(wordKey.utf8), b = Array(termKey.utf8)
        let common = zip(a, b).prefix { $0 == $1 }.count
        // A long shared stem: `diabetic`, Diabetes Mellitus; IUPAC names written two ways.
        if common >= 12 || (common >= 6 && common * 4 >= shorter * 3) { return true }
        return shorter >= 6 && withinOneEdit(a, b)
    }

    /// `APC` for Adenomatous Polyposis Coli; a comma-inverted term read both ways.
    private static func isAcronym(_ word: String, of term: String) -> Bool {
        let letters = word.filter { !$0.isPunctuation && !$0.isWhitespace }
        guard (3...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return false }
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


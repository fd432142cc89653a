/// How a chemical's or disease's OCR `word` is compared with MeSH terms: case, Greek
/// letters, hyphens and spaces, plurals, charges, stoichiometric counts (`2ATP`) and
/// acid/anion names (`lactate` = `Lactic Acid`) aside.
enum MeSHTermKey {
    private static let greek: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa",
        "λ": "lambda", "μ": "mu", "ω": "omega", "Α": "alpha", "Β": "beta", "Γ": "gamma", "Δ": "delta",
    ]

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
        var key = ""
        for character in text {
            if let name = greek[character] { key += name; continue }
            if character.isLetter || character.isNumber { key += character.lowercased() }
        }
        guard !key.isEmpty else { return [] }
        // Spellings MeSH does not list: `tumour`, `diphosphate`, `cancer` (MeSH says Neoplasms).
        key = key.replacing("pyrophosphate", with: "diphosphate").replacing("our", with: "or")
            .replacing("cancer", with: "neoplasm").replacing("tumor", with: "neoplasm")
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

    /// Whether `name` is, normalised, one of `terms` (for a curated abbreviation's
    /// meaning, which is a clean MeSH label: no looser comparison).
    static func isSameName(_ name: String, asAnyOf terms: [String]) -> Bool {
        let nameKeys = keys(name)
        return terms.contains { !keys($0).isDisjoint(with: nameKeys) }
    }

    /// Whether `word` resembles any of `terms`: a key in common; one of the word's
    /// parts (`NADP NADPH`, `Acetyl-CoA CoA`) with a key in common; one key starting or
    /// ending with the other (`ATP182`, `cis-cis-Muconate` for muconic acid); one
    /// letter apart (`Scytalone`, `scytolone`); a long common stem (`diabetic`, Diabetes
    /// Mellitus); or the initials of a term (`APC`, Adenomatous Polyposis Coli).
    static func resembles(_ word: String, anyOf terms: [String]) -> Bool {
        let termKeys = terms.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
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


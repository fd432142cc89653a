/// Evidence from the structure of a systematic chemical name (IUPAC nomenclature): two
/// names that differ by a substituent (`alpha-methyl-cis-aconitate` and `cis-aconitate`,
/// `2,3-dihydroxy-benzoyl-CoA` and `benzoyl-CoA`, `mannose-1-P` and `mannose`) or only by
/// their locants (`2-keto-3-methylvalerate`, `3-keto-2-methylvalerate`) name different
/// compounds, and a word that is only substituent prefixes (`4-hydroxy`, `tetrahydro`)
/// or a group name (`aspartyl`) is a fragment of a longer name, no compound at all.
///
/// `MeSHTermKey.resembles` forgives such differences on purpose (OCR drops and merges
/// characters); this family looks at what the difference is made of.
enum ChemicalNameEvidence {
    static func evaluate(_ mention: MeSHQuery, reference: ReferenceSnapshot) -> Evidence? {
        guard mention.kind == .chemical, let id = mention.meshID, let concept = reference.mesh.concept(id: id) else { return nil }
        let word = String(OCRWord.trimmed(mention.word))
        let wordKey = fullKey(word)
        guard wordKey.count >= 4 else { return nil }
        let terms = [concept.label] + concept.entryTerms
        let termKeys = terms.map(fullKey)
        // The word is a term of its concept, locants and all.
        if termKeys.contains(wordKey) { return nil }
        // A term with the same groups at other positions says the concept is another isomer.
        if let isomer = zip(terms, termKeys).first(where: { isPositionalIsomer(wordKey, $0.1) })?.0 {
            return Evidence(.concept, .notAConcept(label: "a different compound from \(concept.label)"), weight: 2,
                            "`\(word)` and `\(isomer)` put the same groups at other positions (locants), so they name different compounds")
        }
        // A part of a word that OCR ran together (`Acetyl-CoA CoA`) is a term, or the word
        // agrees with a term where either gives locants: nothing to say. (A part that starts
        // with a locant, `Ribose 5-P`, modifies the name before it.)
        let parts = word.split { $0 == " " || $0 == "/" || $0 == "," }.map { fullKey(String($0)) }
        let separate = parts.count > 1 && !parts.contains { $0.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if separate && parts.contains(where: termKeys.contains) { return nil }
        let wordKeys = MeSHTermKey.keys(word)
        if terms.contains(where: { !MeSHTermKey.keys($0).isDisjoint(with: wordKeys) && sameLocants(word, $0) }) { return nil }
        if isFragment(wordKey) {
            return Evidence(.concept, .notAConcept(label: "a fragment of a longer chemical name, not a compound"), weight: 2,
                            "`\(word)` is only substituent prefixes or a group name, a piece of a longer name; \(concept.label) is a whole compound")
        }
        for (term, termKey) in zip(terms, termKeys) {
            if let difference = substituentDifference(wordKey, termKey) {
                return Evidence(.concept, .notAConcept(label: "a different compound from \(concept.label)"), weight: 2,
                                "`\(word)` and `\(term)` differ by \(difference), so they name different compounds")
            }
        }
        return nil
    }

    /// Lower-case letters and digits of a name, locants kept (`2,3-dihydroxybiphenyl` is
    /// `23dihydroxybiphenyl`), with `acid` endings read as their anions as MeSHTermKey does.
    static func fullKey(_ name: String) -> [UInt8] {
        var key: [UInt8] = []
        for byte in name.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: key.append(byte)
            case 0x41...0x5A: key.append(byte + 32)
            default: break
            }
        }
        for (acid, anion) in [("icacid", "ate"), ("ousacid", "ite")] where key.count > acid.utf8.count && key.suffix(acid.utf8.count).elementsEqual(acid.utf8) {
            key = Array(key.dropLast(acid.utf8.count)) + Array(anion.utf8)
        }
        return key
    }

    /// Whether two names have their locants (digit runs) in the same order, when both have any.
    private static func sameLocants(_ a: String, _ b: String) -> Bool {
        let locants = { (text: String) in text.split { !$0.isNumber }.map(String.init) }
        let left = locants(a), right = locants(b)
        return left.isEmpty || right.isEmpty || left == right
    }

    /// IUPAC substituent prefixes (Blue Book P-61 to P-68: the common ones in metabolic
    /// maps), and hydro prefixes (P-31.1.4): each changes the compound.
    static let substituents: [String] = [
        "hydroxy", "methoxy", "ethoxy", "oxo", "keto", "amino", "imino", "nitro", "nitroso", "chloro", "bromo", "fluoro",
        "iodo", "methyl", "ethyl", "propyl", "isopropyl", "butyl", "isobutyl", "acetyl", "formyl", "carboxy", "phospho",
        "sulfo", "thio", "mercapto", "deoxy", "hydro", "dehydro", "anhydro", "glucosyl", "benzoyl", "malonyl", "succinyl",
    ]
    /// Esters and salts written after a name (`-CoA`, `5-phosphate`): a different
    /// compound from the bare name, but compounds themselves, so never a fragment.
    static let esters: [String] = ["coa", "phosphate", "diphosphate", "triphosphate", "bisphosphate"]
    /// Multiplying prefixes (P-14.2): `di`hydroxy, `tetra`hydro.
    static let multipliers: [String] = ["di", "tri", "tetra", "penta", "hexa", "bis"]
    /// Stereodescriptors and isomer prefixes (P-9, P-93): they tell isomers apart but
    /// are often dropped in figures, so alone they are no difference.
    static let stereo: [String] = ["cis", "trans", "alpha", "beta", "gamma", "delta", "omega", "iso", "meso", "dl", "d", "l"]

    /// What the longer key adds to the shorter when one contains the other and the added
    /// part is made of locants, stereodescriptors and at least one substituent; else nil.
    static func substituentDifference(_ a: [UInt8], _ b: [UInt8]) -> String? {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard short.count >= 4, long.count > short.count, let start = firstRange(of: short, in: long) else { return nil }
        let before = Array(long[..<start]), after = Array(long[(start + short.count)...])
        var found: [String] = []
        guard parse(before, substituents: &found, allowEsters: false),
              parse(after, substituents: &found, allowEsters: true), !found.isEmpty else { return nil }
        return found.joined(separator: ", ")
    }

    /// Whether the key is only locants, multipliers and substituents or a group name
    /// (`4hydroxy`, `tetrahydro`, `aspartyl`).
    static func isFragment(_ key: [UInt8]) -> Bool {
        var found: [String] = []
        if parse(key, substituents: &found, allowEsters: false), !found.isEmpty { return true }
        // A group name: letters only, ending in -yl (`aspartyl`, `glutamyl`).
        return key.count >= 6 && key.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && key.suffix(2).elementsEqual("yl".utf8)
    }

    /// Two keys with the same letters in the same order and different digits (leading
    /// stereodescriptors aside: `4-androstenediol`, `delta 5-androstenediol`).
    static func isPositionalIsomer(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let letters = { (key: [UInt8]) -> [UInt8] in
            var rest = key.filter { !isDigit($0) }[...]
            while let descriptor = stereo.first(where: { rest.starts(with: $0.utf8) && rest.count > $0.utf8.count + 5 }) {
                rest = rest.dropFirst(descriptor.utf8.count)
            }
            return Array(rest)
        }
        let da = a.filter(isDigit), db = b.filter(isDigit)
        return !da.isEmpty && !db.isEmpty && da != db && letters(a).count >= 6 && letters(a) == letters(b)
    }

    /// Reads `part` as locants, stereodescriptors, multipliers and substituents (and, after
    /// a name, esters), adding
    /// the substituents to `found`; false when anything else is left.
    private static func parse(_ part: [UInt8], substituents found: inout [String], allowEsters: Bool) -> Bool {
        var index = 0
        func matches(_ word: String) -> Bool {
            let bytes = Array(word.utf8)
            return index + bytes.count <= part.count && part[index..<index + bytes.count].elementsEqual(bytes)
        }
        while index < part.count {
            if part[index] >= 0x30 && part[index] <= 0x39 { index += 1; continue }
            var multiplied = 0
            if let multiplier = multipliers.first(where: matches) { multiplied = multiplier.utf8.count }
            index += multiplied
            if let substituent = (allowEsters ? substituents + esters : substituents).filter(matches)
                .max(by: { $0.utf8.count < $1.utf8.count }) {
                found.append(substituent)
                index += substituent.utf8.count
                continue
            }
            index -= multiplied
            if let descriptor = stereo.filter(matches).max(by: { $0.utf8.count < $1.utf8.count }) {
                index += descriptor.utf8.count
                continue
            }
            // `mannose-1-P`: a closing `P` after a locant is a phosphate.
            if allowEsters, index == part.count - 1, part[index] == UInt8(ascii: "p"), index > 0,
               part[index - 1] >= 0x30 && part[index - 1] <= 0x39 {
                found.append("phosphate")
                index += 1
                continue
            }
            return false
        }
        return true
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}

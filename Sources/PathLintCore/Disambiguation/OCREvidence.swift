/// Evidence from OCR look-alikes: the word read with `l`/`I` as `1` and `O` as `0`
/// (`Thl` as `Th1`) is a word of the curated not-gene list, while the literal word is
/// not: the match is explained by a misread character, and the intended word is no gene.
enum OCREvidence {
    static func evaluate(_ mention: GeneQuery, reference: ReferenceSnapshot) -> Evidence? {
        guard mention.claim != .symbol, mention.claim != .family else { return nil }
        let token = mention.token
        let variant = lookAlike(token)
        guard variant != token, variant.utf8.count >= 2,
              !reference.words.entries(for: token).contains(where: { !$0.isEnglish }) else { return nil }
        guard let curated = reference.words.entries(for: variant).first(where: { !$0.isEnglish && !$0.isGeneName }),
              SymbolKey.equivalent(curated.word, variant) else { return nil }
        let meaning = curated.means.isEmpty ? curated.list : curated.means
        return Evidence(.ocr, .notAGene(label: meaning, id: nil), weight: 2,
                        "`\(token)` reads as `\(variant)` with a look-alike character, a \(curated.list) abbreviation (\(curated.reason))")
    }

    /// The token with the look-alikes of digits after its first character read as digits.
    static func lookAlike(_ token: String) -> String {
        guard let first = token.first else { return token }
        return String(first) + String(token.dropFirst().map { character -> Character in
            switch character {
            case "l", "I": "1"
            case "O": "0"
            default: character
            }
        })
    }
}

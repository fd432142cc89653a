/// Evidence from OCR look-alikes: the word read with `l`/`I` as `1` and `O` as `0`
/// (`Thl` as `Th1`) is a word of the curated not-gene list, while the literal word is
/// not: the match is explained by a misread character, and the intended word is no gene.
/// Or a look-alike punctuation mark beside the matched part completes another gene's
/// approved symbol (`$T13` is ST13, not the gene with the alias `T13`).
enum OCREvidence {
    static func evaluate(_ mention: GeneQuery, reference: ReferenceSnapshot) -> Evidence? {
        guard mention.claim != .symbol, mention.claim != .family else { return nil }
        if let completed = completedSymbol(mention, hgnc: reference.hgnc) { return completed }
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

    /// Punctuation that OCR reads for a letter: `$` and `§` for S, `|` for I.
    static let letterLookAlikes: [Character: Character] = ["$": "S", "§": "S", "|": "I"]

    /// Evidence that a look-alike mark beside the token, read as its letter, makes the
    /// approved symbol of another gene.
    static func completedSymbol(_ mention: GeneQuery, hgnc: HGNCIndex) -> Evidence? {
        let word = mention.word
        guard mention.isHuman, !mention.token.isEmpty, let range = word.firstRange(of: mention.token) else { return nil }
        var variant = mention.token
        if range.lowerBound > word.startIndex, let letter = letterLookAlikes[word[word.index(before: range.lowerBound)]] {
            variant = String(letter) + variant
        }
        if range.upperBound < word.endIndex, let letter = letterLookAlikes[word[range.upperBound]] {
            variant += String(letter)
        }
        guard variant != mention.token, let record = hgnc.approved(symbol: variant),
              record.entrez != mention.geneID, record.symbol != mention.symbol else { return nil }
        return Evidence(.ocr, .gene(symbol: record.symbol, id: record.entrez), weight: 2,
                        "`\(word)` reads as `\(variant)` with a look-alike character, the approved symbol of \(record.symbol) "
                            + "(\(record.name)); \(mention.symbol) has `\(mention.token)` only as \(ClaimEvidence.describe(mention.claim))")
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

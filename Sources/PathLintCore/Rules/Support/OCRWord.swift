/// The part of an OCR `word` that matched: OCR keeps the punctuation around a term
/// (`(ACh)`, `LPS,`, `p53?`) and sometimes several terms (`FTD/ALS`, `ERK1/2`).
enum OCRWord {
    enum Case: Equatable {
        /// Letters all lower case (`fat`, `mice`).
        case lower
        /// A capital, then lower-case letters only (`Fat`, `Mass`).
        case title
        /// Anything else: capitals (`ALL`), digits, mixed (`CaM`).
        case other
    }

    /// The token of `word` whose key is that of `symbol` (`ALS` in `FTD/ALS`), else the
    /// whole word without its surrounding punctuation.
    static func token(_ word: String, matching symbol: String) -> Substring {
        // Most words are one clean term (`MAP2K1`, `IL-6`): no splitting needed.
        if let first = word.utf8.first, let last = word.utf8.last, isASCIITermStart(first), isASCIITermStart(last),
           word.utf8.allSatisfy(isASCIITermByte) {
            return Substring(word)
        }
        let symbolKey = SymbolKey.normalize(symbol)
        let tokens = word.split { !isTermCharacter($0) }
        if let match = tokens.first(where: { SymbolKey.normalize($0) == symbolKey }) { return match }
        return trimmed(word)
    }

    /// `word` without leading and trailing characters that are not letters or digits
    /// (a trailing charge `+` stays: `Ca2+`).
    static func trimmed(_ word: String) -> Substring {
        var text = Substring(word)
        while let first = text.first, !(first.isLetter || first.isNumber) { text = text.dropFirst() }
        while let last = text.last, !(last.isLetter || last.isNumber || last == "+") { text = text.dropLast() }
        return text
    }

    static func letterCase(_ text: some StringProtocol) -> Case {
        guard let first = text.first, text.allSatisfy(\.isLetter) else { return .other }
        if text.allSatisfy(\.isLowercase) { return .lower }
        if first.isUppercase && text.dropFirst().allSatisfy(\.isLowercase) { return .title }
        return .other
    }

    private static func isASCIITermStart(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isASCIITermByte(_ byte: UInt8) -> Bool {
        isASCIITermStart(byte) || byte == UInt8(ascii: "-")
    }

    private static func isTermCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "+" || character == "."
    }
}

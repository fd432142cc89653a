/// Evidence from letter case: human gene labels are drawn in capitals (`PGK1`, `ALDOA`);
/// a word in lower case (`pgk`, `ald`, `b2`) that reached a human gene only through an
/// alias reads as an enzyme abbreviation, a reaction or flux label, or an English word.
/// Protein names by molecular weight (`p53`, `p38`) are written in lower case and are left out.
enum LetterCaseEvidence {
    static func evaluate(_ mention: GeneQuery) -> Evidence? {
        guard mention.isHuman, mention.claim != .family else { return nil }
        let token = mention.token
        let letters = token.filter(\.isLetter)
        guard letters.count >= 1, token.utf8.count >= 2, letters.allSatisfy(\.isLowercase),
              !isMolecularWeightName(token), !SymbolKey.equivalent(token, mention.symbol) else { return nil }
        return Evidence(.letterCase, .notAGene(label: "a lower-case label, not a human gene symbol", id: nil), weight: 2,
                        "`\(token)` is written in lower case, unlike human gene symbols, and \(mention.symbol) has it "
                            + "only as \(ClaimEvidence.describe(mention.claim))")
    }

    /// `p` followed by digits: a protein named by its molecular weight.
    static func isMolecularWeightName(_ token: String) -> Bool {
        token.first == "p" && token.dropFirst().allSatisfy(\.isNumber) && token.utf8.count > 1
    }
}

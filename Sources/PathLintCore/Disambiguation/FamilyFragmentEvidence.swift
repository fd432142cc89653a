/// Evidence that a family was matched from a fragment of the word: `P-selectin` contains
/// the family name `Selectin`, but names one member (SELP, "selectin P"), so the family's
/// other members (SELL, SELE) are false matches; `PKCα` names PRKCA, not every PKC.
enum FamilyFragmentEvidence {
    static func evaluate(_ mention: GeneQuery, in figure: FigureContext, hgnc: HGNCIndex, famPlex: FamPlexIndex) -> Evidence? {
        guard mention.isHuman, mention.claim == .family else { return nil }
        guard let fragment = longerToken(in: mention.word, containing: mention.term),
              // `TGF-beta` is the family `TGFB` written out, not a member.
              !famPlex.isFamilyName(fragment),
              let member = member(namedBy: fragment, family: mention.term, in: figure, hgnc: hgnc, famPlex: famPlex),
              member.entrez != mention.geneID, member.symbol != mention.symbol else { return nil }
        return Evidence(.family, .gene(symbol: member.symbol, id: member.entrez), weight: 3,
                        "`\(fragment)` names \(member.symbol) (\(member.name)) alone; the family \(mention.term) was matched "
                            + "from a fragment of the word")
    }

    /// The token of `word` that contains `term` and more (`P-selectin` for `Selectin`), when
    /// the word does not list members in shorthand (`ERK1/2`, `Smad2/3`: a bare number or
    /// letter beside the token means several members).
    static func longerToken(in word: String, containing term: String) -> String? {
        let termKey = SymbolKey.normalize(term)
        guard termKey.utf8.count >= 2 else { return nil }
        let tokens = word.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map { $0.trimmingCharacters(in: "-") }
        guard !tokens.contains(where: { $0.count <= 2 && ($0.allSatisfy(\.isNumber) || $0.count == 1) }) else { return nil }
        let containing = tokens.filter { token in
            let key = SymbolKey.normalize(token)
            return key != termKey && key.contains(termKey)
        }
        // Two tokens with the term (`PKCα/PKCβ`) name two members: nothing to decide.
        guard containing.count == 1, let token = containing.first else { return nil }
        // The rest must be a qualifier, not a longer word that merely contains the term
        // (`ERKs`, plurals, are the family).
        let key = SymbolKey.normalize(token)
        if key == termKey + "S" { return nil }
        return token
    }

    /// The one member of the family that `fragment` names: by an HGNC symbol or alias of
    /// that member alone, or by the member's HGNC name in other word order (`P-selectin`,
    /// "selectin P").
    static func member(namedBy fragment: String, family: String, in figure: FigureContext, hgnc: HGNCIndex,
                       famPlex: FamPlexIndex) -> HGNCRecord? {
        var symbols = Set(famPlex.entities(named: family).flatMap { famPlex.members(of: $0) })
        // The figure's own rows of the family (the 2018 lexicon's expansion).
        let familyKey = SymbolKey.normalize(family)
        for gene in figure.genes where gene.claim == .family && SymbolKey.normalize(gene.term) == familyKey {
            symbols.insert(gene.symbol)
        }
        guard symbols.count >= 2 else { return nil }
        let byMatch = Set(hgnc.matches(for: fragment).compactMap { match -> String? in
            guard match.claim != .withdrawn, let record = hgnc.record(number: match.hgncNumber), record.isApproved,
                  symbols.contains(record.symbol) else { return nil }
            return record.symbol
        })
        if byMatch.count == 1, let symbol = byMatch.first { return hgnc.approved(symbol: symbol) }
        guard byMatch.isEmpty else { return nil }
        let fragmentWords = Set(nameWords(fragment))
        guard fragmentWords.count >= 2 else { return nil }
        let named = symbols.compactMap { hgnc.approved(symbol: $0) }.filter { Set(nameWords($0.name)) == fragmentWords }
        return named.count == 1 ? named.first : nil
    }

    private static func nameWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}

private extension Substring {
    func trimmingCharacters(in characters: String) -> String {
        var text = self
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

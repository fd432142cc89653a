/// A chemical's or disease's `word` that resembles nothing its MeSH concept is called.
struct MeSHWordMismatch: Rule {
    let id = "mesh-word-mismatch"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "A chemical's or disease's `word` resembles neither the MeSH concept's label nor its entry terms."
    let documentation = """
    ## What it checks
    For each chemical and disease whose MeSH ID (`identifier`, or a table's `mesh`) is \
    in the snapshot, that the OCR `word` resembles the concept's label or one of its \
    entry terms, compared after normalising case, Greek letters, hyphens and spaces, \
    plurals, charges, a leading count (`2ATP`) and acid names (`Lactate` for Lactic \
    Acid). A word of pathlint's curated list counts as what it stands for (`Zn` is Zinc, \
    `Ser` is Serine). The message names the concept's label. Also accepted: a word that \
    starts or ends with a name (`cis-cis-Muconate`), is one letter from it \
    (`Scytalone`), shares a long stem with it (`diabetic`), or gives its initials \
    (`APC`). Compound code names (`LY294002`) are not compared: few are in the snapshot \
    as synonyms. A table's `match` and `name` are ChEBI and DOID names, not MeSH's, and \
    are not compared.

    ## Why it matters
    PubTator mapped three-letter amino-acid codes to peptides (`Ser` to \
    seryl-seryl-seryl-arginine) and abbreviations to unrelated concepts (`CO` to Carbon \
    Dioxide): the figure's chemical is then the wrong one.

    ## Example
    ```yaml
    - word: Ser
      source: MESH
      identifier: C530429
    ```
    or, in `_data/<figid>-chemicals.tsv`:
    ```
    Ar-Pd\tmesh:D001128\tNA\tNA\tNA
    ```

    ## Correct
    ```yaml
    - word: Ser
      source: MESH
      identifier: D012694
    ```

    ## Fix
    Unsafe, when one concept's label or entry term matches the word (or, for a curated \
    abbreviation, what it stands for): set the MeSH ID to it.

    ## Curation action
    Check what the figure means by the word and set the identifier, or delete the entry.

    ## Data
    MeSH descriptors (labels, entry terms) and supplementary concepts (names, \
    synonyms); the curated word list for abbreviations.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for mention in context.figure.meshTerms {
            guard let word = mention.word?.value, let identifier = mention.identifier,
                  let concept = MeSHWordMismatch.mismatchedConcept(word: word, id: mention.meshID, context: context) else { continue }
            let meanings = MeSHWordMismatch.curatedMeanings(of: word, context: context)
            var fixes: [Fix] = []
            var message = "`\(word)` does not resemble \(concept.label) (\(concept.id)), the concept it is mapped to"
            if let better = MeSHWordMismatch.matchingConcept(for: word, meanings: meanings, context: context),
               better.id != concept.id, let edit = mention.settingID(better.id) {
                message += "; \(better.label) (\(better.id)) matches the word"
                fixes.append(Fix(title: "Use \(better.label) (\(better.id))", safety: .unsafe, edits: [edit]))
            }
            diagnostics.append(context.diagnostic(message, at: mention.word?.range ?? identifier.range, fixes: fixes))
        }
        return diagnostics
    }

    /// The entry's concept when its word resembles none of the concept's names. The answer
    /// depends only on the word and the ID, and the same pairs (`ATP`, `Ca2+`) recur in file
    /// after file: it is worked out once per linter.
    static func mismatchedConcept(of entry: MeSHEntry, context: RuleContext) -> MeSHConcept? {
        mismatchedConcept(word: entry.word?.value, id: entry.identifier?.value, context: context)
    }

    static func mismatchedConcept(word: String?, id: String?, context: RuleContext) -> MeSHConcept? {
        guard let word, !word.isEmpty, let identifier = id else { return nil }
        return context.facts.caches.meshWordMismatches.value(for: MeSHWordKey(word: word, identifier: identifier)) {
            uncachedMismatchedConcept(word: word, identifier: identifier, context: context)
        }
    }

    private static func uncachedMismatchedConcept(word: String, identifier: String, context: RuleContext) -> MeSHConcept? {
        guard !isCompoundCode(word), let concept = context.reference.mesh.concept(id: identifier) else { return nil }
        let names = [concept.label] + concept.entryTerms
        if MeSHTermKey.resembles(word, anyOf: names, termKeys: context.nameKeys(of: concept)) { return nil }
        // A curated abbreviation counts as what it stands for: `Zn` is Zinc.
        let nameKeys = context.nameKeys(of: concept)
        if curatedMeanings(of: word, context: context).contains(where: { !MeSHTermKey.keys($0).isDisjoint(with: nameKeys) }) {
            return nil
        }
        return concept
    }

    /// A compound's code name (`LY294002`, `PD98059`, `GDC-0449`): letters, then four or
    /// more digits. It resembles no chemical name, and the snapshot keeps few of them as
    /// synonyms, so it is not compared.
    static func isCompoundCode(_ word: String) -> Bool {
        let text = OCRWord.trimmed(word)
        let letters = text.prefix { $0.isLetter && $0.isASCII }
        let rest = text.dropFirst(letters.count).drop { $0 == "-" }
        return (1...4).contains(letters.count) && rest.count >= 4 && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// What a curated abbreviation stands for (`Serine` for `Ser`; `Hydrogen` for `2H`).
    static func curatedMeanings(of word: String, context: RuleContext) -> [String] {
        let trimmed = OCRWord.trimmed(word)
        var candidates = [trimmed]
        if let letter = trimmed.firstIndex(where: { !$0.isNumber }), letter != trimmed.startIndex {
            candidates.append(trimmed[letter...])
        }
        return candidates.flatMap { context.reference.words.entries(for: $0) }.compactMap { $0.means.isEmpty ? nil : $0.means }
    }

    /// The one concept whose label or entry term is the word (or what it stands for).
    static func matchingConcept(for word: String, meanings: [String], context: RuleContext) -> MeSHConcept? {
        let mesh = context.reference.mesh
        for meaning in meanings {
            if let concept = mesh.concepts(withTerm: meaning).first(where: { $0.isLabel })?.concept { return concept }
        }
        let matches = mesh.concepts(withTerm: OCRWord.trimmed(word))
        let ids = Set(matches.map(\.concept.id))
        return ids.count == 1 ? matches.first?.concept : nil
    }
}

/// A chemical or disease entry's word and MeSH ID, the key of `RuleCaches.meshWordMismatches`.
struct MeSHWordKey: Hashable, Sendable {
    let word: String
    let identifier: String
}

/// An OCR word that is something other than a gene (a chemical, ion, cell type, English
/// word, or what the caption defines it as) and reached a gene only through a synonym:
/// an alias or previous symbol (old layout) or an NCBI synonym or family (tables).
struct NotAGeneWord: Rule {
    let id = "not-a-gene-word"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.markdown, .yaml, .tsv]
    let summary = "The OCR word is a chemical, ion, amino acid, taxon, cell type, English word or a caption-defined non-gene that reached a gene only as a synonym."
    let documentation = """
    ## What it checks
    Every gene mention, in both layouts, whose term reached its gene only as a synonym \
    (`hgnc_alias_symbol`, `hgnc_prev_symbol`, `ncbigene_synonym`; a caption definition \
    also for families), and whose word is, by the data, something other than a gene. \
    One finding per mention, from the first of:
    - for human genes, a word of the curated list `reference/curated/not-gene-words.tsv`: \
      a chemical or metabolite abbreviation (`ADP`, `PEP`, `LPS`), an ion or element \
      (`Ca2+`), a three-letter amino-acid code (`Ser`), a taxon or strain (`mice`, `spp`), \
      a protein domain or generic class (`PTB`, `GPCR`), a cell type, disease or \
      laboratory abbreviation (`Th1`, `ALS`, `WT`), each with its reason; a MeSH \
      descriptor label or entry term for a small-molecule chemical (Chemicals and Drugs \
      tree, without the enzyme, protein and biological-factor trees); an everyday English \
      word (Debian's wamerican list) written in lower case or capitalised as in running \
      text (`all`, `end`, `fat`, `Mass`);
    - a word written as prose writes it (lower case or capitalised) that is on a short \
      built-in list: function words (`and`, `the`, `ago`) for every organism, common \
      content words (`fast`, `large`, `tube`) for human genes only, since fly and other \
      nomenclatures use such words as real gene names;
    - a matched term that is the label or an entry term of a MeSH small-molecule \
      chemical (`ATP` is Adenosine Triphosphate), for every organism;
    - a word the caption defines (`Arg: arginine;`, `FOS (fosfomycin)`) as something \
      none of whose words is a protein word or a word of the gene's HGNC name.
    Never reported: a term that is the gene's approved symbol, a FamPlex family name \
    (for the lists), a word that is itself some gene's approved symbol \
    (`ambiguous-gene-symbol` covers it), gene names that are English words (`tau`, \
    `Snail`, `Twist`: the `gene-name` allow list), and in tables a word the figure's \
    chemicals table holds under a MeSH concept of that name (`gene-chemical-collision`).

    ## Why it matters
    The pipeline matched the lexicon against every OCR token: `ADP` in a platelet figure \
    became WDTC1 (whose alias is ADP), `mice` became CASP14, `and` a fly gene. Such \
    entries put genes in the figure's gene list that the figure does not show.

    ## Example
    ```yaml
    - word: ADP
      symbol: ADP
      source: hgnc_alias_symbol
      hgnc_symbol: WDTC1
      entrez: '23038'
    ```
    or in a genes table `9606\tHomo sapiens\tPrimates\tATP\tATP\tATP8A2\t51761\tncbigene_synonym\t…`.

    ## Correct
    No such entry or row (the chemical `ADP` belongs in `chemicals`).

    ## Fix
    Unsafe, in the old layout: delete the entry.

    ## Curation action
    Look at the figure: if the word really labels the gene, suppress the finding on \
    that line (`# pathlint: disable=not-a-gene-word`).

    ## Data
    The curated list (with a reason per word), MeSH descriptors and their entry terms, \
    Debian wamerican (SCOWL), a built-in list of common English words, the figure's \
    caption, HGNC approved symbols and names, FamPlex names.
    """

    /// Function words: never a gene label in any organism.
    static let functionWords: Set<String> = [
        "and", "the", "did", "less", "ago", "was", "for", "not", "with", "from", "this", "that", "then", "than",
        "when", "also", "both", "each", "only", "over", "such", "very", "will", "may", "must", "you", "yes", "yet",
        "are", "but", "has", "had", "its", "our", "who", "why", "how", "all", "any", "can", "off", "per", "via",
        "into", "onto", "upon", "here", "there", "were", "been", "being", "they", "them", "their", "these", "those",
    ]
    /// Content words that fly and other nomenclatures use as gene names: human genes only.
    static let contentWords: Set<String> = [
        "fast", "large", "small", "tube", "fog", "mast", "glow", "sat", "end", "set", "mice", "cell", "cells",
        "open", "gate", "lead", "stop", "step", "type", "wing", "eye", "arm", "leg", "bar", "cap", "car", "cat", "cut",
        "day", "dog", "ear", "egg", "far", "fat", "fit", "gap", "gas", "hat", "hot", "key", "lab", "law", "low", "man",
        "map", "net", "new", "old", "one", "out", "pan", "pen", "pet", "pig", "pin", "pit", "pot", "rat", "raw", "ray",
        "red", "rod", "row", "run", "sad", "saw", "sea", "see", "sun", "tan", "tap", "tea", "ten", "tie", "tin", "tip",
        "top", "toy", "two", "van", "war", "wax", "way", "web", "wet", "six", "big", "bed", "box", "age", "aim", "act",
        "white", "black", "green", "blue", "light", "dark", "long", "short", "high", "heart", "brain", "blood", "bone",
        "skin", "hair", "milk", "food", "water", "time", "rest", "early", "late", "major", "minor", "face", "hand",
    ]


    func check(_ context: RuleContext) -> [Diagnostic] {
        let figure = context.figure
        guard !figure.genes.isEmpty else { return [] }
        let reference = context.reference
        let collisionRows = context.document.sidecar == nil ? [] : GeneChemicalCollision.reportedGenes(context)
        var definitionsRead: [String: String]?
        func definitions() -> [String: String] {
            if let definitionsRead { return definitionsRead }
            let read = figure.metadata?.caption.map { FalseMatchEvidence.captionDefinitions($0.value) } ?? [:]
            definitionsRead = read
            return read
        }
        var diagnostics: [Diagnostic] = []
        for mention in figure.genes {
            guard let wordField = mention.word, let symbol = mention.symbol?.value, !symbol.isEmpty,
                  let claim = mention.claim, claim != .approvedSymbol, claim != .ncbiSymbol else { continue }
            let word = wordField.value, term = mention.term?.value ?? word
            // One mistake, one finding: in a table, a row the collision rule reports is its.
            if collisionRows.contains(mention.index) { continue }
            var fixes: [Fix] = []
            // The last entry of the list leaves `genes: []`, not a null.
            if let genes = context.annotation?.genes, mention.authority == .hgnc, mention.index < genes.count,
               let deletion = BlockEdits.deletion(of: .mapping(genes[mention.index].node), inListOf: genes.count, in: context.source) {
                fixes.append(Fix(title: "Delete this gene entry", safety: .unsafe, edits: [deletion]))
            }
            // The authors' own definition first: the strongest evidence of what the word means.
            if let expansion = NotAGeneWord.nonGeneDefinition(word: word, term: term, symbol: symbol, human: mention.isHuman,
                                                           definitions: definitions(), reference: reference) {
                diagnostics.append(context.diagnostic(
                    "the caption defines `\(wordField.value)` as `\(expansion)`, not a gene: \(symbol) is probably a false match",
                    at: wordField.range, fixes: fixes))
                continue
            }
            if claim != .family, mention.isHuman, let evidence = NotAGeneWord.evidence(for: mention, context: context) {
                let record = context.resolution(of: mention)?.current
                diagnostics.append(context.diagnostic(
                    "`\(word)` is \(evidence), not a gene: it reached \(record?.symbol ?? symbol) only as \(claim.noun) (`\(term)`)",
                    at: wordField.range, fixes: fixes))
                continue
            }
            if claim != .family, NotAGeneWord.isEnglishWord(word, symbol: symbol, human: mention.isHuman) {
                diagnostics.append(context.diagnostic(
                    "`\(word)` is an everyday English word: \(symbol) (through its synonym `\(term)`) is probably a false match",
                    at: wordField.range, fixes: fixes))
                continue
            }
            if claim != .family, !SymbolKey.equivalent(term, symbol),
               let chemical = FalseMatchEvidence.chemical(named: term, mesh: reference.mesh) {
                diagnostics.append(context.diagnostic(
                    "`\(term)` is MeSH's \(chemical.label) (\(chemical.id)), a chemical: \(symbol) is probably a false match",
                    at: mention.term?.range ?? wordField.range, fixes: fixes))
                continue
            }
        }
        return diagnostics
    }

    /// Lower case (`and`) or capitalised (`Large`), letters only, on the function-word list
    /// (any organism) or the content-word list (human genes), and not the gene's symbol.
    static func isEnglishWord(_ word: String, symbol: String, human: Bool) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }),
              scalars.dropFirst().allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        let lower = word.lowercased()
        return (functionWords.contains(lower) || human && contentWords.contains(lower)) && !SymbolKey.equivalent(word, symbol)
    }

    /// The expansion the caption gives the word or term, when it names no gene (judged as
    /// `false-match`'s text evidence judges it: panel positions and one-letter expansions
    /// are no definitions; protein words, MeSH proteins and the gene's own name words name a gene).
    static func nonGeneDefinition(word: String, term: String, symbol: String, human: Bool, definitions: [String: String],
                                  reference: ReferenceSnapshot) -> String? {
        guard !definitions.isEmpty,
              let key = [word, term].map(SymbolKey.normalize).first(where: { !$0.isEmpty && definitions[$0] != nil }),
              let expansion = definitions[key], !TextEvidence.panelWords.contains(expansion.lowercased()),
              FalseMatchEvidence.words(expansion).contains(where: { $0.utf8.count >= 3 && $0.contains(where: \.isLetter) }),
              // An abbreviation starts with its long form's first letter (Schwartz and Hearst,
              // 2003): `monophosphate` is no definition of AMPK, a clause picked up by mistake.
              let initial = expansion.first(where: \.isLetter), let first = key.first,
              initial.lowercased() == first.lowercased()
        else { return nil }
        let geneName = human ? reference.hgnc.approved(symbol: symbol)?.name : nil
        return TextEvidence.namesAGene(expansion, geneName: geneName, reference: reference) ? nil : expansion
    }

    /// Why a human mention's word is not a gene, by the curated list, MeSH or the English
    /// word list, in words a curator can check; nil when it may be one.
    static func evidence(for mention: GeneMention, context: RuleContext) -> String? {
        if mention.authority == .hgnc, let annotation = context.annotation, mention.index < annotation.genes.count {
            return evidence(for: annotation.genes[mention.index], context: context)
        }
        guard let word = mention.word?.value, let term = mention.term?.value else { return nil }
        return uncachedEvidence(word: word, term: term, record: context.resolution(of: mention)?.current, context: context)
    }

    /// `evidence(for:)` for an old-layout entry, memoized: several rules ask about each entry.
    static func evidence(for gene: GeneEntry, context: RuleContext) -> String? {
        context.facts.memo(.notAGeneWord, gene.index) {
            context.facts.caches.notAGeneWordEvidence.value(for: gene.contentKey) {
                guard let word = gene.word?.value, let symbol = gene.symbol?.value, let source = gene.source?.value,
                      source == SourceClaim.alias.rawValue || source == SourceClaim.previous.rawValue else { return nil }
                return uncachedEvidence(word: word, term: symbol, record: context.resolution(of: gene)?.current, context: context)
            }
        }
    }

    private static func uncachedEvidence(word: String, term symbol: String, record: HGNCRecord?, context: RuleContext) -> String? {
        guard let record, !record.isApprovedSymbol(symbol)  // `RhoA` for RHOA: the approved symbol itself
        else { return nil }
        let reference = context.reference
        let token = OCRWord.token(word, matching: symbol)
        guard !token.isEmpty, !reference.famplex.isFamilyName(token), !reference.famplex.isFamilyName(symbol)
        else { return nil }
        let letterCase = OCRWord.letterCase(token)
        // A word that is some gene's approved symbol (`Met`, MET) is a question of which
        // gene (`ambiguous-gene-symbol`); in lower case (`mice`, MICE) it is still a word.
        if letterCase != .lower, reference.hgnc.matches(for: token).contains(where: { $0.claim == .approved }) { return nil }
        let entries = reference.words.entries(for: token)
        if entries.contains(where: { $0.isGeneName && $0.word.lowercased() == token.lowercased() }) { return nil }
        if let curated = entries.first(where: { !$0.isEnglish && !$0.isGeneName }) {
            let means = curated.means.isEmpty ? "" : " (\(curated.means))"
            return "\(curated.reason)\(means) on pathlint's curated list"
        }
        if let chemical = reference.mesh.concepts(withTerm: token).first(where: { $0.concept.isSmallMoleculeDescriptor }),
           token.count >= 2 {
            return "the MeSH chemical \(chemical.concept.label) (\(chemical.concept.id))"
        }
        if letterCase != .other, entries.contains(where: { $0.isEnglish && $0.word == token.lowercased() }) {
            return "an everyday English word (wamerican word list)"
        }
        return nil
    }
}

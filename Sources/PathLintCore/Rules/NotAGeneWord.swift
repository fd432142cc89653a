/// An OCR word that is a common token, not a gene, and reached a gene only through an
/// alias or a previous symbol.
struct NotAGeneWord: Rule {
    let id = "not-a-gene-word"
    let defaultSeverity = Severity.warning
    let summary = "The OCR `word` is a chemical, ion, amino-acid, taxon, domain or English word that reached a gene only as an alias."
    let documentation = """
    ## What it checks
    Gene entries whose `source` is `hgnc_alias_symbol` or `hgnc_prev_symbol` and whose \
    OCR `word` is, by the data, something other than a gene:
    - a word of the curated list `reference/curated/not-gene-words.tsv`: a chemical or \
      metabolite abbreviation (`ADP`, `PEP`, `LPS`), an ion or element (`Ca2+`), a \
      three-letter amino-acid code (`Ser`), a taxon or strain (`mice`, `spp`), a protein \
      domain or generic class (`PTB`, `GPCR`), a cell type, disease or laboratory \
      abbreviation (`Th1`, `ALS`, `WT`), each with its reason;
    - a MeSH descriptor label or entry term for a small-molecule chemical (Chemicals \
      and Drugs tree, without the enzyme, protein and biological-factor trees);
    - an everyday English word (Debian's wamerican list) written in lower case or \
      capitalised as in running text (`all`, `end`, `fat`, `Mass`).
    Never reported: an entry that matched an approved symbol or a FamPlex family name, \
    a word that is itself some gene's approved symbol (`ambiguous-gene-symbol` covers \
    it), and gene names that are English words (`tau`, `Snail`, `Twist`: the \
    `gene-name` allow list).

    ## Why it matters
    The pipeline matched the lexicon against every OCR token: `ADP` in a platelet figure \
    became WDTC1 (whose alias is ADP), `mice` became CASP14. Such entries put genes in \
    the figure's gene list that the figure does not show.

    ## Example
    ```yaml
    - word: ADP
      symbol: ADP
      source: hgnc_alias_symbol
      hgnc_symbol: WDTC1
      entrez: '23038'
    ```

    ## Correct
    The entry removed (the chemical `ADP` belongs in `chemicals`).

    ## Fix
    Unsafe: delete the entry.

    ## Curation action
    Look at the figure: if the word really labels the gene, suppress the finding on \
    that line (`# pathlint: disable=not-a-gene-word`).

    ## Data
    The curated list (with a reason per word), MeSH descriptors and their entry terms, \
    Debian wamerican (SCOWL), HGNC approved symbols, FamPlex names.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let genes = context.annotation?.genes else { return [] }
        var diagnostics: [Diagnostic] = []
        for gene in genes {
            guard let word = gene.word, let symbol = gene.symbol?.value,
                  let evidence = NotAGeneWord.evidence(for: gene, context: context) else { continue }
            let record = context.resolution(of: gene)?.current
            let claim = gene.source?.value == SourceClaim.previous.rawValue ? "a previous symbol" : "an alias"
            var fixes: [Fix] = []
            if let deletion = BlockEdits.deletion(of: .mapping(gene.node), inListOf: genes.count, in: context.source) {
                fixes.append(Fix(title: "Delete this gene entry", safety: .unsafe, edits: [deletion]))
            }
            diagnostics.append(context.diagnostic(
                "`\(word.value)` is \(evidence), not a gene: it reached \(record?.symbol ?? symbol) only as \(claim) (`\(symbol)`)",
                at: word.range, fixes: fixes))
        }
        return diagnostics
    }

    /// Why the entry's word is not a gene, in words a curator can check; nil when it may be one.
    static func evidence(for gene: GeneEntry, context: RuleContext) -> String? {
        context.facts.memo(.notAGeneWord, gene.index) {
            context.facts.caches.notAGeneWordEvidence.value(for: gene.contentKey) { uncachedEvidence(for: gene, context: context) }
        }
    }

    private static func uncachedEvidence(for gene: GeneEntry, context: RuleContext) -> String? {
        guard let word = gene.word?.value, let symbol = gene.symbol?.value, let source = gene.source?.value,
              source == SourceClaim.alias.rawValue || source == SourceClaim.previous.rawValue,
              let record = context.resolution(of: gene)?.current,
              !record.isApprovedSymbol(symbol)  // `RhoA` for RHOA: the approved symbol itself
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

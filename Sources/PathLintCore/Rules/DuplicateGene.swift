/// The same gene mention must not be listed twice.
struct DuplicateGene: Rule {
    let id = "duplicate-gene"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "The same gene mention (organism, word, term, symbol) appears twice."
    let documentation = """
    ## What it checks
    Whether two gene mentions of one organism have the same word, term and symbol: two \
    `genes` entries with the same `word`, `symbol` and `hgnc_symbol`, or two genes-table \
    rows with the same `organism_id`, `word`, `match` and `ncbigene_symbol`. One gene \
    under several OCR words (`Notch` and `Notch?`), and one family word expanded to each \
    of its members, are the pipeline's design and are not reported. Chemicals and \
    diseases are not checked: one row per mention is their design (`Glucose` twice when \
    the figure says it twice).

    ## Why it matters
    Duplicates inflate gene counts in the figure's statistics and in enrichment input; in \
    a table, a repeated block (seen in the corpus: five mouse rows written twice, with \
    different counts) shows the block came from two runs.

    ## Example
    ```yaml
    - word: MEK1
      symbol: MEK1
      source: hgnc_alias_symbol
      hgnc_symbol: MAP2K1
      entrez: '5604'
    - word: MEK1
      symbol: MEK1
      source: hgnc_alias_symbol
      hgnc_symbol: MAP2K1
      entrez: '5604'
    ```
    or, in `_data/<figid>-genes.tsv`:
    ```
    10090\tMus musculus\tRodents\tfog\tFOG\tZfpm1\t22761\tncbigene_synonym\tNA\t5\t3
    10090\tMus musculus\tRodents\tfog\tFOG\tZfpm1\t22761\tncbigene_synonym\t1\t5\t3
    ```

    ## Correct
    One of the two.

    ## Fix
    Deleting the repeat is safe when it is identical to the first (same `source`, gene \
    ID and, in a table, counts); unsafe when those differ, since the repeat may hold the \
    correction.

    ## Curation action
    When the two differ in gene ID, `source` or counts, keep the one that is right (for \
    counts, the one `sidecar-counts` accepts).

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        let genes = context.figure.genes
        var firstByKey: [Key: Int] = [:]
        firstByKey.reserveCapacity(genes.count)
        var diagnostics: [Diagnostic] = []
        for (position, mention) in genes.enumerated() {
            guard let word = mention.word, let term = mention.term, let symbol = mention.symbol else { continue }
            let key = Key(taxon: mention.taxon, word: word.value, term: term.value, symbol: symbol.value)
            guard let firstPosition = firstByKey[key] else {
                firstByKey[key] = position
                continue
            }
            let first = genes[firstPosition]
            var differences: [String] = []
            if first.geneID?.value != mention.geneID?.value { differences.append(mention.geneID?.name ?? "gene ID") }
            if first.source?.value != mention.source?.value { differences.append("source") }
            if first.counts != mention.counts { differences.append("counts") }
            var fixes: [Fix] = []
            if let removal = mention.removal(in: context.source) {
                fixes.append(Fix(title: "Delete the repeated \(mention.kindName)", safety: differences.isEmpty ? .safe : .unsafe,
                                 edits: [TextEdit(range: removal, newText: "")]))
            }
            let line = context.source.location(of: first.range.start).line + 1
            var message = "duplicate gene \(mention.kindName): word `\(word.value)`, \(term.name) `\(term.value)`, "
                + "\(symbol.name) `\(symbol.value)` already listed (\(mention.kindName) \(first.index + 1), line \(line))"
            if !differences.isEmpty { message += "; it differs in " + differences.joined(separator: ", ") }
            diagnostics.append(context.diagnostic(message, at: word.range, fixes: fixes))
        }
        return diagnostics
    }

    /// What makes two mentions the same; gene ID, source and counts may differ in a repeat.
    /// Hashed once (`Fingerprint`), as `GeneEntryKey` is: a file may hold thousands.
    private struct Key: Hashable {
        let taxon: String?, word: String, term: String, symbol: String
        private let fingerprint: UInt64

        init(taxon: String?, word: String, term: String, symbol: String) {
            (self.taxon, self.word, self.term, self.symbol) = (taxon, word, term, symbol)
            var hash = Fingerprint()
            hash.add(taxon)
            hash.add(word)
            hash.add(term)
            hash.add(symbol)
            fingerprint = hash.value
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.fingerprint == rhs.fingerprint && lhs.taxon == rhs.taxon && lhs.word == rhs.word && lhs.term == rhs.term
                && lhs.symbol == rhs.symbol
        }

        func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
    }
}

/// The same gene entry must not be listed twice.
struct DuplicateGene: Rule {
    let id = "duplicate-gene"
    let defaultSeverity = Severity.warning
    let summary = "The same (word, symbol, hgnc_symbol) gene entry appears twice."
    let documentation = """
    ## What it checks
    Whether two `genes` entries have the same `word`, `symbol` and `hgnc_symbol`. One \
    gene under several OCR words (`Notch` and `Notch?`), and one family word expanded to \
    each of its members, are the pipeline's design and are not reported.

    ## Why it matters
    Duplicates inflate gene counts in the figure's statistics and in enrichment input.

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

    ## Correct
    One of the two entries.

    ## Fix
    Deleting the repeat is safe when it is identical to the first entry (same `source` \
    and `entrez` too); unsafe when those differ, since the repeat may hold the correction.

    ## Curation action
    When the entries differ in `entrez` or `source`, keep the one that is right.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let genes = context.annotation?.genes else { return [] }
        // The entry key with the two values a repeat may differ in left out, and an index:
        // an array key allocated per gene, and storing whole entries copied them.
        var firstByKey: [GeneEntryKey: Int] = [:]
        firstByKey.reserveCapacity(genes.count)
        var diagnostics: [Diagnostic] = []
        for gene in genes {
            guard let word = gene.word?.value, let symbol = gene.symbol?.value, let hgnc = gene.hgncSymbol?.value else {
                continue
            }
            let key = GeneEntryKey(word: word, symbol: symbol, source: nil, hgncSymbol: hgnc, entrez: nil)
            guard let firstIndex = firstByKey[key] else {
                firstByKey[key] = gene.index
                continue
            }
            let first = genes[firstIndex]
            let identical = first.source?.value == gene.source?.value && first.entrez?.value == gene.entrez?.value
            var fixes: [Fix] = []
            if let lines = BlockEdits.itemLines(of: .mapping(gene.node), in: context.source) {
                fixes.append(Fix(title: "Delete the repeated entry", safety: identical ? .safe : .unsafe,
                                 edits: [TextEdit(range: lines, newText: "")]))
            }
            let line = context.source.location(of: first.node.range.start).line + 1
            diagnostics.append(context.diagnostic(
                "duplicate gene entry: word `\(word)`, symbol `\(symbol)`, hgnc_symbol `\(hgnc)` already listed (entry \(first.index + 1), line \(line))",
                at: gene.word?.range ?? gene.node.range, fixes: fixes))
        }
        return diagnostics
    }
}


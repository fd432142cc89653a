/// `hgnc_symbol` must be an HGNC symbol.
struct UnknownHGNCSymbol: Rule {
    let id = "unknown-hgnc-symbol"
    let defaultSeverity = Severity.error
    let summary = "`hgnc_symbol` is not an HGNC symbol at all (approved, previous or withdrawn)."
    let documentation = """
    ## What it checks
    That a gene entry's `hgnc_symbol` is known to HGNC: an approved symbol, a previous \
    symbol or a withdrawn one (those two are `outdated-hgnc-symbol`'s business). When \
    the entry's `entrez` belongs to an HGNC gene, the message names it.

    ## Why it matters
    An unknown symbol links the figure to no gene: searches by gene miss the figure and \
    enrichment analyses drop it.

    ## Example
    ```yaml
    hgnc_symbol: MAPK2K1
    entrez: '5604'
    ```

    ## Correct
    ```yaml
    hgnc_symbol: MAP2K1
    entrez: '5604'
    ```

    ## Fix
    When `entrez` names an approved gene, replacing `hgnc_symbol` with its symbol is \
    offered as an unsafe fix: the typo may be in `entrez` instead.

    ## Curation action
    Read the `word` in the figure, look the gene up at genenames.org, and correct \
    `hgnc_symbol` and `entrez` together.

    ## Data
    HGNC approved, previous and withdrawn symbols; Entrez IDs.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let genes = context.annotation?.genes else { return [] }
        let hgnc = context.reference.hgnc
        var diagnostics: [Diagnostic] = []
        for gene in genes {
            guard let symbol = gene.hgncSymbol, !symbol.value.isEmpty else { continue }
            guard case .unknown? = context.resolution(of: gene) else {
                continue
            }
            var message = "`\(symbol.value)` is not an HGNC symbol" + CharacterNames.containsClause(symbol.value)
            var fixes: [Fix] = []
            if let entrez = gene.entrez, let byEntrez = hgnc.approved(entrez: entrez.value) {
                message += "; entrez \(entrez.value) is \(byEntrez.citation)"
                fixes.append(.replace(symbol.range, with: byEntrez.symbol,
                                      title: "Set hgnc_symbol to \(byEntrez.symbol) (the gene of entrez \(entrez.value))",
                                      safety: .unsafe))
            }
            diagnostics.append(context.diagnostic(message, at: symbol.range, fixes: fixes))
        }
        return diagnostics
    }
}

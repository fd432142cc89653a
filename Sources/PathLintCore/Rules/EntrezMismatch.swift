/// `entrez` must be the Entrez ID of `hgnc_symbol`.
struct EntrezMismatch: Rule {
    let id = "entrez-mismatch"
    let defaultSeverity = Severity.error
    let summary = "`entrez` is not the NCBI Gene ID of `hgnc_symbol` (or is not a string of digits)."
    let documentation = """
    ## What it checks
    That a gene entry's `entrez` is a string of digits and is the NCBI Gene (Entrez) ID \
    HGNC gives for the entry's gene (for a renamed symbol, the current gene). The message \
    says which gene the ID belongs to instead, if any.

    ## Why it matters
    `entrez` is what the PFOCR exports and every enrichment tool key on: a wrong ID \
    silently puts the figure on another gene.

    ## Example
    ```yaml
    hgnc_symbol: MAP2K1
    entrez: '5605'
    ```

    ## Correct
    ```yaml
    hgnc_symbol: MAP2K1
    entrez: '5604'
    ```

    ## Fix
    Whichever of the two fields the rest of the entry supports is kept: if the ID's gene \
    satisfies the entry's `symbol` and `source` while `hgnc_symbol`'s gene does not, \
    `hgnc_symbol` is corrected (safe); otherwise `entrez` is set to `hgnc_symbol`'s ID, \
    safe when `symbol` and `source` support that gene, unsafe when they do not.

    ## Curation action
    For an unsafe fix, read the `word` in the figure and decide which gene it is.

    ## Data
    HGNC approved symbols and Entrez IDs; FamPlex for `bioentities_symbol` entries; NCBI \
    `gene_history`, when the data have it, to leave a discontinued ID replaced by the right \
    one to `discontinued-gene-id`.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let genes = context.annotation?.genes else { return [] }
        let reference = context.reference
        var diagnostics: [Diagnostic] = []
        for gene in genes {
            guard let entrez = gene.entrez else { continue }
            guard !entrez.value.isEmpty, entrez.value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
                diagnostics.append(context.diagnostic(
                    "entrez must be a string of digits, not `\(entrez.value)`" + CharacterNames.containsClause(entrez.value),
                    at: entrez.range))
                continue
            }
            guard let symbol = gene.hgncSymbol,
                  let expected = context.resolution(of: gene)?.current,
                  !expected.entrez.isEmpty, expected.entrez != entrez.value else { continue }
            // A discontinued ID replaced by the expected one is discontinued-gene-id's.
            if reference.ncbi.currentID(replacing: entrez.value) == expected.entrez { continue }
            let owner = reference.hgnc.approved(entrez: entrez.value)
            let expectedFits = SourceClaim.holds(for: gene, record: expected, reference: reference)
            let ownerFits = owner.map { SourceClaim.holds(for: gene, record: $0, reference: reference) } ?? false
            var message = "entrez \(entrez.value) is not the Entrez ID of \(expected.symbol) (\(expected.entrez))"
            message += owner.map { "; it belongs to \($0.citation)" } ?? "; no HGNC gene has it"
            var fixes: [Fix] = []
            if let owner, ownerFits, !expectedFits {
                fixes.append(.replace(symbol.range, with: owner.symbol,
                                      title: "Set hgnc_symbol to \(owner.symbol), the gene of entrez \(entrez.value)",
                                      safety: .safe))
                fixes.append(.replace(entrez.range, with: expected.entrez, style: .singleQuoted,
                                      title: "Set entrez to \(expected.entrez) (\(expected.symbol))", safety: .unsafe))
            } else {
                fixes.append(.replace(entrez.range, with: expected.entrez, style: .singleQuoted,
                                      title: "Set entrez to \(expected.entrez) (\(expected.symbol))",
                                      safety: expectedFits ? .safe : .unsafe))
            }
            diagnostics.append(context.diagnostic(message, at: entrez.range, fixes: fixes))
        }
        return diagnostics
    }
}

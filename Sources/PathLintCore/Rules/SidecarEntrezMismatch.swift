/// In a human row, `ncbigene_id` must be the Entrez ID HGNC gives `ncbigene_symbol`.
struct SidecarEntrezMismatch: Rule {
    let id = "sidecar-entrez-mismatch"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "In a human genes-table row, `ncbigene_id` is not HGNC's Entrez ID for `ncbigene_symbol`."
    let documentation = """
    ## What it checks
    For each row with `organism_id` 9606 whose `ncbigene_symbol` is an approved HGNC \
    symbol, that `ncbigene_id` is the gene's Entrez ID in the HGNC snapshot; the message \
    names the gene the ID belongs to, if any. A symbol HGNC renamed or withdrew is \
    `sidecar-outdated-symbol`'s (one mistake, one finding). When HGNC has no such \
    symbol, an info says what HGNC calls the ID's gene (NCBI's `CYTB` is HGNC's MT-CYB), \
    or a hint says that the pair cannot be checked (an NCBI record HGNC does not have).

    Other organisms are not checked: HGNC names human genes only.

    ## Why it matters
    The ID is what every export and enrichment tool keys on: a wrong ID silently puts \
    the figure on another gene.

    ## Example
    ```
    9606\tHomo sapiens\tPrimates\tMEK1\tMEK1\tMAP2K1\t5605\tncbigene_synonym\t…
    ```

    ## Correct
    ```
    9606\tHomo sapiens\tPrimates\tMEK1\tMEK1\tMAP2K1\t5604\tncbigene_synonym\t…
    ```

    ## Fix
    Set `ncbigene_id` to the symbol's ID (unsafe: the ID may be the right half of the \
    pair); when the ID's gene is named by `match`, setting `ncbigene_symbol` to that \
    gene is offered first.

    ## Curation action
    Read the word in the figure and decide which gene it is.

    ## Data
    HGNC approved symbols and Entrez IDs.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        let hgnc = context.reference.hgnc
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows where row.isHuman {
            guard let symbolCell = row.symbol, let symbol = symbolCell.value,
                  let idCell = row.ncbigeneID, let id = idCell.value, SidecarRows.isDigits(id) else { continue }
            let owner = hgnc.approved(entrez: id)
            switch context.resolution(symbol: symbol, entrez: id) {
            case .approved(let record), .spelledDifferently(let record):
                guard !record.entrez.isEmpty, record.entrez != id else { continue }
                // A discontinued ID replaced by the right one is discontinued-gene-id's.
                if hgnc.approved(entrez: id) == nil, context.reference.ncbi.currentID(replacing: id) == record.entrez { continue }
                var message = "ncbigene_id \(id) is not the Entrez ID of \(record.symbol) (\(record.entrez))"
                message += owner.map { "; it belongs to \($0.citation)" } ?? "; no HGNC gene has it"
                var fixes: [Fix] = []
                if let owner, let match = row.match?.value,
                   owner.isApprovedSymbol(match) || owner.isAlias(match) || owner.isPreviousSymbol(match),
                   !(record.isApprovedSymbol(match) || record.isAlias(match) || record.isPreviousSymbol(match)) {
                    fixes.append(Fix(title: "Set ncbigene_symbol to \(owner.symbol), the gene of ncbigene_id \(id)",
                                     safety: .unsafe, edits: [TextEdit(range: symbolCell.range, newText: owner.symbol)]))
                }
                fixes.append(Fix(title: "Set ncbigene_id to \(record.entrez) (\(record.symbol))", safety: .unsafe,
                                 edits: [TextEdit(range: idCell.range, newText: record.entrez)]))
                diagnostics.append(context.diagnostic(message, at: idCell.range, fixes: fixes))
            case .unknown:
                var diagnostic: Diagnostic
                if let owner {
                    diagnostic = context.diagnostic(
                        "HGNC has no symbol `\(symbol)`\(CharacterNames.containsClause(symbol)); it calls NCBI Gene \(id) \(owner.citation)",
                        at: symbolCell.range,
                        fixes: [Fix(title: "Set ncbigene_symbol to \(owner.symbol)", safety: .unsafe,
                                    edits: [TextEdit(range: symbolCell.range, newText: owner.symbol)])])
                    diagnostic.severity = .info
                } else {
                    diagnostic = context.diagnostic(
                        "neither `\(symbol)` nor NCBI Gene \(id) is in the HGNC snapshot: the pair cannot be checked"
                            + CharacterNames.containsClause(symbol),
                        at: symbolCell.range)
                    diagnostic.severity = .hint
                }
                diagnostics.append(diagnostic)
            case .renamed, .withdrawnWithoutSuccessor:
                continue  // sidecar-outdated-symbol
            }
        }
        return diagnostics
    }
}

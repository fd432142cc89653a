/// A non-human genes-table row checked against NCBI Gene (`gene_info`), when the
/// reference data hold the row's organism.
struct SidecarNCBIGene: Rule {
    let id = "sidecar-ncbi-gene"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "In a non-human genes-table row, `ncbigene_id` and `ncbigene_symbol` disagree with NCBI Gene."
    let documentation = """
    ## What it checks
    For each row whose `organism_id` is not 9606 and whose organism the reference data hold \
    (built with `pathlint data build --ncbi-gene-info`), that `ncbigene_id` is a Gene ID of \
    that organism and that `ncbigene_symbol` is its NCBI symbol. A symbol that is one of the \
    gene's synonyms, or its symbol spelled differently, is a warning; a symbol of another \
    gene, an ID of another organism or an unknown ID is an error, naming what NCBI has. A \
    discontinued ID is `discontinued-gene-id`'s (one mistake, one finding).

    Human rows are `entrez-mismatch`'s (HGNC). Organisms the data do not hold are not \
    checked: a missing ID would mean nothing.

    ## Why it matters
    The ID is what exports and enrichment tools key on; a mouse row with a rat ID, or an \
    ID of another mouse gene, puts the figure on the wrong gene.

    ## Example
    ```
    10090\tMus musculus\tRodents\tMek1\tMek1\tMap2k1\t26396\tncbigene_symbol\t…
    ```
    (26396 is mouse Map2k2)

    ## Correct
    ```
    10090\tMus musculus\tRodents\tMek1\tMek1\tMap2k1\t26395\tncbigene_symbol\t…
    ```

    ## Fix
    Set `ncbigene_id` to the symbol's ID when the organism has exactly one gene with that \
    symbol, or `ncbigene_symbol` to the ID's symbol when the symbol is a synonym of the ID's \
    gene or its symbol in another spelling (both unsafe except the spelling, which is safe).

    ## Curation action
    Read the word in the figure and decide which gene it is.

    ## Data
    NCBI Gene `gene_info` of the row's organism.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        let ncbi = context.reference.ncbi
        guard ncbi.hasGeneInfo else { return [] }
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows where !row.isHuman {
            guard let taxon = row.organismID?.value, ncbi.hasTaxon(taxon),
                  let symbolCell = row.symbol, let symbol = symbolCell.value,
                  let idCell = row.ncbigeneID, let id = idCell.value, SidecarRows.isDigits(id) else { continue }
            let organism = row.organismName?.value ?? "taxon \(taxon)"
            let named = ncbi.matches(for: symbol, taxon: taxon)
            let bySymbol = named.filter { $0.isSymbol && $0.text == symbol }
            guard let gene = ncbi.gene(id: id) else {
                if ncbi.discontinued(id: id) != nil { continue }  // discontinued-gene-id
                var fixes: [Fix] = []
                if bySymbol.count == 1 {
                    fixes.append(Fix(title: "Set ncbigene_id to \(bySymbol[0].geneID) (\(symbol))", safety: .unsafe,
                                     edits: [TextEdit(range: idCell.range, newText: bySymbol[0].geneID)]))
                }
                diagnostics.append(context.diagnostic("NCBI Gene has no Gene ID \(id)" + dataDate(context), at: idCell.range, fixes: fixes))
                continue
            }
            if gene.taxon != taxon {
                let other = SidecarRows.taxa[gene.taxon] ?? "taxon \(gene.taxon)"
                var fixes: [Fix] = []
                if bySymbol.count == 1 {
                    fixes.append(Fix(title: "Set ncbigene_id to \(bySymbol[0].geneID) (\(symbol) of \(organism))", safety: .unsafe,
                                     edits: [TextEdit(range: idCell.range, newText: bySymbol[0].geneID)]))
                }
                diagnostics.append(context.diagnostic(
                    "NCBI Gene \(id) is \(gene.symbol) of \(other), not a gene of \(organism)", at: idCell.range, fixes: fixes))
                continue
            }
            if gene.symbol == symbol { continue }
            if SymbolKey.equivalent(gene.symbol, symbol) {
                var diagnostic = context.diagnostic(
                    "NCBI Gene writes \(id)'s symbol `\(gene.symbol)`, not `\(symbol)`", at: symbolCell.range,
                    fixes: [Fix(title: "Set ncbigene_symbol to \(gene.symbol)", safety: .safe,
                                edits: [TextEdit(range: symbolCell.range, newText: gene.symbol)])])
                diagnostic.severity = .warning
                diagnostics.append(diagnostic)
            } else if gene.synonyms.contains(symbol) && bySymbol.isEmpty {
                var diagnostic = context.diagnostic(
                    "`\(symbol)` is a synonym of \(gene.symbol) (NCBI Gene \(id)), the gene's symbol in \(organism)",
                    at: symbolCell.range,
                    fixes: [Fix(title: "Set ncbigene_symbol to \(gene.symbol)", safety: .unsafe,
                                edits: [TextEdit(range: symbolCell.range, newText: gene.symbol)])])
                diagnostic.severity = .warning
                diagnostics.append(diagnostic)
            } else {
                var message = "ncbigene_id \(id) is \(gene.symbol) of \(organism), not \(symbol)"
                var fixes: [Fix] = []
                if bySymbol.count == 1 {
                    message += "; \(symbol) is NCBI Gene \(bySymbol[0].geneID)"
                    fixes.append(Fix(title: "Set ncbigene_id to \(bySymbol[0].geneID) (\(symbol))", safety: .unsafe,
                                     edits: [TextEdit(range: idCell.range, newText: bySymbol[0].geneID)]))
                } else if bySymbol.isEmpty && named.isEmpty {
                    message += "; \(organism) has no gene \(symbol) in NCBI Gene"
                }
                fixes.append(Fix(title: "Set ncbigene_symbol to \(gene.symbol), the gene of ncbigene_id \(id)", safety: .unsafe,
                                 edits: [TextEdit(range: symbolCell.range, newText: gene.symbol)]))
                diagnostics.append(context.diagnostic(message, at: idCell.range, fixes: fixes))
            }
        }
        return diagnostics
    }

    private func dataDate(_ context: RuleContext) -> String {
        context.reference.dataDate("ncbi-gene").map { " (data as of \($0))" } ?? ""
    }
}

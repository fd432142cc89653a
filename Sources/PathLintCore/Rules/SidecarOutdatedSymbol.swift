/// In a human row, `ncbigene_symbol` should be the gene's current HGNC symbol.
struct SidecarOutdatedSymbol: Rule {
    let id = "sidecar-outdated-symbol"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "In a human genes-table row, `ncbigene_symbol` is a symbol HGNC has renamed or withdrawn."
    let documentation = """
    ## What it checks
    For each row with `organism_id` 9606, whether `ncbigene_symbol` is a previous or \
    withdrawn HGNC symbol rather than an approved one, and names the current symbol. \
    When the symbol was the previous symbol of several genes, the one whose Entrez ID \
    the row's `ncbigene_id` is wins.

    ## Why it matters
    Searches and enrichment tools use today's symbols: a figure annotated with a retired \
    symbol is not found under the gene's name.

    ## Example
    ```
    9606\tHomo sapiens\tPrimates\tTAZ\tTAZ\tTAZ\t6901\tncbigene_symbol\t…
    ```

    ## Correct
    ```
    9606\tHomo sapiens\tPrimates\tTAZ\tTAZ\tTAFAZZIN\t6901\tncbigene_symbol\t…
    ```

    ## Fix
    Set `ncbigene_symbol` to the current symbol: safe when the row's `ncbigene_id` is \
    that gene's, unsafe otherwise (then `ncbigene_id` is set too).

    ## Curation action
    For an unsafe fix, check which gene the figure shows.

    ## Data
    HGNC approved, previous and withdrawn symbols, and withdrawn symbols' successors.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows where row.isHuman {
            guard let symbolCell = row.symbol, let symbol = symbolCell.value else { continue }
            let id = row.ncbigeneID?.value
            switch context.resolution(symbol: symbol, entrez: id) {
            case .approved, .spelledDifferently, .unknown:
                continue
            case .renamed(let candidates, let preferred, let withdrawn, let entrezOwner):
                let how = withdrawn ? "a withdrawn HGNC symbol" : "a previous HGNC symbol"
                func fix(to record: HGNCRecord) -> Fix {
                    var edits = [TextEdit(range: symbolCell.range, newText: record.symbol)]
                    let sameID = !record.entrez.isEmpty && record.entrez == id
                    if !sameID, let idCell = row.ncbigeneID, !record.entrez.isEmpty {
                        edits.append(TextEdit(range: idCell.range, newText: record.entrez))
                    }
                    return Fix(title: sameID ? "Rename to \(record.symbol)"
                                             : "Rename to \(record.symbol) and set ncbigene_id to \(record.entrez)",
                               safety: sameID ? .safe : .unsafe, edits: edits)
                }
                let message: String
                var fixes: [Fix]
                if let preferred {
                    message = "`\(symbol)` is \(how); the current symbol is \(preferred.citation)"
                    fixes = [fix(to: preferred)]
                } else if let entrezOwner {
                    message = "`\(symbol)` is \(how) of " + candidates.map(\.citation).joined(separator: ", ")
                        + ", and names \(entrezOwner.citation), the gene of ncbigene_id \(id ?? "")"
                    fixes = [fix(to: entrezOwner)] + candidates.map(fix(to:))
                } else {
                    message = "`\(symbol)` is \(how) of several genes: " + candidates.map(\.citation).joined(separator: ", ")
                        + "; none has ncbigene_id \(id ?? "NA")"
                    fixes = candidates.map(fix(to:))
                }
                diagnostics.append(context.diagnostic(message, at: symbolCell.range, fixes: fixes))
            case .withdrawnWithoutSuccessor(let record):
                diagnostics.append(context.diagnostic(
                    "`\(symbol)` is a withdrawn HGNC entry (\(record.hgncID): \(record.name)) with no successor",
                    at: symbolCell.range))
            }
        }
        return diagnostics
    }
}

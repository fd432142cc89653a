/// A Gene ID NCBI has discontinued (`gene_history`), in either layout.
struct DiscontinuedGeneID: Rule {
    let id = "discontinued-gene-id"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = DocumentKind.frontMatterKinds.union([.tsv])
    let summary = "`entrez` or `ncbigene_id` is a Gene ID that NCBI has discontinued; names its replacement."
    let documentation = """
    ## What it checks
    That a gene entry's `entrez` (old layout) or a genes-table row's `ncbigene_id` (current \
    layout, any organism) is not a discontinued NCBI Gene ID. The message gives the date, \
    the symbol the ID had, and the ID that replaced it (following a replacement that was \
    itself discontinued since), with the symbol HGNC or NCBI Gene gives it now.

    Runs only with reference data built with NCBI's `gene_history` \
    (`pathlint data build --gene-history`); without it nothing is reported.

    ## Why it matters
    A discontinued ID no longer resolves in NCBI Gene: exports and enrichment tools drop \
    the gene, or keep a record that was merged into another.

    ## Example
    ```yaml
    hgnc_symbol: MAP2K1
    entrez: '100000001'   # discontinued, replaced by 5604
    ```

    ## Correct
    ```yaml
    hgnc_symbol: MAP2K1
    entrez: '5604'
    ```

    ## Fix
    Set the ID to its replacement (unsafe: a record merged into another may have been \
    another gene; check the symbol). No fix when NCBI withdrew the ID without a replacement.

    ## Curation action
    Check that the replacement's symbol is the gene in the figure.

    ## Data
    NCBI `gene_history`; HGNC and NCBI `gene_info` for the replacement's symbol.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        let ncbi = context.reference.ncbi
        guard ncbi.hasHistory else { return [] }
        var diagnostics: [Diagnostic] = []
        if let sidecar = context.document.sidecar {
            guard sidecar.kind == .genes else { return [] }
            for row in sidecar.geneRows {
                guard let cell = row.ncbigeneID, let id = cell.value, let found = ncbi.discontinued(id: id) else { continue }
                let (message, replacement) = describe(found, context)
                let fixes = replacement.map {
                    [Fix(title: "Set ncbigene_id to \($0)", safety: .unsafe, edits: [TextEdit(range: cell.range, newText: $0)])]
                } ?? []
                diagnostics.append(context.diagnostic(message, at: cell.range, fixes: fixes))
            }
            return diagnostics
        }
        for gene in context.annotation?.genes ?? [] {
            guard let entrez = gene.entrez, let found = ncbi.discontinued(id: entrez.value) else { continue }
            let (message, replacement) = describe(found, context)
            let fixes = replacement.map {
                [Fix.replace(entrez.range, with: $0, style: .singleQuoted, title: "Set entrez to \($0)", safety: .unsafe)]
            } ?? []
            diagnostics.append(context.diagnostic(message, at: entrez.range, fixes: fixes))
        }
        return diagnostics
    }

    /// The message, and the current replacement ID if there is one.
    private func describe(_ found: DiscontinuedGene, _ context: RuleContext) -> (String, String?) {
        var message = "NCBI Gene \(found.geneID)"
        if !found.symbol.isEmpty { message += " (\(found.symbol))" }
        message += " was discontinued"
        if !found.date.isEmpty { message += " on \(found.date)" }
        guard let current = context.reference.ncbi.currentID(replacing: found.geneID) else {
            return (message + " without a replacement", nil)
        }
        message += "; it is now \(current)"
        if let symbol = Self.symbol(of: current, context.reference) { message += " (\(symbol))" }
        return (message, current)
    }

    /// What HGNC (human) or NCBI Gene calls a Gene ID now.
    static func symbol(of id: String, _ reference: ReferenceSnapshot) -> String? {
        reference.hgnc.approved(entrez: id)?.symbol ?? reference.ncbi.gene(id: id)?.symbol
    }
}

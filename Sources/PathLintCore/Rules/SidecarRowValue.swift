/// Every sidecar row holds well-formed values where the table needs them.
struct SidecarRowValue: Rule {
    let id = "sidecar-row-value"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A sidecar cell is `NA` where a value is required, or is not of its column's form."
    let documentation = """
    ## What it checks
    Row by row, cell by cell:
    - genes: `organism_id`, `organism_name`, `word`, `match`, `ncbigene_symbol`, \
    `ncbigene_id` and `source` hold a value (not `NA`, not empty); `organism_id` is a \
    taxon ID (digits) and agrees with `organism_name` (for the organisms PFOCR \
    annotates, and within the file: one ID, one name); the counts are \
    digits or `NA`;
    - chemicals and diseases: `word` holds a value (`mesh` is `NA` for a term PubTator \
    could not map, by design); `chebi` is `chebi:` and \
    digits, `doid` is `doid:` and digits, or `NA`; `mesh` is `mesh:` and something (a \
    missing or upper-case prefix is fixed safely). (Whether the MeSH ID exists is \
    `unknown-mesh-id`'s; that `ncbigene_id` is digits is `entrez-mismatch`'s, and that `source` is a known value \
    `symbol-source-mismatch`'s, in both layouts.)

    `NA` is R's missing value: `match`, `name`, `chebi` and `doid` are `NA` when the \
    concept has no ChEBI or DOID counterpart, a count is `NA` when it counts nothing.

    ## Why it matters
    A row without a gene symbol or ID annotates nothing; a malformed ID never joins \
    with NCBI Gene, ChEBI or DOID; a wrong organism puts the gene in another species.

    ## Example
    ```
    7227\tDrosophila melanogaster\tInvertebrates\tB-AR\tBAR\tNA\t44798\tncbigene_synonym\t3\t21\t9
    ```

    ## Correct
    The row with the symbol NCBI Gene gives ID 44798, or no row.

    ## Fix
    None: the right value depends on the figure.

    ## Curation action
    Look the ID up in NCBI Gene (or the term in ChEBI/DOID) and fill in the value, or \
    delete the row.

    ## Data
    The organisms' NCBI Taxonomy IDs.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar else { return [] }
        var diagnostics: [Diagnostic] = []
        let header = sidecar.table.header.map(\.text)
        for row in sidecar.table.rows {
            let required = sidecar.kind == .genes ? SidecarRows.requiredGeneColumns : SidecarRows.requiredMeSHColumns
            for (position, name) in header.enumerated() where required.contains(name) && position < row.cells.count {
                let cell = row.cells[position]
                if cell.value == nil {
                    diagnostics.append(context.diagnostic(
                        cell.isNA ? "`\(name)` is NA (missing) in row \(row.index + 1); this column needs a value"
                                  : "`\(name)` is empty in row \(row.index + 1); this column needs a value",
                        at: cell.range.isEmpty ? row.range : cell.range))
                }
            }
        }
        switch sidecar.kind {
        case .genes: checkGenes(sidecar, context, &diagnostics)
        case .chemicals: checkReferences(sidecar, prefix: "chebi", context, &diagnostics)
        case .diseases: checkReferences(sidecar, prefix: "doid", context, &diagnostics)
        }
        return diagnostics.sorted { $0.range < $1.range }
    }

    private func checkGenes(_ sidecar: SidecarTable, _ context: RuleContext, _ diagnostics: inout [Diagnostic]) {
        var nameOfID: [String: String] = [:]
        for row in sidecar.geneRows {
            if let cell = row.organismID, let id = cell.value {
                if !SidecarRows.isDigits(id) {
                    diagnostics.append(context.diagnostic("organism_id `\(id)` is not an NCBI Taxonomy ID (digits)",
                                                          at: cell.range))
                } else if let nameCell = row.organismName, let name = nameCell.value {
                    if let known = SidecarRows.taxa[id], known != name {
                        diagnostics.append(context.diagnostic(
                            "organism_name `\(name)` does not agree with organism_id \(id), which is \(known)",
                            at: nameCell.range,
                            fixes: [Fix(title: "Set organism_name to \(known)", safety: .unsafe,
                                        edits: [TextEdit(range: nameCell.range, newText: known)])]))
                    } else if let first = nameOfID[id], first != name, SidecarRows.taxa[id] == nil {
                        diagnostics.append(context.diagnostic(
                            "organism_name `\(name)` for organism_id \(id), which earlier rows call `\(first)`",
                            at: nameCell.range))
                    }
                    if nameOfID[id] == nil { nameOfID[id] = name }
                }
            }
            for case let cell? in [row.countDirect, row.countSynonym, row.countMatch]
            where !cell.isNA && !SidecarRows.isDigits(cell.text) {
                diagnostics.append(context.diagnostic("count `\(cell.text)` is neither a number nor NA", at: cell.range))
            }
        }
    }

    private func checkReferences(_ sidecar: SidecarTable, prefix: String, _ context: RuleContext,
                                 _ diagnostics: inout [Diagnostic]) {
        for row in sidecar.meshRows {
            // `mesh` is `mesh:` and an ID; whether the ID exists is `unknown-mesh-id`'s.
            if let cell = row.mesh, let text = cell.value, !text.hasPrefix("mesh:") {
                let bare = SidecarMeSHRow.withoutMeSHPrefix(text) ?? text
                diagnostics.append(context.diagnostic(
                    "mesh `\(text)` is not `mesh:` followed by a MeSH ID", at: cell.range,
                    fixes: MeSHIndex.isWellFormedID(bare) ? [Fix(title: "Write mesh:\(bare)", safety: .safe,
                                                                 edits: [TextEdit(range: cell.range, newText: "mesh:" + bare)])] : []))
            }
            guard let cell = row.crossReference, let text = cell.value else { continue }
            let expected = prefix + ":"
            let digits = text.hasPrefix(expected) ? String(text.dropFirst(expected.count)) : nil
            guard let digits, SidecarRows.isDigits(digits) else {
                // `CHEBI:4167` / `DOID:1234`: the prefix in another case is the usual slip.
                let lowered = text.lowercased()
                let fix: [Fix] = lowered.hasPrefix(expected) && SidecarRows.isDigits(String(lowered.dropFirst(expected.count)))
                    ? [Fix(title: "Write \(lowered)", safety: .safe, edits: [TextEdit(range: cell.range, newText: lowered)])]
                    : []
                diagnostics.append(context.diagnostic(
                    "\(prefix) `\(text)` is not `\(expected)` followed by digits (or NA)", at: cell.range, fixes: fix))
                continue
            }
        }
    }
}

/// The count columns of a genes table agree with the rows they count.
struct SidecarCounts: Rule {
    let id = "sidecar-counts"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "`count_direct`, `count_synonym` or `count_match` disagrees with the organism's rows."
    let documentation = """
    ## What it checks
    Per organism (`organism_id`), over its distinct rows (a repeated row counts once; \
    see `duplicate-gene`): `count_direct` is the number of `ncbigene_symbol` \
    rows, `count_synonym` the number of `ncbigene_synonym` rows and `count_match` the \
    number of distinct `match` values. A count of zero is written `NA` (R's missing \
    value). Each cell that disagrees is reported, with the value it should have. The \
    older header revision has no `count_synonym`.

    ## Why it matters
    The PFOCR site and its statistics read the counts, not the rows: a figure whose \
    counts disagree with its rows is described wrongly, and the disagreement usually \
    means rows were added or deleted by hand.

    ## Example
    Two fly rows with `source` `ncbigene_symbol` and `count_direct` `3`.

    ## Correct
    `count_direct` `2` on every fly row.

    ## Fix
    Setting the cell to the counted value (unsafe: the rows may be what is wrong).

    ## Curation action
    Decide whether the rows or the counts are right; after deleting a row, update the \
    counts of its organism.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        var diagnostics: [Diagnostic] = []
        for (organism, rows) in SidecarRows.byOrganism(sidecar.geneRows) {
            var seen: Set<[String]> = []
            var direct = 0, synonym = 0
            var matches: Set<String> = []
            for row in rows where seen.insert(SidecarRows.key(row)).inserted {
                switch row.source?.text {
                case SidecarSource.symbol.rawValue?: direct += 1
                case SidecarSource.synonym.rawValue?: synonym += 1
                default: break
                }
                if let match = row.match?.value { matches.insert(match) }
            }
            let expected: [(String, Int, KeyPath<SidecarGeneRow, TableCell?>)] = [
                ("count_direct", direct, \.countDirect), ("count_synonym", synonym, \.countSynonym),
                ("count_match", matches.count, \.countMatch),
            ]
            for (name, count, path) in expected {
                let spelled = count == 0 ? "NA" : String(count)
                for row in rows {
                    guard let cell = row[keyPath: path], cell.text != spelled,
                          cell.isNA || SidecarRows.isDigits(cell.text) else { continue }
                    if count == 0 && cell.text == "0" { continue }
                    diagnostics.append(context.diagnostic(
                        "\(name) \(cell.text) does not count the rows of organism \(organism): \(spelled == "NA" ? "none (NA)" : spelled)",
                        at: cell.range,
                        fixes: [Fix(title: "Set \(name) to \(spelled)", safety: .unsafe,
                                    edits: [TextEdit(range: cell.range, newText: spelled)])]))
                }
            }
        }
        return diagnostics.sorted { $0.range < $1.range }
    }
}

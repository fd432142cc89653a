/// A gene row must not repeat another row of the same table.
struct SidecarDuplicateRow: Rule {
    let id = "sidecar-duplicate-row"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A genes-table row repeats an earlier one (same organism, word, match, gene and source)."
    let documentation = """
    ## What it checks
    Whether two rows of a genes table have the same `organism_id`, `word`, `match`, \
    `ncbigene_symbol`, `ncbigene_id` and `source` (the count columns describe the \
    organism's block, not the row, and are not compared). One gene under several words, \
    and one word expanded to each member of a family, are the pipeline's design. \
    Chemicals and diseases tables are not checked: one row per mention is their design \
    (`Glucose` twice when the figure says it twice).

    ## Why it matters
    A repeated block (seen in the corpus: five mouse rows written twice, with different \
    counts) inflates the gene counts and shows the block came from two runs.

    ## Example
    ```
    10090\tMus musculus\tRodents\tfog\tFOG\tZfpm1\t22761\tncbigene_synonym\tNA\t5\t3
    10090\tMus musculus\tRodents\tfog\tFOG\tZfpm1\t22761\tncbigene_synonym\t1\t5\t3
    ```

    ## Correct
    One of the two rows.

    ## Fix
    Deleting the repeat's line: safe when the whole line is identical, unsafe when the \
    counts differ.

    ## Curation action
    When the counts differ, keep the row whose counts `sidecar-counts` accepts.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        let source = context.source
        var first: [[String]: SidecarGeneRow] = [:]
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows {
            let key = SidecarRows.key(row)
            guard key.contains(where: { !$0.isEmpty }) else { continue }
            guard let earlier = first[key] else {
                first[key] = row
                continue
            }
            let identical = source.text(earlier.row.range) == source.text(row.row.range)
            let end = row.row.line + 1 < source.lineCount ? source.lineStarts[row.row.line + 1] : source.bytes.count
            let whole = ByteRange(source.lineStarts[row.row.line], end)
            let symbol = row.symbol?.text ?? ""
            diagnostics.append(context.diagnostic(
                "duplicate row: word `\(row.word?.text ?? "")`, \(symbol) (\(row.ncbigeneID?.text ?? "")) already on line \(earlier.row.line + 1)"
                    + (identical ? "" : " with other counts"),
                at: row.symbol?.range ?? row.row.range,
                fixes: [Fix(title: "Delete the repeated row", safety: identical ? .safe : .unsafe,
                            edits: [TextEdit(range: whole, newText: "")])]))
        }
        return diagnostics
    }
}

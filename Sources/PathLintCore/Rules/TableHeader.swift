/// A sidecar's file name and header must be those of a known table.
struct TableHeader: Rule {
    let id = "table-header"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A `.tsv` file is not named `<figid>-genes|chemicals|diseases.tsv`, or its header is not a known revision."
    let documentation = """
    ## What it checks
    That a `.tsv` file is named `<figid>-genes.tsv`, `<figid>-chemicals.tsv` or \
    `<figid>-diseases.tsv`, and that its header line is one of the known column sets:

    - genes: `organism_id organism_name organism_group word match ncbigene_symbol \
    ncbigene_id source count_direct count_synonym count_match`, or the older revision \
    without `count_synonym`;
    - chemicals: `word mesh match name chebi`;
    - diseases: `word mesh match name doid`.

    Unknown and repeated columns are underlined one by one; missing ones are named.

    ## Why it matters
    The PFOCR site and the exports find columns by name: a misspelt or missing column \
    is an empty column to them. The other sidecar rules read columns by name, so they \
    still check what is there.

    ## Example
    ```
    word\tmesh_id\tmatch\tname\tchebi
    ```

    ## Correct
    ```
    word\tmesh\tmatch\tname\tchebi
    ```

    ## Fix
    None.

    ## Curation action
    Rename the column, or re-export the table.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let table = context.document.table, let headerLine = table.headerLine else { return [] }
        let lineRange = context.source.contentRange(ofLine: headerLine)
        guard let sidecar = context.document.sidecar else {
            return [context.diagnostic(
                "not a sidecar name: a PFOCR table is named <figid>-genes.tsv, <figid>-chemicals.tsv or <figid>-diseases.tsv",
                at: lineRange)]
        }
        guard sidecar.revision == nil else { return [] }
        let names = table.header.map(\.text)
        // Compare with the revision that shares most columns.
        let revisions = SidecarHeaderRevision.revisions(of: sidecar.kind)
        let closest = revisions.max { lhs, rhs in
            Set(lhs.columns).intersection(names).count < Set(rhs.columns).intersection(names).count
        } ?? revisions[0]
        let known = Set(closest.columns)
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for cell in table.header {
            if !known.contains(cell.text) {
                let suggestion = closest.columns.first { SymbolKey.equivalent($0, cell.text) && !names.contains($0) }
                diagnostics.append(context.diagnostic(
                    "unknown column `\(cell.text)` in a \(sidecar.kind.rawValue) table"
                        + (suggestion.map { " (did you mean `\($0)`?)" } ?? ""),
                    at: cell.range,
                    fixes: suggestion.map { [Fix(title: "Rename the column to \($0)", safety: .safe,
                                                 edits: [TextEdit(range: cell.range, newText: $0)])] } ?? []))
            } else if !seen.insert(cell.text).inserted {
                diagnostics.append(context.diagnostic("column `\(cell.text)` appears twice", at: cell.range))
            }
        }
        let missing = closest.columns.filter { !names.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(context.diagnostic(
                "the \(sidecar.kind.rawValue) header lacks " + missing.map { "`\($0)`" }.joined(separator: ", "),
                at: lineRange))
        } else if diagnostics.isEmpty {
            diagnostics.append(context.diagnostic(
                "the \(sidecar.kind.rawValue) columns are out of order; expected: " + closest.columns.joined(separator: " "),
                at: lineRange))
        }
        return diagnostics
    }
}

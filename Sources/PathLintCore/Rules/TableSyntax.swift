/// A sidecar must be a plain tab-separated table that every reader reads the same way.
struct TableSyntax: Rule {
    let id = "table-syntax"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A `.tsv` sidecar is empty, ragged, quoted, not UTF-8, or has a BOM, CRLF or blank lines."
    let documentation = """
    ## What it checks
    The shape of a `.tsv` file, cell by cell: that it is valid UTF-8, not empty (it has \
    at least its header line), that every row has as many tab-separated cells as the \
    header (the extra cells, or the short row, are underlined), and that no cell holds a \
    double quote. As warnings: a byte order mark, CRLF or CR line breaks, blank lines and \
    cells wrapped whole in quotes. Spaces inside cells are not reported: `word` is raw \
    OCR text.

    ## Why it matters
    The PFOCR pipeline writes the tables with R (`quote = FALSE`, LF, no BOM). A ragged \
    row shifts every later column (`ncbigene_id` read as `source`); a quote makes R's \
    `read.delim` read on past the end of the cell, silently merging rows; a BOM becomes \
    part of the first column's name, so `organism_id` is no longer found.

    ## Example
    ```
    word\tmesh\tmatch\tname\tchebi
    "ATP"\tmesh:D000255\tAdenosine Triphosphate\tATP
    ```

    ## Correct
    ```
    word\tmesh\tmatch\tname\tchebi
    ATP\tmesh:D000255\tAdenosine Triphosphate\tATP\tchebi:15422
    ```

    ## Fix
    Safe: remove the BOM, turn CRLF and CR into LF, delete blank lines. Ragged rows, \
    quotes and padding need a look at what was meant.

    ## Curation action
    Re-export the table from its source, or add the missing cells (`NA` for a missing \
    value).

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let table = context.document.table else { return [] }
        let bytes = context.source.bytes
        var diagnostics: [Diagnostic] = []
        func add(_ message: String, _ range: ByteRange, _ severity: Severity? = nil, fixes: [Fix] = []) {
            var diagnostic = context.diagnostic(message, at: range, fixes: fixes)
            if let severity { diagnostic.severity = severity }
            diagnostics.append(diagnostic)
        }
        for problem in table.problems {
            switch problem {
            case .byteOrderMark(let range):
                add("the file starts with a UTF-8 byte order mark; it becomes part of the first column's name",
                    range, .warning,
                    fixes: [Fix(title: "Remove the byte order mark", safety: .safe,
                                edits: [TextEdit(range: range, newText: "")])])
            case .carriageReturns(let range, let count):
                var edits: [TextEdit] = []
                var index = 0
                while index < bytes.count {
                    if bytes[index] == 0x0D {
                        let crlf = index + 1 < bytes.count && bytes[index + 1] == 0x0A
                        edits.append(TextEdit(range: ByteRange(index, index + 1), newText: crlf ? "" : "\n"))
                    }
                    index += 1
                }
                add("\(count == 1 ? "a line ends" : "\(count) lines end") in CRLF or CR; sidecars use LF line breaks",
                    range, .warning, fixes: [Fix(title: "Use LF line breaks", safety: .safe, edits: edits)])
            case .empty(let range):
                add("the table is empty: a sidecar has at least its header line", range)
            case .blankLine(let range):
                let line = context.source.line(containing: range.start)
                let end = line + 1 < context.source.lineCount ? context.source.lineStarts[line + 1] : bytes.count
                let whole = ByteRange(context.source.lineStarts[line], end)
                add("blank line in the table; readers stop or make an empty row here", range, .warning,
                    fixes: [Fix(title: "Delete the blank line", safety: .safe, edits: [TextEdit(range: whole, newText: "")])])
            case .ragged(let range, let row, let expected, let found):
                let rowText = "row \(row + 1) has \(found) cell\(found == 1 ? "" : "s"), the header \(expected)"
                add(found > expected ? rowText + ": these cells have no column"
                                     : rowText + ": the last columns are missing (write NA for a missing value)",
                    range)
            case .quote(let range, let wrapped):
                if wrapped {
                    add("quoted cell: sidecars are written without quotes, and readers that do not unquote keep them as text",
                        range, .warning)
                } else {
                    add("stray double quote in a cell: R's read.delim would read on past the end of the cell", range)
                }
            case .encoding(let range, let message):
                add(message, range)
            }
        }
        return diagnostics
    }
}

/// Hover and completion in a sidecar table (`.tsv`), cell by cell:
///
/// - hover on a genes-table `ncbigene_symbol`, `match` or `word` cell of a human row: the
///   HGNC entries it names, and (any organism) the `false-match` candidates, evidence and
///   decision of the row; on `ncbigene_id`: the approved gene with that ID; on a
///   `mesh` cell of a chemicals or diseases table: the MeSH concept; on a header cell:
///   what the column holds;
/// - completion in the `ncbigene_symbol` column of a human (or not yet filled) row: HGNC
///   approved symbols by prefix (aliases and previous symbols lead to their gene), and
///   choosing one also fills the row's `ncbigene_id` cell.
///
/// What a column holds comes from `SidecarColumns`. Works on the lines as they are: a
/// ragged row being typed still has its cells.
public enum TableEditor {
    /// The row and column of the cell holding `offset` (a cursor at a cell's end is in it).
    static func cell(in document: AnnotationDocument, at offset: Int) -> (row: TableRow?, column: Int, cell: TableCell)? {
        guard let table = document.table else { return nil }
        let line = document.source.line(containing: offset)
        let cells: [TableCell]
        let row: TableRow?
        if line == table.headerLine {
            cells = table.header
            row = nil
        } else if let found = table.rows.first(where: { $0.line == line }) {
            cells = found.cells
            row = found
        } else {
            return nil
        }
        guard let column = cells.firstIndex(where: { $0.range.start <= offset && offset <= $0.range.end }) else { return nil }
        return (row, column, cells[column])
    }

    public static func hover(_ document: AnnotationDocument, at offset: Int,
                             reference: ReferenceSnapshot) -> (markdown: String, range: ByteRange)? {
        guard let sidecar = document.sidecar, let (row, column, cell) = cell(in: document, at: offset),
              column < sidecar.table.header.count else { return nil }
        let name = sidecar.table.header[column].text
        let spec = SidecarColumns.column(name, in: sidecar.kind)
        guard let row else {
            return spec.map { ("`\(name)`: \($0.description)", cell.range) }
        }
        guard let value = cell.value else { return nil }
        let markdown: String?
        switch spec?.valueKind {
        case let kind? where kind == .approvedGeneSymbol || kind == .geneText:
            let decision = disambiguation(document, sidecar, row: row, reference: reference)
            guard isHuman(row, in: sidecar) else { return decision.map { ($0, cell.range) } }
            markdown = [Hover.geneMarkdown(for: value, kind: kind, reference: reference)
                            .map { $0 + EditorMarkdown.asOf("hgnc", reference) },
                        decision].compactMap { $0 }.joined(separator: "\n\n---\n\n")
        case .geneID?:
            guard isHuman(row, in: sidecar) else { return nil }
            markdown = (reference.hgnc.approved(entrez: value).map { EditorMarkdown.gene($0, hgnc: reference.hgnc) }
                ?? "No approved HGNC gene has NCBI Gene ID \(EditorMarkdown.escape(value)).") + EditorMarkdown.asOf("hgnc", reference)
        case .meshID?:
            let id = value.hasPrefix("mesh:") ? String(value.dropFirst(5)) : value
            markdown = (reference.mesh.concept(id: id).map { EditorMarkdown.mesh($0, mesh: reference.mesh) }
                ?? (MeSHIndex.isWellFormedID(id) ? "\(EditorMarkdown.escape(id)) is not in the MeSH snapshot." : nil))
                .map { $0 + EditorMarkdown.asOf("mesh", reference) }
        default:
            markdown = nil
        }
        return markdown.map { ($0, cell.range) }
    }

    public static func complete(_ document: AnnotationDocument, at offset: Int, reference: ReferenceSnapshot,
                                limit: Int = 50) -> CompletionList {
        guard limit > 0, let sidecar = document.sidecar,
              let (row, column, cell) = cell(in: document, at: offset), let row,
              column < sidecar.table.header.count,
              SidecarColumns.column(sidecar.table.header[column].text, in: sidecar.kind)?.valueKind == .approvedGeneSymbol else {
            return .empty
        }
        if let organism = sidecar.table.column("organism_id"), organism < row.cells.count,
           let id = row.cells[organism].value, id != "9606" {
            return .empty  // HGNC names human genes only
        }
        let prefix = document.source.text(ByteRange(cell.range.start, max(cell.range.start, min(offset, cell.range.end))))
        let idCell = sidecar.table.column("ncbigene_id").flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
        let hgnc = reference.hgnc
        var items: [CompletionItem] = []
        var seen: Set<String> = []
        let matches = prefix.isEmpty ? [] : hgnc.matches(withKeyPrefix: prefix, limit: limit * 4)
        // Approved symbols first, then the genes aliases and previous symbols lead to.
        let ordered = matches.filter { $0.claim == .approved } + matches.filter { $0.claim == .alias || $0.claim == .previous }
        for match in ordered where items.count < limit {
            guard let record = hgnc.record(number: match.hgncNumber), record.isApproved,
                  seen.insert(record.number).inserted else { continue }
            var additional: [TextEdit] = []
            if let idCell, !record.entrez.isEmpty, idCell.text != record.entrez {
                additional.append(TextEdit(range: idCell.range, newText: record.entrez))
            }
            let via = match.claim == .approved ? "" : " (\(match.claim == .alias ? "alias" : "previous symbol") \(match.text))"
            items.append(CompletionItem(
                label: record.symbol, kind: match.claim == .approved ? .gene : .geneAlias,
                detail: record.name + via + (record.entrez.isEmpty ? "" : " · NCBI Gene \(record.entrez)"),
                documentation: EditorMarkdown.gene(record, hgnc: hgnc),
                filterText: match.claim == .approved ? nil : match.text,
                sortText: Completion.sortText(items.count),
                edit: TextEdit(range: cell.range, newText: record.symbol), additionalEdits: additional))
        }
        return CompletionList(items: items, isIncomplete: matches.count >= limit * 4)
    }

    /// The `false-match` candidates, evidence and decision of a genes row.
    private static func disambiguation(_ document: AnnotationDocument, _ sidecar: SidecarTable, row: TableRow,
                                       reference: ReferenceSnapshot) -> String? {
        guard let geneRow = sidecar.geneRows.first(where: { $0.row.line == row.line }),
              let mention = FalseMatch.mention(of: geneRow) else { return nil }
        let figure = FalseMatch.figure(document.figure?.annotation, genes: sidecar.geneRows.compactMap(FalseMatch.mention(of:)),
                                       reference: reference)
        return DisambiguationMarkdown.gene(mention, in: figure, reference: reference)
    }

    private static func isHuman(_ row: TableRow, in sidecar: SidecarTable) -> Bool {
        guard let column = sidecar.table.column("organism_id"), column < row.cells.count else { return true }
        return row.cells[column].text == "9606"
    }
}

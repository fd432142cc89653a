/// NCBI Gene's `gene_info` (whole, or one organism's) into `ncbi-genes.tsv` and
/// `ncbi-symbols.tsv`, and `gene_history` into `gene-history.tsv`. Both are streamed:
/// the whole `gene_info` is gigabytes, and only the sorted writers' buffers stay in memory.
struct NCBIImport {
    let genes: SortedLineWriter
    let symbols: SortedLineWriter
    /// Only these taxa (all when empty).
    let taxa: Set<String>

    /// Reads one `gene_info` file; returns its newest `Modification_date`.
    func readGeneInfo(_ file: InputFile) throws(SnapshotBuildError) -> String? {
        guard let headerLine = try file.nextLine() else { throw file.failure("empty file: expected gene_info's header (#tax_id, GeneID, …)", line: 1) }
        let header = headerLine.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard header.first == "#tax_id" || header.first == "#Format: tax_id" else {
            throw file.failure("not NCBI's gene_info: the header must start with #tax_id", line: 1)
        }
        func column(_ name: String) throws(SnapshotBuildError) -> Int {
            guard let index = header.firstIndex(of: name) else { throw file.failure("not NCBI's gene_info: no `\(name)` column", line: 1) }
            return index
        }
        let idColumn = try column("GeneID"), symbolColumn = try column("Symbol"), synonymColumn = try column("Synonyms")
        let typeColumn = try column("type_of_gene"), descriptionColumn = try column("description")
        let dateColumn = header.firstIndex(of: "Modification_date")
        var newest = NewestDate()
        var line: [UInt8] = []
        while try file.nextLine(into: &line) {
            if line.isEmpty { continue }
            guard let text = String(validating: line, as: UTF8.self) else { throw file.failure("not valid UTF-8") }
            let cells = text.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == header.count else { throw file.failure("\(cells.count) columns where the header has \(header.count)") }
            let taxon = String(cells[0]), id = String(cells[idColumn])
            guard Self.isDigits(taxon), Self.isDigits(id) else { throw file.failure("tax_id and GeneID must be numbers") }
            if let dateColumn { newest.see(cells[dateColumn]) }
            guard taxa.isEmpty || taxa.contains(taxon) else { continue }
            let symbol = Self.value(cells[symbolColumn])
            let synonyms = Self.value(cells[synonymColumn]).isEmpty ? [] : TextCleaning.splitMulti(cells[synonymColumn], "|")
            try genes.add(columns: [id, taxon, symbol, Self.value(cells[typeColumn]), synonyms.joined(separator: "|"),
                                    Self.value(cells[descriptionColumn])])
            let symbolKey = SymbolKey.normalize(symbol)
            if !symbolKey.isEmpty { try symbols.add(columns: [taxon + ":" + symbolKey, "s", symbol, id]) }
            for synonym in synonyms {
                let key = SymbolKey.normalize(synonym)
                if !key.isEmpty { try symbols.add(columns: [taxon + ":" + key, "y", synonym, id]) }
            }
        }
        return newest.value
    }

    /// Reads `gene_history`; returns its newest `Discontinue_Date`.
    func readGeneHistory(_ file: InputFile, into history: SortedLineWriter) throws(SnapshotBuildError) -> String? {
        guard let headerLine = try file.nextLine() else { throw file.failure("empty file: expected gene_history's header", line: 1) }
        let header = headerLine.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard header.count >= 5, header[0] == "#tax_id", header[1] == "GeneID", header[2] == "Discontinued_GeneID" else {
            throw file.failure("not NCBI's gene_history: the header must be #tax_id, GeneID, Discontinued_GeneID, Discontinued_Symbol, Discontinue_Date", line: 1)
        }
        var newest = NewestDate()
        var line: [UInt8] = []
        while try file.nextLine(into: &line) {
            if line.isEmpty { continue }
            guard let text = String(validating: line, as: UTF8.self) else { throw file.failure("not valid UTF-8") }
            let cells = text.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == header.count else { throw file.failure("\(cells.count) columns where the header has \(header.count)") }
            let taxon = String(cells[0]), replacement = Self.value(cells[1]), discontinued = String(cells[2])
            guard Self.isDigits(taxon), Self.isDigits(discontinued), replacement.isEmpty || Self.isDigits(replacement) else {
                throw file.failure("tax_id, GeneID and Discontinued_GeneID must be numbers (GeneID may be -)")
            }
            newest.see(cells[4])
            guard taxa.isEmpty || taxa.contains(taxon) else { continue }
            try history.add(columns: [discontinued, taxon, replacement, Self.value(cells[3]),
                                      InputFile.normalizedDate(cells[4]) ?? ""])
        }
        return newest.value
    }

    /// NCBI writes `-` for an empty cell.
    static func value(_ cell: Substring) -> String {
        cell == "-" ? "" : TextCleaning.clean(cell)
    }

    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}

/// HGNC's official downloads into `hgnc.tsv`, `hgnc-symbols.tsv`, `hgnc-entrez.tsv` and
/// `hgnc-groups.tsv`: `hgnc_complete_set.txt` (approved entries; tab-separated, a header of
/// lower-case names, multi-valued cells `"a|b"`) and optionally `withdrawn.txt`
/// (`HGNC_ID`, `STATUS` `Entry Withdrawn` or `Merged/Split`, `WITHDRAWN_SYMBOL`,
/// `MERGED_INTO_REPORT(S)` as `HGNC:n|SYMBOL|STATUS, …`).
struct HGNCImport {
    let records: SortedLineWriter
    let symbols: SortedLineWriter
    let entrez: SortedLineWriter
    let groups: SortedLineWriter
    /// Keys of every alias and previous symbol (which English words `word-lists.tsv` keeps).
    var weakKeys: Set<String> = []
    var approvedNumbers: Set<String> = []
    var groupLines = 0

    private static let statusCodes = ["Approved": "A", "Entry Withdrawn": "E", "Symbol Withdrawn": "S"]
    private static let dateColumns = ["date_approved_reserved", "date_symbol_changed", "date_name_changed", "date_modified"]

    /// Reads `hgnc_complete_set.txt`; returns its newest date.
    mutating func readCompleteSet(_ file: InputFile) throws(SnapshotBuildError) -> String? {
        guard let headerLine = try file.nextLine() else { throw file.failure("empty file: expected HGNC's header (hgnc_id, symbol, …)", line: 1) }
        let header = headerLine.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unquote($0) }
        func column(_ name: String, required: Bool = true) throws(SnapshotBuildError) -> Int? {
            if let index = header.firstIndex(of: name) { return index }
            if required { throw file.failure("not HGNC's complete set: no `\(name)` column in the header", line: 1) }
            return nil
        }
        let idColumn = try column("hgnc_id")!, symbolColumn = try column("symbol")!
        let nameColumn = try column("name")!, statusColumn = try column("status")!
        let locusColumn = try column("locus_type", required: false), aliasColumn = try column("alias_symbol", required: false)
        let previousColumn = try column("prev_symbol", required: false), entrezColumn = try column("entrez_id", required: false)
        let groupColumn = try column("gene_group", required: false), groupIDColumn = try column("gene_group_id", required: false)
        var dateIndexes: [Int] = []
        for name in Self.dateColumns { if let index = try column(name, required: false) { dateIndexes.append(index) } }
        var newest = NewestDate()
        while let line = try file.nextLine() {
            if line.isEmpty { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == header.count else {
                throw file.failure("\(cells.count) columns where the header has \(header.count)")
            }
            func cell(_ index: Int?) -> String { index.map { Self.unquote(cells[$0]) } ?? "" }
            let hgncID = cell(idColumn)
            guard let number = Self.number(of: hgncID) else { throw file.failure("`\(hgncID)` is not an HGNC ID (HGNC:digits)") }
            guard let status = Self.statusCodes[cell(statusColumn)] else {
                throw file.failure("unknown status `\(cell(statusColumn))` (Approved, Entry Withdrawn, Symbol Withdrawn)")
            }
            for index in dateIndexes { newest.see(cells[index]) }
            let symbol = TextCleaning.clean(cell(symbolColumn)), name = TextCleaning.clean(cell(nameColumn))
            let entrezID = TextCleaning.clean(cell(entrezColumn)), locus = TextCleaning.clean(cell(locusColumn))
            let aliases = TextCleaning.splitMulti(cell(aliasColumn), "|")
            let previous = TextCleaning.splitMulti(cell(previousColumn), "|")
            var successors: [String] = []
            if status == "S" { successors = Self.successorsInName(name) }
            try addEntry(number: number, symbol: symbol, status: status, entrez: entrezID, locus: locus, name: name,
                         aliases: aliases, previous: previous, successors: successors)
            let groupNames = TextCleaning.splitMulti(cell(groupColumn), "|")
            if status == "A" && !groupNames.isEmpty {
                try groups.add(columns: [number, groupNames.joined(separator: "|"),
                                         TextCleaning.splitMulti(cell(groupIDColumn), "|").joined(separator: "|")])
                groupLines += 1
            }
        }
        return newest.value
    }

    /// Reads `withdrawn.txt`.
    mutating func readWithdrawn(_ file: InputFile) throws(SnapshotBuildError) {
        guard let headerLine = try file.nextLine() else { throw file.failure("empty file: expected HGNC's withdrawn header", line: 1) }
        let header = headerLine.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unquote($0) }
        guard header.count >= 4, header[0] == "HGNC_ID", header[1] == "STATUS", header[2] == "WITHDRAWN_SYMBOL" else {
            throw file.failure("not HGNC's withdrawn.txt: the header must start HGNC_ID, STATUS, WITHDRAWN_SYMBOL, MERGED_INTO_REPORT(S)", line: 1)
        }
        while let line = try file.nextLine() {
            if line.isEmpty { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unquote($0) }
            guard cells.count == header.count else { throw file.failure("\(cells.count) columns where the header has \(header.count)") }
            guard let number = Self.number(of: cells[0]) else { throw file.failure("`\(cells[0])` is not an HGNC ID (HGNC:digits)") }
            let symbol = TextCleaning.clean(cells[2])
            switch cells[1] {
            case "Entry Withdrawn":
                try addEntry(number: number, symbol: symbol, status: "E", entrez: "", locus: "unknown",
                             name: "entry withdrawn", aliases: [], previous: [], successors: [])
            case "Merged/Split":
                var successors: [String] = []
                for report in TextCleaning.split(cells[3], ",") {
                    let parts = report.split(separator: "|", omittingEmptySubsequences: false)
                    let id = parts.first.map { $0.trimmingPrefix(" ") }.map(String.init) ?? ""
                    guard let successor = Self.number(of: id) else {
                        throw file.failure("`\(report)` is not a merged-into report (HGNC:n|SYMBOL|STATUS)")
                    }
                    if !successors.contains(successor) { successors.append(successor) }
                }
                // HGNC's own wording for a symbol withdrawn into other entries.
                let name = "symbol withdrawn, see " + successors.map { "[HGNC:\($0)](/data/gene-symbol-report/#!/hgnc_id/HGNC:\($0))" }
                    .joined(separator: " and ")
                try addEntry(number: number, symbol: symbol, status: "S", entrez: "", locus: "unknown", name: name,
                             aliases: [], previous: [], successors: successors)
            default:
                throw file.failure("unknown status `\(cells[1])` (Entry Withdrawn, Merged/Split)")
            }
        }
    }

    private mutating func addEntry(number: String, symbol: String, status: String, entrez entrezID: String, locus: String,
                                   name: String, aliases: [String], previous: [String],
                                   successors: [String]) throws(SnapshotBuildError) {
        try records.add(columns: [number, symbol, status, entrezID, locus, name, aliases.joined(separator: "|"),
                                  previous.joined(separator: "|"), successors.joined(separator: "|")])
        if status == "A" {
            approvedNumbers.insert(number)
            try symbols.add(columns: [SymbolKey.normalize(symbol), "a", symbol, number])
            for alias in aliases {
                let key = SymbolKey.normalize(alias)
                try symbols.add(columns: [key, "l", alias, number])
                weakKeys.insert(key)
            }
            for prev in previous {
                let key = SymbolKey.normalize(prev)
                try symbols.add(columns: [key, "p", prev, number])
                weakKeys.insert(key)
            }
            if !entrezID.isEmpty { try entrez.add(columns: [entrezID, number]) }
        } else {
            try symbols.add(columns: [SymbolKey.normalize(symbol), "w", symbol, number])
        }
    }

    /// `5` of `HGNC:5`.
    static func number(of id: String) -> String? {
        guard id.hasPrefix("HGNC:") else { return nil }
        let digits = id.dropFirst(5)
        return !digits.isEmpty && digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? String(digits) : nil
    }

    /// A withdrawn symbol's successors, from its name (`symbol withdrawn, see [HGNC:12469](…)`),
    /// as the script reads them.
    static func successorsInName(_ name: String) -> [String] {
        guard let see = name.firstRange(of: "see") else { return [] }
        var result: [String] = []
        var rest = name[see.upperBound...]
        while let match = rest.firstRange(of: "HGNC") {
            var index = match.upperBound
            if index < rest.endIndex && rest[index] == ":" { index = rest.index(after: index) }
            if index < rest.endIndex && rest[index] == " " { index = rest.index(after: index) }
            var end = index
            while end < rest.endIndex, let ascii = rest[end].asciiValue, ascii >= 48 && ascii <= 57 { end = rest.index(after: end) }
            if end > index {
                let number = String(rest[index..<end])
                if !result.contains(number) { result.append(number) }
            }
            rest = rest[match.upperBound...]
        }
        return result
    }

    /// A cell without the double quotes HGNC puts around multi-valued ones.
    static func unquote(_ cell: Substring) -> String {
        if cell.count >= 2 && cell.first == "\"" && cell.last == "\"" { return String(cell.dropFirst().dropLast()) }
        return String(cell)
    }
}

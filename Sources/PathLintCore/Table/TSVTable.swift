/// One cell of a tab-separated table: its text and the exact bytes it occupies.
///
/// `text` is the cell as written, except that a cell wrapped whole in double quotes is
/// read without them (the table still reports the quotes). `isNA` marks R's missing
/// value, the literal `NA`.
public struct TableCell: Sendable, Hashable {
    public let text: String
    public let range: ByteRange

    public init(text: String, range: ByteRange) {
        self.text = text
        self.range = range
    }

    /// R's `NA`: the value is missing.
    public var isNA: Bool { text == "NA" }
    /// The value, or nil when the cell is `NA` or empty.
    public var value: String? { isNA || text.isEmpty ? nil : text }
}

/// One line of a table after the header.
public struct TableRow: Sendable {
    /// 0-based position among the data rows.
    public let index: Int
    /// 0-based line of the file.
    public let line: Int
    /// The line's content, without its line break.
    public let range: ByteRange
    public let cells: [TableCell]
}

/// Something wrong with a table's shape, found while reading it. Each carries the exact
/// range to underline. Reading never fails: every problem is recorded and reading goes on.
public enum TableProblem: Sendable, Hashable {
    /// A UTF-8 byte order mark at the start (range: its three bytes).
    case byteOrderMark(ByteRange)
    /// Lines end in CRLF or CR (range: the first such line break; count: how many).
    case carriageReturns(ByteRange, count: Int)
    /// Nothing but a BOM or whitespace (range: the whole file).
    case empty(ByteRange)
    /// A line with no cells between data rows (range: the line).
    case blankLine(ByteRange)
    /// A row with more or fewer cells than the header: range = the extra cells, or the
    /// row when cells are missing.
    case ragged(ByteRange, row: Int, expected: Int, found: Int)
    /// A double quote in a cell (range: the cell). `wrapped`: the whole cell is quoted.
    case quote(ByteRange, wrapped: Bool)
    /// An ill-formed UTF-8 sequence (range: its bytes).
    case encoding(ByteRange, message: String)
}

/// Spaces inside cells are kept and not reported: the `word` column is raw OCR text
/// (`Me  Me  Me `).
///
/// A tab-separated file read with exact positions: every cell knows its byte range in
/// `source`, so a finding underlines one cell. Lines end at LF, CRLF or CR (as in
/// `SourceText`); the first line is the header.
///
/// *Invariant:* reading never fails and never traps; a malformed table is a table with
/// `problems`.
public struct TSVTable: Sendable {
    public let header: [TableCell]
    public let rows: [TableRow]
    public let problems: [TableProblem]
    /// The header's line (0 normally; later when the file starts with blank lines).
    public let headerLine: Int?

    public init(source: SourceText) {
        let bytes = source.bytes
        var problems: [TableProblem] = []
        let bodyStart = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if bodyStart == 3 { problems.append(.byteOrderMark(ByteRange(0, 3))) }
        if let error = bytes.withUnsafeBufferPointer({ buffer -> YAMLError? in
            guard let base = buffer.baseAddress, bodyStart < buffer.count else { return nil }
            return UTF8Validator.firstError(base, from: bodyStart, to: buffer.count)
        }) {
            problems.append(.encoding(error.range, message: error.message))
        }
        // Line breaks other than LF.
        var firstCR: ByteRange?
        var crCount = 0
        for line in 0..<source.lineCount {
            let content = source.contentRange(ofLine: line)
            let next = line + 1 < source.lineCount ? source.lineStarts[line + 1] : bytes.count
            if content.end < next, bytes[content.end] == 0x0D {
                crCount += 1
                if firstCR == nil { firstCR = ByteRange(content.end, next) }
            }
        }
        if let firstCR { problems.append(.carriageReturns(firstCR, count: crCount)) }

        var header: [TableCell] = []
        var headerLine: Int?
        var rows: [TableRow] = []
        var blankLines: [ByteRange] = []
        for line in 0..<source.lineCount {
            var content = source.contentRange(ofLine: line)
            if line == 0 { content.start = max(content.start, min(bodyStart, content.end)) }
            let isBlank = bytes[content.start..<content.end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if isBlank {
                // The empty "line" after the final line break is no line at all.
                let isFinal = line == source.lineCount - 1 && content.isEmpty
                if !isFinal && !(headerLine == nil && bytes.count <= bodyStart) { blankLines.append(content) }
                continue
            }
            let cells = TSVTable.cells(in: content, bytes: bytes, problems: &problems)
            if headerLine == nil {
                header = cells
                headerLine = line
                continue
            }
            if cells.count != header.count {
                let range: ByteRange
                if cells.count > header.count {
                    range = ByteRange(cells[header.count].range.start, content.end)
                } else {
                    range = content
                }
                problems.append(.ragged(range, row: rows.count, expected: header.count, found: cells.count))
            }
            rows.append(TableRow(index: rows.count, line: line, range: content, cells: cells))
        }
        if headerLine == nil {
            problems.append(.empty(ByteRange(0, bytes.count)))
        } else {
            problems += blankLines.map(TableProblem.blankLine)
        }
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.problems = problems
    }

    public init(_ text: String) {
        self.init(source: SourceText(text))
    }

    /// The index of the header column named `name`, if any.
    public func column(_ name: String) -> Int? {
        header.firstIndex { $0.text == name }
    }

    private static func cells(in content: ByteRange, bytes: [UInt8], problems: inout [TableProblem]) -> [TableCell] {
        var cells: [TableCell] = []
        var start = content.start
        var index = content.start
        func finish(_ end: Int) {
            let range = ByteRange(start, end)
            var textRange = range
            var quoteAt: Bool? = nil
            if let _ = bytes[range.start..<range.end].firstIndex(of: 0x22) {
                let wrapped = range.count >= 2 && bytes[range.start] == 0x22 && bytes[range.end - 1] == 0x22
                    && !bytes[(range.start + 1)..<(range.end - 1)].contains(0x22)
                quoteAt = wrapped
                if wrapped { textRange = ByteRange(range.start + 1, range.end - 1) }
            }
            if let wrapped = quoteAt { problems.append(.quote(range, wrapped: wrapped)) }
            cells.append(TableCell(text: String(decoding: bytes[textRange.start..<textRange.end], as: UTF8.self),
                                   range: range))
        }
        while index < content.end {
            if bytes[index] == 0x09 {
                finish(index)
                start = index + 1
            }
            index += 1
        }
        finish(content.end)
        return cells
    }
}

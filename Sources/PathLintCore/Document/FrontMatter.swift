/// Where the YAML of an annotation file is.
public struct FrontMatter: Sendable, Hashable {
    /// Bytes to hand to `YAMLParser`: for Markdown, from the opening `---` line to the
    /// start of the closing delimiter line (so libyaml sees the opening `---` as a
    /// document start and line numbers are the file's); for a plain YAML file, the
    /// whole file (after a BOM).
    public var yamlRange: ByteRange
    /// The `---` bytes of line 1 (nil for .yaml files).
    public var openingDelimiter: ByteRange?
    /// The `---` or `...` bytes of the closing line (nil for .yaml files).
    public var closingDelimiter: ByteRange?

    public init(yamlRange: ByteRange, openingDelimiter: ByteRange? = nil, closingDelimiter: ByteRange? = nil) {
        self.yamlRange = yamlRange
        self.openingDelimiter = openingDelimiter
        self.closingDelimiter = closingDelimiter
    }
}

public enum FrontMatterProblem: Error, Sendable, Hashable {
    /// Markdown whose first line is not `---`: range = the first line's content
    /// (after a BOM; an empty range for an empty file).
    case missing(ByteRange)
    /// An opening `---` with no closing line: range = the opening delimiter.
    case unterminated(ByteRange)
    /// Nothing but whitespace and `#` comments: for Markdown the range covers both
    /// delimiters (opening `---` to the end of the closing one); for a YAML file it
    /// is the whole file.
    case empty(ByteRange)
}

public enum FrontMatterLocator {
    public static func locate(in source: SourceText, isMarkdown: Bool) -> Result<FrontMatter, FrontMatterProblem> {
        let bytes = source.bytes
        let bodyStart = hasBOM(bytes) ? 3 : 0

        guard isMarkdown else {
            let range = ByteRange(bodyStart, bytes.count)
            if isBlankOrComments(bytes, range) { return .failure(.empty(ByteRange(0, bytes.count))) }
            return .success(FrontMatter(yamlRange: range))
        }

        // Line 0 starts at 0; the BOM is the first bytes of its content.
        let firstLine = source.contentRange(ofLine: 0)
        let firstContent = ByteRange(min(bodyStart, firstLine.end), firstLine.end)
        guard isDelimiter(bytes, firstContent, marker: 0x2D) else {
            return .failure(.missing(firstContent))
        }
        let opening = ByteRange(firstContent.start, firstContent.start + 3)

        var line = 1
        while line < source.lineCount {
            let content = source.contentRange(ofLine: line)
            if isDelimiter(bytes, content, marker: 0x2D) || isDelimiter(bytes, content, marker: 0x2E) {
                let closing = ByteRange(content.start, content.start + 3)
                let inner = ByteRange(source.lineStarts[1], content.start)
                if isBlankOrComments(bytes, inner) {
                    return .failure(.empty(ByteRange(opening.start, closing.end)))
                }
                return .success(FrontMatter(yamlRange: ByteRange(opening.start, content.start),
                                            openingDelimiter: opening, closingDelimiter: closing))
            }
            line += 1
        }
        return .failure(.unterminated(opening))
    }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// `---` (or `...`) followed only by spaces and tabs.
    static func isDelimiter(_ bytes: [UInt8], _ line: ByteRange, marker: UInt8) -> Bool {
        guard line.count >= 3,
              bytes[line.start] == marker, bytes[line.start + 1] == marker, bytes[line.start + 2] == marker
        else { return false }
        var i = line.start + 3
        while i < line.end {
            if bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
            i += 1
        }
        return true
    }

    /// Only spaces, tabs, line breaks and lines whose first non-blank character is `#`.
    static func isBlankOrComments(_ bytes: [UInt8], _ range: ByteRange) -> Bool {
        var i = range.start
        while i < range.end {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09 {
                // blank
            } else if byte == 0x23 {  // only blanks precede it on its line: a comment
                while i < range.end && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
                continue
            } else {
                return false
            }
            i += 1
        }
        return true
    }
}

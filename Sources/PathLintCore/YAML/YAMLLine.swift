/// One line of YAML read without a parser: its indentation, `- ` item indicators, a
/// `key:` and its value, and where a comment starts.
///
/// The editor reads lines with it while a half-typed line keeps the document from
/// parsing (`EditorContext`), and the suppression comments are found with it when the
/// YAML does not parse (`YAMLComments`), so both agree on what a comment is:
///
/// - a `#` starts a comment at the line's start or after a blank, outside quotes;
/// - a quote opens a scalar only where a node starts: at the line's first item, after a
///   `key:`'s blank, a `- `, `? `, an anchor or tag, or `[`, `{` and `,` in a flow
///   collection (`it's` and `a 'b` are plain text, so a ` #` after them is a comment);
/// - `'…'` escapes a quote as `''`, `"…"` escapes with `\`; a quote left open runs to
///   the end of the line.
///
/// Every position is a byte offset into the source: the lexer never counts characters, so
/// code points and UTF-16 are the business of whoever shows the position.
struct YAMLLine {
    /// A key or value: its text after unquoting, and where it lies.
    struct Scalar {
        /// The scalar, quotes included (an unterminated one runs to the end of the line,
        /// trailing blanks dropped); a value's is empty right after `key: ` when there is none.
        var range: ByteRange
        /// Where the text starts and ends (inside the quotes).
        var contentStart: Int
        var contentEnd: Int
        /// After unquoting (`''` → `'`, `\n` → a line break, `\x` → `x`); "" when empty.
        var text: String
        var style: ScalarStyle
        /// False for a quote the line leaves open.
        var isClosed: Bool
    }

    /// The line's content: from its first byte to its line break (or as much of it as was lexed).
    let start: Int
    let end: Int
    /// Spaces before the first other character.
    var indent = 0
    /// Offset of the innermost leading `-` item indicator (`- - x` counts once).
    var dash: Int?
    /// After the indentation and the `- ` indicators: where a key starts.
    var bodyStart: Int
    /// End of the run of key characters from `bodyStart` (a key typed without `:`).
    var keyWordEnd: Int
    /// The `:` that ends the key: followed by a blank or the line's end, or right after a
    /// quoted key.
    var colon: Int?
    var key: Scalar?
    var value: Scalar?
    /// The `#` that starts the line's comment.
    var comment: Int?
    /// Whether the line ends inside a quote (so it has no comment).
    var endsInQuote = false
    /// The end of what precedes the comment (or the line's end), trailing blanks dropped.
    var codeEnd: Int

    var contentStart: Int { start + indent }
    var isBlank: Bool { bodyStart == end && dash == nil }
    /// Only a comment after the indentation and item indicators.
    var isComment: Bool { comment == bodyStart }
    var keyRange: ByteRange { key?.range ?? ByteRange(bodyStart, bodyStart) }

    /// Whether the line ends with a block scalar's header (`key: |`, `- >-`, `|2+`), so
    /// the more-indented lines after it are text.
    var opensBlockScalar: Bool {
        guard !endsInQuote, codeEnd > contentStart else { return false }
        var j = codeEnd - 1
        while j > start && (bytes[j] == 0x2B || bytes[j] == 0x2D || (0x30...0x39).contains(bytes[j])) { j -= 1 }
        return (bytes[j] == 0x7C || bytes[j] == 0x3E) && (j == start || YAMLLine.isBlank(bytes[j - 1]))
    }

    private let bytes: [UInt8]

    /// Lexes line `line` of `source`.
    init(_ source: SourceText, line: Int) {
        self.init(source, source.contentRange(ofLine: line))
    }

    /// Lexes `range`, the content of one line or a part of it that starts the line.
    init(_ source: SourceText, _ range: ByteRange) {
        let bytes = source.bytes
        self.bytes = bytes
        start = range.start
        end = range.end
        var i = start
        while i < end && bytes[i] == 0x20 { i += 1 }
        indent = i - start
        while i < end && bytes[i] == 0x2D && (i + 1 == end || YAMLLine.isBlank(bytes[i + 1])) {
            dash = i
            i += 1
            while i < end && YAMLLine.isBlank(bytes[i]) { i += 1 }
        }
        bodyStart = i
        var wordEnd = i
        while wordEnd < end && YAMLLine.isKeyByte(bytes[wordEnd]) { wordEnd += 1 }
        keyWordEnd = wordEnd
        codeEnd = end
        lexBody(source)
    }

    /// One pass over the body: quotes, flow indicators, the key's colon and the comment.
    private mutating func lexBody(_ source: SourceText) {
        var nodeStart = true
        var afterQuoted = false
        var flowDepth = 0
        var quoted: [Scalar] = []
        var i = bodyStart
        scan: while i < end {
            let byte = bytes[i]
            if YAMLLine.isBlank(byte) {
                i += 1
                continue
            }
            if byte == 0x23 && (i == start || YAMLLine.isBlank(bytes[i - 1])) {  // #
                comment = i
                break
            }
            if nodeStart {
                switch byte {
                case 0x27, 0x22:  // ' "
                    let scalar = YAMLLine.quoted(source, at: i, end: end)
                    quoted.append(scalar)
                    guard scalar.isClosed else {
                        endsInQuote = true
                        break scan
                    }
                    i = scalar.range.end
                    nodeStart = false
                    afterQuoted = true
                    continue
                case 0x5B, 0x7B:  // [ {
                    flowDepth += 1
                    i += 1
                    continue
                case 0x26, 0x21:  // an anchor or tag comes before the node it names
                    while i < end && !YAMLLine.isBlank(bytes[i]) { i += 1 }
                    continue
                case 0x2D, 0x3F, 0x3A:  // - ? : are indicators before a blank, else plain text
                    guard i + 1 == end || YAMLLine.isBlank(bytes[i + 1]) else {
                        nodeStart = false
                        break
                    }
                    if byte == 0x3A && colon == nil { colon = i }
                    i += 1
                    continue
                default:
                    nodeStart = false
                }
            }
            if byte == 0x3A && (afterQuoted || i + 1 == end || YAMLLine.isBlank(bytes[i + 1])) {
                if colon == nil { colon = i }
                nodeStart = true
                afterQuoted = false
                i += 1
                continue
            }
            afterQuoted = false
            if flowDepth > 0 {
                if byte == 0x2C {  // ,
                    nodeStart = true
                } else if byte == 0x5D || byte == 0x7D {  // ] }
                    flowDepth -= 1
                }
            }
            i += 1
        }
        var code = comment ?? end
        while code > start && YAMLLine.isBlank(bytes[code - 1]) { code -= 1 }
        codeEnd = endsInQuote ? quoted[quoted.count - 1].range.end : code

        guard let colon else { return }
        // A quoted key is the whole key: `'a' b: c` has none.
        if let first = quoted.first, first.range.start == bodyStart {
            var j = first.range.end
            while j < colon && YAMLLine.isBlank(bytes[j]) { j += 1 }
            guard j == colon, first.isClosed else {
                self.colon = nil
                return
            }
            key = first
        } else {
            var keyEnd = colon
            while keyEnd > bodyStart && bytes[keyEnd - 1] == 0x20 { keyEnd -= 1 }
            key = Scalar(range: ByteRange(bodyStart, keyEnd), contentStart: bodyStart, contentEnd: keyEnd,
                         text: source.text(ByteRange(bodyStart, keyEnd)), style: .plain, isClosed: true)
        }
        value = valueScalar(source, afterColon: colon + 1, quoted: quoted)
    }

    /// The value after the key's `:`.
    private func valueScalar(_ source: SourceText, afterColon: Int, quoted: [Scalar]) -> Scalar {
        var valueStart = afterColon
        while valueStart < end && YAMLLine.isBlank(bytes[valueStart]) { valueStart += 1 }
        if valueStart == end || valueStart == comment {
            // No value: the empty range right after `key: ` (at the line's end after blanks).
            let at = min(afterColon + 1, end)
            let position = valueStart == end ? max(at, valueStart) : at
            return Scalar(range: ByteRange(position, position), contentStart: position, contentEnd: position,
                          text: "", style: .plain, isClosed: true)
        }
        if let scalar = quoted.last(where: { $0.range.start == valueStart }) { return scalar }
        var valueEnd = comment ?? end
        while valueEnd > valueStart && YAMLLine.isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
        return Scalar(range: ByteRange(valueStart, valueEnd), contentStart: valueStart, contentEnd: valueEnd,
                      text: source.text(ByteRange(valueStart, valueEnd)), style: .plain, isClosed: true)
    }

    /// The quoted scalar whose opening quote is at `open`, read to its closing quote or `end`.
    static func quoted(_ source: SourceText, at open: Int, end: Int) -> Scalar {
        let bytes = source.bytes
        let quote = bytes[open]
        var text: [UInt8] = []
        var i = open + 1
        while i < end {
            let byte = bytes[i]
            if quote == 0x27 {
                if byte == 0x27 {
                    guard i + 1 < end && bytes[i + 1] == 0x27 else { break }
                    text.append(0x27)
                    i += 2
                    continue
                }
            } else if byte == 0x22 {
                break
            } else if byte == 0x5C && i + 1 < end {  // \
                switch bytes[i + 1] {
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case let next: text.append(next)
                }
                i += 2
                continue
            }
            text.append(byte)
            i += 1
        }
        let style: ScalarStyle = quote == 0x27 ? .singleQuoted : .doubleQuoted
        if i < end {
            return Scalar(range: ByteRange(open, i + 1), contentStart: open + 1, contentEnd: i,
                          text: String(decoding: text, as: UTF8.self), style: style, isClosed: true)
        }
        var rangeEnd = end
        while rangeEnd > open + 1 && isBlank(bytes[rangeEnd - 1]) { rangeEnd -= 1 }
        return Scalar(range: ByteRange(open, rangeEnd), contentStart: open + 1, contentEnd: rangeEnd,
                      text: source.text(ByteRange(open + 1, rangeEnd)), style: style, isClosed: false)
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    @inline(__always) static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// The characters of the front matter's keys (and of a key being typed).
    static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// Whether line `line` can be a top-level `key:` line: it starts with neither a blank,
    /// a `-`, a `#` nor a line break. A test of one byte, before lexing the line.
    static func mayBeTopLevelKey(_ source: SourceText, line: Int) -> Bool {
        let start = source.lineStarts[line]
        guard start < source.bytes.count else { return false }
        switch source.bytes[start] {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "-"), UInt8(ascii: "#"): return false
        default: return true
        }
    }
}

/// Where the comments of a YAML text are.
enum YAMLComments {
    /// Offsets of the `#` of each comment in `range`, given every scalar's range (sorted):
    /// exact for a text that parsed.
    static func comments(in source: SourceText, range: ByteRange, scalars: [ByteRange]) -> [Int] {
        let bytes = source.bytes
        var found: [Int] = []
        var next = 0  // first scalar that does not end before i
        var i = range.start
        while i < range.end {
            let byte = bytes[i]
            if byte == 0x23 && (i == 0 || YAMLLine.isBlank(bytes[i - 1]) || YAMLLine.isBreak(bytes[i - 1])) {
                while next < scalars.count && scalars[next].end <= i { next += 1 }
                if next < scalars.count && scalars[next].start <= i {
                    i = scalars[next].end  // inside a scalar: skip it
                    continue
                }
                found.append(i)
                while i < range.end && !YAMLLine.isBreak(bytes[i]) { i += 1 }
                continue
            }
            i += 1
        }
        return found
    }

    /// Comments found line by line with `YAMLLine`, for a text that did not parse: a
    /// line's comment unless the line is inside a block scalar. A scalar that spans lines
    /// is not followed, so a `#` line inside a multi-line quote can be taken for a comment.
    static func lineComments(in source: SourceText, range: ByteRange) -> [Int] {
        var found: [Int] = []
        var blockIndent: Int?  // indentation of the line that opened a block scalar
        var line = source.line(containing: range.start)
        while line < source.lineCount && source.lineStarts[line] < range.end {
            let content = source.contentRange(ofLine: line)
            line += 1
            let lexed = YAMLLine(source, ByteRange(max(content.start, range.start), min(content.end, range.end)))
            if let opened = blockIndent {
                if lexed.contentStart == lexed.end || lexed.indent > opened { continue }
                blockIndent = nil
            }
            if let comment = lexed.comment { found.append(comment) }
            if lexed.opensBlockScalar { blockIndent = lexed.indent }
        }
        return found
    }

    /// Every scalar's range (keys and values), sorted by start.
    static func scalarRanges(_ root: YAMLNode?) -> [ByteRange] {
        guard let root else { return [] }
        var ranges: [ByteRange] = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .scalar(let scalar): if !scalar.range.isEmpty { ranges.append(scalar.range) }
            case .mapping(let mapping):
                for entry in mapping.entries { pending.append(entry.key); pending.append(entry.value) }
            case .sequence(let sequence): pending.append(contentsOf: sequence.items)
            case .alias: break
            }
        }
        return ranges.sorted()
    }
}

/// What is at a byte offset of an annotation file, for completion and hover.
///
/// Worked out from the lines around the offset, so that it still works while a half-typed
/// line keeps the YAML from parsing: the current line's `key:`, the list section found by
/// scanning upward for `genes:`/`chemicals:`/`diseases:`, and the entry's `key: value`
/// lines. When the document parses, the entry's fields come from the YAML tree instead
/// (exact for every scalar style).
struct EditorContext {
    enum Section: String, Sendable {
        case genes, chemicals, diseases
    }

    /// A `key: value` pair of an entry.
    struct Field {
        var key: String
        var keyRange: ByteRange
        /// The value after unquoting; "" when empty.
        var value: String
        /// The scalar (quotes included); for an empty value, the empty range after `key: `.
        var valueRange: ByteRange
        var style: ScalarStyle
    }

    /// One item of a `genes`/`chemicals`/`diseases` list, read from its lines.
    struct Entry {
        var section: Section
        var fields: [Field]
        /// 0-based lines of its first and last non-blank line.
        var firstLine: Int
        var lastLine: Int
        /// Spaces before its keys (the column after `- `).
        var keyIndent: Int

        /// The last field with this key (YAML keeps the last of duplicates).
        func field(_ key: String) -> Field? { fields.last { $0.key == key } }
        func value(_ key: String) -> String? {
            guard let value = field(key)?.value, !value.isEmpty else { return nil }
            return value
        }
    }

    enum Place {
        /// Typing a key: `prefix` is the text from the key's start to the cursor;
        /// `range` the whole key (empty at the cursor on a blank line); `hasColon`
        /// whether a `:` already follows it.
        case key(prefix: String, range: ByteRange, hasColon: Bool)
        /// In the value of `key`: `typed` is the value's text before the cursor (inside
        /// the quotes); `field` the whole value.
        case value(key: String, typed: String, field: Field)
    }

    /// The list the cursor is in; nil at the top level (figure fields) or elsewhere.
    let section: Section?
    let entry: Entry?
    let place: Place
    /// Whether the cursor line is a top-level `key:` line (a figure field).
    let isTopLevel: Bool
    let source: SourceText
    /// The lines that hold the YAML.
    let lines: ClosedRange<Int>

    /// The context at `offset`, or nil outside the front matter or where nothing applies
    /// (a comment, a list item of another list).
    init?(_ document: AnnotationDocument, at offset: Int) {
        let source = document.source
        guard offset >= 0, offset <= source.bytes.count,
              let region = EditorContext.yamlLines(document) else { return nil }
        let lineIndex = source.line(containing: offset)
        guard region.contains(lineIndex) else { return nil }
        let scanner = LineScanner(source: source, lines: region)
        let line = scanner.shape(of: lineIndex)
        guard !line.isComment || offset <= line.contentStart else { return nil }
        self.source = source
        self.lines = region

        // Where in the line the cursor is.
        let place: Place
        if let colon = line.colon, offset > colon {
            guard let key = line.key, let value = line.value else { return nil }
            let contentStart = value.contentStart
            let typedEnd = max(contentStart, min(offset, value.contentEnd))
            let typed = offset < contentStart ? "" : source.text(ByteRange(contentStart, typedEnd))
            place = .value(key: key, typed: typed,
                           field: Field(key: key, keyRange: line.keyRange, value: value.text,
                                        valueRange: value.range, style: value.style))
        } else {
            let keyEnd = line.colon ?? line.keyWordEnd
            guard offset >= line.keyStart, offset <= max(keyEnd, line.keyStart) else { return nil }
            let prefix = source.text(ByteRange(line.keyStart, offset))
            guard prefix.utf8.allSatisfy(LineScanner.isKeyByte) else { return nil }
            place = .key(prefix: prefix, range: ByteRange(line.keyStart, max(keyEnd, offset)), hasColon: line.colon != nil)
        }
        self.place = place

        // Which list, and which entry of it.
        isTopLevel = line.indent == 0 && line.dash == nil
        if isTopLevel {
            section = nil
            entry = nil
            return
        }
        guard let header = scanner.sectionHeader(above: lineIndex) else {
            section = nil
            entry = nil
            return
        }
        section = header.section
        entry = header.section.flatMap { section in
            scanner.entry(containing: lineIndex, section: section, headerLine: header.line)
        }.map { EditorContext.refined($0, document: document) }
    }

    /// The 0-based lines that hold YAML: between the delimiters of a Markdown file (all
    /// lines after the opening one while the closing one is missing), or the whole file.
    static func yamlLines(_ document: AnnotationDocument) -> ClosedRange<Int>? {
        let source = document.source
        let last = source.lineCount - 1
        switch document.frontMatter {
        case .success(let frontMatter):
            if document.kind == .yaml { return 0...last }
            let first = source.line(containing: frontMatter.yamlRange.start) + 1
            let closing = frontMatter.closingDelimiter.map { source.line(containing: $0.start) } ?? last + 1
            return first <= closing - 1 ? first...(closing - 1) : nil
        case .failure(.unterminated(let opening)):
            let first = source.line(containing: opening.start) + 1
            return first <= last ? first...last : nil
        case .failure(.empty(let range)):
            if document.kind == .yaml { return 0...last }
            let first = source.line(containing: range.start) + 1
            let closing = source.line(containing: range.end)
            return first <= closing - 1 ? first...(closing - 1) : nil
        case .failure(.missing):
            return document.kind == .yaml ? 0...last : nil
        }
    }

    /// The entry with its fields taken from the YAML tree when the document parsed
    /// (empty values keep their line-based range, which is right after `key: `).
    static func refined(_ entry: Entry, document: AnnotationDocument) -> Entry {
        guard let annotation = document.annotation else { return entry }
        let nodes: [YAMLMapping]
        switch entry.section {
        case .genes: nodes = annotation.genes.map(\.node)
        case .chemicals: nodes = annotation.chemicals.map(\.node)
        case .diseases: nodes = annotation.diseases.map(\.node)
        }
        let source = document.source
        guard let node = nodes.first(where: { source.line(containing: $0.range.start) == entry.firstLine }) else {
            return entry
        }
        var refined = entry
        refined.fields = node.entries.compactMap { pair -> Field? in
            guard let key = pair.key.scalar, let value = pair.value.scalar else { return nil }
            if value.value.isEmpty && value.style == .plain,
               let lineField = entry.fields.last(where: { $0.key == key.value }) {
                return lineField
            }
            return Field(key: key.value, keyRange: key.range, value: value.isNull && !value.value.isEmpty ? "" : value.value,
                         valueRange: value.range, style: value.style)
        }
        return refined
    }
}

/// The shape of one YAML line, read without a parser.
struct LineShape {
    var start: Int
    /// The end of its content (before the line break).
    var end: Int
    /// Spaces before the first other character.
    var indent: Int
    /// Offset of a leading `-` item indicator.
    var dash: Int?
    /// Where the key (or the text being typed as one) starts: after the indentation and `- `.
    var keyStart: Int
    /// End of the run of key characters from `keyStart` (for a key typed without `:`).
    var keyWordEnd: Int
    /// The `:` that ends the key, when there is one (followed by a blank or the line end).
    var colon: Int?
    var key: String?
    var keyRange: ByteRange
    var value: LineValue?
    var isBlank: Bool
    var isComment: Bool
    /// Where the first non-blank character is (or the end).
    var contentStart: Int
}

/// The value of a `key: value` line.
struct LineValue {
    /// The scalar, quotes included (an unterminated quote runs to the end of the line);
    /// empty just after `key: ` (or at the line's end) when there is no value.
    var range: ByteRange
    /// Where the value's text starts and ends (inside the quotes).
    var contentStart: Int
    var contentEnd: Int
    var text: String
    var style: ScalarStyle
}

struct LineScanner {
    let source: SourceText
    let lines: ClosedRange<Int>

    static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// Whether a line can be a top-level `key:` line: it starts with neither a blank, a
    /// `-`, a `#` nor a line break. (A cheap test before reading the line's shape.)
    static func mayBeTopLevelKey(_ source: SourceText, line: Int) -> Bool {
        let start = source.lineStarts[line]
        guard start < source.bytes.count else { return false }
        switch source.bytes[start] {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "-"), UInt8(ascii: "#"): return false
        default: return true
        }
    }

    func shape(of line: Int) -> LineShape {
        let bytes = source.bytes
        let content = source.contentRange(ofLine: line)
        var i = content.start
        while i < content.end && bytes[i] == 0x20 { i += 1 }
        let indent = i - content.start
        var dash: Int?
        // `- ` item indicators (a nested `- - ` counts once: the innermost one wins).
        while i < content.end && bytes[i] == UInt8(ascii: "-")
                && (i + 1 == content.end || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09) {
            dash = i
            i += 1
            while i < content.end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        }
        let keyStart = i
        var shape = LineShape(start: content.start, end: content.end, indent: indent, dash: dash, keyStart: keyStart,
                              keyWordEnd: keyStart, colon: nil, key: nil, keyRange: ByteRange(keyStart, keyStart),
                              value: nil, isBlank: keyStart == content.end && dash == nil,
                              isComment: keyStart < content.end && bytes[keyStart] == UInt8(ascii: "#"),
                              contentStart: content.start + indent)
        var wordEnd = keyStart
        while wordEnd < content.end && LineScanner.isKeyByte(bytes[wordEnd]) { wordEnd += 1 }
        shape.keyWordEnd = wordEnd
        guard !shape.isComment, keyStart < content.end else { return shape }

        // The key: a quoted one to its closing quote, else up to the first `:` followed by a blank.
        var j = keyStart
        var keyText: String?
        var keyEnd = keyStart
        if bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: "\"") {
            let quote = bytes[j]
            j += 1
            while j < content.end && bytes[j] != quote { j += 1 }
            guard j < content.end else { return shape }
            keyText = source.text(ByteRange(keyStart + 1, j))
            j += 1
            keyEnd = j
            while j < content.end && bytes[j] == 0x20 { j += 1 }
            guard j < content.end, bytes[j] == UInt8(ascii: ":") else { return shape }
        } else {
            while j < content.end {
                if bytes[j] == UInt8(ascii: ":")
                    && (j + 1 == content.end || bytes[j + 1] == 0x20 || bytes[j + 1] == 0x09) { break }
                if bytes[j] == UInt8(ascii: "#") && j > keyStart && bytes[j - 1] == 0x20 { return shape }
                j += 1
            }
            guard j < content.end else { return shape }
            keyEnd = j
            while keyEnd > keyStart && bytes[keyEnd - 1] == 0x20 { keyEnd -= 1 }
            keyText = source.text(ByteRange(keyStart, keyEnd))
        }
        shape.colon = j
        shape.key = keyText
        shape.keyRange = ByteRange(keyStart, keyEnd)
        shape.value = value(from: j + 1, to: content.end)
        return shape
    }

    /// The value of a line after its key's `:`.
    private func value(from afterColon: Int, to end: Int) -> LineValue {
        let bytes = source.bytes
        var start = afterColon
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        // No value (or only a comment): the empty range right after `key: `.
        if start == end || (bytes[start] == UInt8(ascii: "#") && start > afterColon) {
            let at = min(afterColon + 1, end)
            let position = start == end ? max(at, min(start, end)) : at
            return LineValue(range: ByteRange(position, position), contentStart: position, contentEnd: position,
                             text: "", style: .plain)
        }
        let first = bytes[start]
        if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") {
            var text: [UInt8] = []
            var i = start + 1
            var closed = false
            while i < end {
                let byte = bytes[i]
                if first == UInt8(ascii: "'") && byte == first {
                    if i + 1 < end && bytes[i + 1] == first { text.append(first); i += 2; continue }
                    closed = true
                    break
                }
                if first == UInt8(ascii: "\"") {
                    if byte == first { closed = true; break }
                    if byte == UInt8(ascii: "\\") && i + 1 < end {
                        let next = bytes[i + 1]
                        switch next {
                        case UInt8(ascii: "n"): text.append(0x0A)
                        case UInt8(ascii: "t"): text.append(0x09)
                        default: text.append(next)
                        }
                        i += 2
                        continue
                    }
                }
                text.append(byte)
                i += 1
            }
            var rangeEnd = closed ? i + 1 : end
            if !closed { while rangeEnd > start + 1 && (bytes[rangeEnd - 1] == 0x20 || bytes[rangeEnd - 1] == 0x09) { rangeEnd -= 1 } }
            if !closed { text = Array(bytes[(start + 1)..<rangeEnd]) }
            return LineValue(range: ByteRange(start, rangeEnd), contentStart: start + 1,
                             contentEnd: closed ? i : rangeEnd, text: String(decoding: text, as: UTF8.self),
                             style: first == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted)
        }
        // Plain: to a ` #` comment or the end of the line, trailing blanks dropped.
        var valueEnd = start
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: "#") && (bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09) { break }
            i += 1
            if bytes[i - 1] != 0x20 && bytes[i - 1] != 0x09 { valueEnd = i }
        }
        return LineValue(range: ByteRange(start, valueEnd), contentStart: start, contentEnd: valueEnd,
                         text: source.text(ByteRange(start, valueEnd)), style: .plain)
    }

    /// The nearest top-level `key:` line at or above `line`, and the list it opens (nil
    /// for another key).
    func sectionHeader(above line: Int) -> (line: Int, section: EditorContext.Section?)? {
        var index = line
        while index >= lines.lowerBound {
            guard LineScanner.mayBeTopLevelKey(source, line: index) else {
                index -= 1
                continue
            }
            let shape = shape(of: index)
            if !shape.isBlank && !shape.isComment && shape.indent == 0 && shape.dash == nil {
                let key = shape.key ?? source.text(ByteRange(shape.keyStart, shape.keyWordEnd))
                return (index, EditorContext.Section(rawValue: key))
            }
            index -= 1
        }
        return nil
    }

    /// The list item of `section` holding `line`: from its `- ` line to the line before
    /// the next item or top-level key.
    func entry(containing line: Int, section: EditorContext.Section, headerLine: Int) -> EditorContext.Entry? {
        // The items' `-` column is that of the first item line after the header.
        var itemIndent: Int?
        var index = headerLine + 1
        while index <= min(line, lines.upperBound) {
            let shape = shape(of: index)
            if shape.dash != nil && !shape.isComment {
                itemIndent = shape.indent
                break
            }
            index += 1
        }
        guard let itemIndent else { return nil }
        var first = line
        while first > headerLine {
            let shape = shape(of: first)
            if shape.dash != nil && shape.indent == itemIndent { break }
            if first < line && !shape.isBlank && !shape.isComment && shape.indent <= itemIndent { return nil }
            first -= 1
        }
        guard first > headerLine else { return nil }
        let firstShape = shape(of: first)
        let keyIndent = firstShape.keyStart - firstShape.start
        var fields: [EditorContext.Field] = []
        var last = first
        var index2 = first
        while index2 <= lines.upperBound {
            let shape = shape(of: index2)
            if index2 > first && !shape.isBlank && !shape.isComment && shape.indent <= itemIndent { break }
            if !shape.isBlank && !shape.isComment { last = index2 }
            if let key = shape.key, let value = shape.value, shape.keyStart - shape.start == keyIndent,
               index2 == first || shape.dash == nil {
                fields.append(EditorContext.Field(key: key, keyRange: shape.keyRange, value: value.text,
                                                  valueRange: value.range, style: value.style))
            }
            index2 += 1
        }
        return EditorContext.Entry(section: section, fields: fields, firstLine: first, lastLine: last,
                                   keyIndent: keyIndent)
    }
}

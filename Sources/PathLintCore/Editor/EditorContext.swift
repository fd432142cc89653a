/// What is at a byte offset of an annotation file, for completion and hover.
///
/// Worked out from the lines around the offset, read by the line lexer (`YAMLLine`, which
/// also finds suppression comments), so that it still works while a half-typed line keeps
/// the YAML from parsing: the current line's `key:`, the list section found by
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
        let scanner = EntryLines(source: source, lines: region)
        let line = YAMLLine(source, line: lineIndex)
        guard !line.isComment || offset <= line.contentStart else { return nil }
        self.source = source
        self.lines = region

        // Where in the line the cursor is.
        let place: Place
        if let colon = line.colon, offset > colon {
            guard let key = line.key?.text, let value = line.value else { return nil }
            let contentStart = value.contentStart
            let typedEnd = max(contentStart, min(offset, value.contentEnd))
            let typed = offset < contentStart ? "" : source.text(ByteRange(contentStart, typedEnd))
            place = .value(key: key, typed: typed,
                           field: Field(key: key, keyRange: line.keyRange, value: value.text,
                                        valueRange: value.range, style: value.style))
        } else {
            let keyEnd = line.colon ?? line.keyWordEnd
            guard offset >= line.bodyStart, offset <= max(keyEnd, line.bodyStart) else { return nil }
            let prefix = source.text(ByteRange(line.bodyStart, offset))
            guard prefix.utf8.allSatisfy(YAMLLine.isKeyByte) else { return nil }
            place = .key(prefix: prefix, range: ByteRange(line.bodyStart, max(keyEnd, offset)), hasColon: line.colon != nil)
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

    /// The fields that can be written where the cursor is: an entry's (from the schema
    /// row of its list), the figure's on a top-level line, else none.
    var fieldSpecs: [FieldSpec] {
        if let section { return FrontMatterSchema.itemFields(ofList: section.rawValue) ?? [] }
        return isTopLevel ? FrontMatterSchema.figureFields : []
    }

    /// The schema row of `key` where the cursor is.
    func fieldSpec(_ key: String) -> FieldSpec? { fieldSpecs.first { $0.name == key } }

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

/// Finding the list section and the entry around a line, from the lines alone.
struct EntryLines {
    let source: SourceText
    let lines: ClosedRange<Int>

    func shape(of line: Int) -> YAMLLine { YAMLLine(source, line: line) }

    /// The nearest top-level `key:` line at or above `line`, and the list it opens (nil
    /// for another key).
    func sectionHeader(above line: Int) -> (line: Int, section: EditorContext.Section?)? {
        var index = line
        while index >= lines.lowerBound {
            guard YAMLLine.mayBeTopLevelKey(source, line: index) else {
                index -= 1
                continue
            }
            let shape = shape(of: index)
            if !shape.isBlank && !shape.isComment && shape.indent == 0 && shape.dash == nil {
                let key = shape.key?.text ?? source.text(ByteRange(shape.bodyStart, shape.keyWordEnd))
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
        let keyIndent = firstShape.bodyStart - firstShape.start
        var fields: [EditorContext.Field] = []
        var last = first
        var index2 = first
        while index2 <= lines.upperBound {
            let shape = shape(of: index2)
            if index2 > first && !shape.isBlank && !shape.isComment && shape.indent <= itemIndent { break }
            if !shape.isBlank && !shape.isComment { last = index2 }
            if let key = shape.key?.text, let value = shape.value, shape.bodyStart - shape.start == keyIndent,
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

import CYAML

/// The outcome of parsing one YAML document.
///
/// When `error` is set, `root` is `nil`: a document that libyaml rejects, that is
/// not UTF-8 or that nests too deeply yields no tree at all (no partial tree).
/// When both are `nil` the input held no document, or a document with no content.
public struct YAMLParseResult: Sendable {
    public var root: YAMLNode?
    public var error: YAMLError?
    /// False only when the parser saw no alias: then rules looking for aliases need not
    /// walk the tree. A result built any other way says true.
    var mayContainAliases = true
    /// False only when the parser saw no mapping with the same scalar key twice: then
    /// `duplicate-key` need not walk the tree. A result built any other way says true.
    var mayContainDuplicateKeys = true
    /// Set by `YAMLParser.reparse`: how this tree differs from the one it was made from.
    var replacedItem: ReplacedItem?
    /// Every tag written in the document (`!!int`, `!!python/object/apply:…`, `!custom`),
    /// in source order; the format uses none. `YAMLParser.reparse` never makes a tree from
    /// one with tags, so a reparsed result has none too.
    public internal(set) var tags: [YAMLTagUse] = []
    /// Every key that is a list or a mapping (`? [a, b]`, `{a: 1}: x`), which the format
    /// never has, in source order; like `tags`, empty after a reparse.
    public internal(set) var complexKeys: [ByteRange] = []

    public init(root: YAMLNode? = nil, error: YAMLError? = nil) {
        self.root = root
        self.error = error
    }
}

/// A tag in front of a node: `text` as written (`!!python/object/apply:os.system`),
/// `range` its bytes.
public struct YAMLTagUse: Sendable, Hashable {
    public var text: String
    public var range: ByteRange
}

/// Builds a `YAMLNode` tree with byte ranges from libyaml's event stream.
///
/// Range conventions (all absolute byte offsets into `SourceText.bytes`):
/// - scalars: from the first byte of the scalar itself (opening quote, `|`/`>`
///   indicator, or first character of a plain scalar) to the byte after its last
///   character (closing quote included). Anchors and tags in front of a node are
///   not part of its range. Block scalars do not include the trailing line
///   breaks and indentation that libyaml's end mark covers.
/// - flow collections: from `[`/`{` to the byte after `]`/`}`.
/// - block collections: from their first key or `-` to the end of their last
///   child (libyaml's END mark would reach the next token, past comments and
///   blank lines, so it is not used).
/// - aliases: from `*` to the end of the name.
public enum YAMLParser {
    public static let maximumDepth = 64

    /// Parses bytes `range` of `source` (a single YAML document; the range may start
    /// with a `---` line, which is a document start marker). All ranges in the
    /// result are offsets into `source.bytes` (absolute, not relative to `range.start`).
    public static func parse(_ source: SourceText, range: ByteRange) -> YAMLParseResult {
        let start = max(0, min(range.start, source.bytes.count))
        let end = max(start, min(range.end, source.bytes.count))
        if start == end { return YAMLParseResult() }
        return source.bytes.withUnsafeBufferPointer { whole -> YAMLParseResult in
            let base = whole.baseAddress!
            if let error = UTF8Validator.firstError(base, from: start, to: end) {
                return YAMLParseResult(error: error)
            }
            var builder = TreeBuilder(base: base, start: start, end: end,
                                      isASCII: UTF8Validator.isASCII(base, from: start, to: end))
            return builder.run()
        }
    }
}

// MARK: - UTF-8 validation

enum UTF8Validator {
    /// Whether `base[from..<to]` is all ASCII, eight bytes at a time.
    static func isASCII(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        while i + 8 <= to {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < to {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The first ill-formed sequence in `base[from..<to]`, as an `.encoding` error.
    static func firstError(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> YAMLError? {
        var i = from
        while i < to {
            // Eight ASCII bytes at a time: most of every file is ASCII.
            while i + 8 <= to,
                  UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < to else { break }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch lead {
            case 0xC0...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
            case 0xF0...0xF7: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
            case 0x80...0xBF:
                return YAMLError(kind: .encoding,
                                 message: "invalid UTF-8 byte \(hex(lead)) (continuation byte without a lead byte)",
                                 range: ByteRange(i, i + 1))
            default:
                return YAMLError(kind: .encoding, message: "invalid UTF-8 byte \(hex(lead))",
                                 range: ByteRange(i, i + 1))
            }
            var j = i + 1
            while j < to && j < i + length && base[j] & 0xC0 == 0x80 {
                value = value << 6 | UInt32(base[j] & 0x3F)
                j += 1
            }
            let problem: String?
            if j - i < length {
                problem = "truncated"
            } else if value < minimum {
                problem = "overlong encoding of \(codePoint(value))"
            } else if value >= 0xD800 && value <= 0xDFFF {
                problem = "surrogate \(codePoint(value))"
            } else if value > 0x10FFFF {
                problem = "above U+10FFFF"
            } else {
                problem = nil
            }
            if let problem {
                let sequence = (i..<j).map { hex(base[$0]) }.joined(separator: " ")
                let message = j - i == 1
                    ? "invalid UTF-8 byte \(sequence) (\(problem))"
                    : "invalid UTF-8 sequence \(sequence) (\(problem))"
                return YAMLError(kind: .encoding, message: message, range: ByteRange(i, j))
            }
            i = j
        }
        return nil
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0x0" + digits : "0x" + digits
    }

    private static func codePoint(_ value: UInt32) -> String {
        var digits = String(value, radix: 16, uppercase: true)
        while digits.count < 4 { digits = "0" + digits }
        return "U+" + digits
    }
}

/// The long values every gene list repeats (`source: bioentities_symbol`, a dozen per
/// file), as the string literals `GeneSource` spells: a String of more than 15 bytes is a
/// heap allocation, freed and reference-counted like any other; a literal is none of that.
enum KnownScalars {
    private static let values = GeneSource.allCases.map(\.rawValue).filter { $0.utf8.count > 15 }

    static func string(_ pointer: UnsafePointer<UInt8>, count: Int) -> String? {
        guard count > 15 else { return nil }  // shorter strings are stored inline anyway
        for value in values where value.utf8.count == count {
            let same = value.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, pointer, count) == 0 }
            if same == true { return value }
        }
        return nil
    }
}

// MARK: - Tree building

private struct Frame {
    var isMapping: Bool
    var isFlow: Bool
    var start: Int
    var anchor: String?
    /// Where this collection's children start in `TreeBuilder.children`.
    var firstChild: Int
    /// Where a mapping's key fingerprints start in `TreeBuilder.keyFingerprints`.
    var firstKeyFingerprint: Int
    var lastChildEnd: Int
}

private struct TreeBuilder {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int
    /// Every byte is a code point: then a mark's index is its offset from `start`.
    let isASCII: Bool
    /// Converts libyaml marks (code point indexes from `start`) to absolute byte offsets.
    var cursorCodePoint = 0
    var cursorByte: Int
    var stack: [Frame] = []
    /// The children of every open collection, innermost last (a mapping's as key, value,
    /// key, value…). Each collection's array is made once, at its exact size, when it
    /// ends: appending to one array per collection reallocated it as it grew.
    var children: [YAMLNode] = []
    var root: YAMLNode?
    var documents = 0
    var sawAlias = false
    var sawDuplicateKey = false
    var tags: [YAMLTagUse] = []
    var complexKeys: [ByteRange] = []
    /// A fingerprint of each scalar key of every open mapping, innermost last: a mapping
    /// whose fingerprints are all different repeats no key, and only one whose are not
    /// has its keys compared (`repeatsAScalarKey`).
    var keyFingerprints: [UInt64] = []

    init(base: UnsafePointer<UInt8>, start: Int, end: Int, isASCII: Bool) {
        self.base = base
        self.start = start
        self.end = end
        self.isASCII = isASCII
        self.cursorByte = start
        stack.reserveCapacity(8)
        children.reserveCapacity(64)
        keyFingerprints.reserveCapacity(32)
    }

    /// The absolute byte offset of code point `index` of the input. The input is
    /// valid UTF-8 (checked before parsing), so stepping by lead bytes is exact.
    mutating func offset(_ index: Int) -> Int {
        // Most front matter is ASCII (a word of Greek or an en dash is not).
        if isASCII { return min(start + index, end) }
        // Eight ASCII bytes are eight code points: most of the way is ASCII.
        while cursorCodePoint + 8 <= index && cursorByte + 8 <= end,
              UnsafeRawPointer(base + cursorByte).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            cursorByte += 8
            cursorCodePoint += 8
        }
        while cursorCodePoint < index && cursorByte < end {
            cursorByte += SourceText.sequenceWidth(base[cursorByte])
            cursorCodePoint += 1
        }
        while cursorCodePoint > index && cursorByte > start {
            cursorByte -= 1
            while cursorByte > start && base[cursorByte] & 0xC0 == 0x80 { cursorByte -= 1 }
            cursorCodePoint -= 1
        }
        return cursorByte
    }

    /// A range one character wide at `offset` (empty at a line break or the end).
    func characterRange(at offset: Int) -> ByteRange {
        guard offset < end else { return ByteRange(end, end) }
        let byte = base[offset]
        if byte == 0x0A || byte == 0x0D { return ByteRange(offset, offset) }
        return ByteRange(offset, min(end, offset + SourceText.sequenceWidth(byte)))
    }

    /// Skips node properties (`&anchor`, `!tag`) and the whitespace, line breaks and
    /// comments after them, so a node's range starts at its content.
    func skipProperties(from offset: Int, limit: Int) -> Int {
        var i = offset
        while i < limit {
            let byte = base[i]
            if byte == 0x26 || byte == 0x21 {  // & or !
                if byte == 0x21 && i + 1 < limit && base[i + 1] == 0x3C {  // !<verbatim>
                    while i < limit && base[i] != 0x3E { i += 1 }
                    if i < limit { i += 1 }
                } else {
                    while i < limit && !Self.isBlank(base[i]) { i += 1 }
                }
                i = skipSpaceAndComments(from: i, limit: limit)
            } else {
                break
            }
        }
        return min(i, limit)
    }

    func skipSpaceAndComments(from offset: Int, limit: Int) -> Int {
        var i = offset
        while i < limit {
            let byte = base[i]
            if Self.isBlank(byte) {
                i += 1
            } else if byte == 0x23 {  // # comment to end of line
                while i < limit && base[i] != 0x0A && base[i] != 0x0D { i += 1 }
            } else {
                break
            }
        }
        return i
    }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafePointer(pointer))
    }

    mutating func run() -> YAMLParseResult {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            return YAMLParseResult(error: YAMLError(kind: .syntax, message: "could not initialize the YAML parser",
                                                    range: ByteRange(start, start)))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base + start, end - start)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else {
                return YAMLParseResult(error: libyamlError(parser))
            }
            defer { yaml_event_delete(&event) }
            if let error = handle(&event) {
                return YAMLParseResult(error: error)
            }
            if event.type == YAML_STREAM_END_EVENT { break }
        }
        var result = YAMLParseResult(root: root)
        result.mayContainAliases = sawAlias
        result.mayContainDuplicateKeys = sawDuplicateKey
        result.tags = tags
        result.complexKeys = complexKeys
        return result
    }

    /// Processes one event; returns an error that stops parsing.
    mutating func handle(_ event: inout yaml_event_t) -> YAMLError? {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                let from = offset(event.start_mark.index)
                let to = offset(event.end_mark.index)
                return YAMLError(kind: .syntax, message: "more than one YAML document",
                                 range: to > from ? ByteRange(from, to) : characterRange(at: from))
            }
        case YAML_DOCUMENT_END_EVENT:
            // A document holding nothing (`---` alone, or only comments) is no document.
            if case .scalar(let scalar)? = root, scalar.style == .plain, scalar.value.isEmpty,
               scalar.tag == nil, scalar.anchor == nil, scalar.range.isEmpty {
                root = nil
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let anchor = Self.string(data.anchor)
            let tag = Self.string(data.tag)
            var from = offset(event.start_mark.index)
            var to = offset(event.end_mark.index)
            if anchor != nil || tag != nil {
                let properties = from
                from = skipProperties(from: from, limit: to)
                if tag != nil { noteTag(in: properties..<from) }
            }
            let style: ScalarStyle
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            if style == .literal || style == .folded {
                // libyaml's end mark reaches past the trailing breaks and the next line's indentation.
                while to > from && Self.isBlank(base[to - 1]) { to -= 1 }
            }
            if let top = stack.last, top.isMapping, (children.count - top.firstChild) % 2 == 0 {
                // A key: the fingerprint of its bytes.
                var fingerprint = Fingerprint()
                fingerprint.add(UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length))
                keyFingerprints.append(fingerprint.value)
            }
            let value: String
            if let pointer = data.value, data.length > 0 {
                value = KnownScalars.string(pointer, count: data.length)
                    ?? String(decoding: UnsafeBufferPointer(start: pointer, count: data.length), as: UTF8.self)
            } else {
                value = ""
            }
            attach(.scalar(YAMLScalar(value: value, style: style, range: ByteRange(from, to),
                                      tag: tag, anchor: anchor)), end: max(from, to))
        case YAML_ALIAS_EVENT:
            sawAlias = true
            let name = Self.string(event.data.alias.anchor) ?? ""
            let from = offset(event.start_mark.index)
            let to = offset(event.end_mark.index)
            attach(.alias(YAMLAlias(name: name, range: ByteRange(from, to))), end: max(from, to))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            var from = offset(event.start_mark.index)
            if stack.count >= YAMLParser.maximumDepth {
                return YAMLError(kind: .tooDeep,
                                 message: "nesting deeper than \(YAMLParser.maximumDepth) levels of lists and mappings",
                                 range: characterRange(at: skipProperties(from: from, limit: end)))
            }
            let anchor: String?
            let tag: String?
            let isFlow: Bool
            if isMapping {
                anchor = Self.string(event.data.mapping_start.anchor)
                tag = Self.string(event.data.mapping_start.tag)
                isFlow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
            } else {
                anchor = Self.string(event.data.sequence_start.anchor)
                tag = Self.string(event.data.sequence_start.tag)
                isFlow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            }
            if anchor != nil || tag != nil {
                let properties = from
                from = skipProperties(from: from, limit: end)
                if tag != nil { noteTag(in: properties..<from) }
            }
            stack.append(Frame(isMapping: isMapping, isFlow: isFlow, start: from, anchor: anchor,
                               firstChild: children.count, firstKeyFingerprint: keyFingerprints.count,
                               lastChildEnd: from))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return nil }
            let childCount = children.count - frame.firstChild
            let to: Int
            if frame.isFlow || childCount == 0 {
                to = max(frame.start, offset(event.end_mark.index))
            } else {
                to = frame.lastChildEnd
            }
            let range = ByteRange(frame.start, to)
            if frame.isMapping {
                if !sawDuplicateKey, Self.repeatsAFingerprint(keyFingerprints[frame.firstKeyFingerprint...]) {
                    sawDuplicateKey = Self.repeatsAScalarKey(children[frame.firstChild...])
                }
                keyFingerprints.removeSubrange(frame.firstKeyFingerprint...)
                // The children are popped off the end, last first, and the result reversed:
                // a pop moves a node out, where copying then removing the range retained and
                // released each one (atomically: a tenth of all reference counting per file).
                var entries: [YAMLMappingEntry] = []
                entries.reserveCapacity((childCount + 1) / 2)
                if childCount % 2 == 1 {  // a key without a value: cannot happen with libyaml; keep the key anyway
                    let key = children.removeLast()
                    let end = key.range.end
                    entries.append(YAMLMappingEntry(
                        key: key, value: .scalar(YAMLScalar(value: "", style: .plain, range: ByteRange(end, end)))))
                }
                while children.count > frame.firstChild {
                    let value = children.removeLast()
                    let key = children.removeLast()
                    entries.append(YAMLMappingEntry(key: key, value: value))
                }
                entries.reverse()
                attach(.mapping(YAMLMapping(entries: entries, range: range, isFlow: frame.isFlow,
                                            anchor: frame.anchor)), end: range.end)
            } else {
                var items: [YAMLNode] = []
                items.reserveCapacity(childCount)
                while children.count > frame.firstChild { items.append(children.removeLast()) }
                items.reverse()
                attach(.sequence(YAMLSequence(items: items, range: range, isFlow: frame.isFlow,
                                              anchor: frame.anchor)), end: range.end)
            }
        default:
            break
        }
        return nil
    }

    /// Whether two fingerprints are equal (pairwise: a mapping has a few keys; a hostile
    /// one with thousands is hashed).
    static func repeatsAFingerprint(_ fingerprints: ArraySlice<UInt64>) -> Bool {
        if fingerprints.count > 32 { return Set(fingerprints).count < fingerprints.count }
        for index in fingerprints.indices {
            for earlier in fingerprints.startIndex..<index where fingerprints[earlier] == fingerprints[index] { return true }
        }
        return false
    }

    /// Whether two of a mapping's scalar keys (`children`: key, value, key, value…) are
    /// equal: asked only when two of their fingerprints agree, which nearly no mapping has.
    static func repeatsAScalarKey(_ children: ArraySlice<YAMLNode>) -> Bool {
        var seen = Set<String>()
        for index in stride(from: children.startIndex, to: children.endIndex, by: 2) {
            if case .scalar(let key) = children[index], !seen.insert(key.value).inserted { return true }
        }
        return false
    }

    /// `end` is the node's `range.end`, passed in: reading it back from a boxed node
    /// copied the whole scalar out.
    mutating func attach(_ node: consuming YAMLNode, end nodeEnd: Int) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if nodeEnd > stack[top].lastChildEnd { stack[top].lastChildEnd = nodeEnd }
        if stack[top].isMapping, (children.count - stack[top].firstChild) % 2 == 0 {
            switch node {
            case .mapping, .sequence: complexKeys.append(node.range)
            case .scalar, .alias: break
            }
        }
        children.append(node)
    }

    /// Records the tag among a node's properties (`&anchor !tag`, in either order).
    mutating func noteTag(in properties: Range<Int>) {
        var i = properties.lowerBound
        while i < properties.upperBound {
            if base[i] == 0x21 {  // !
                var j = i
                if j + 1 < properties.upperBound && base[j + 1] == 0x3C {  // !<verbatim>
                    while j < properties.upperBound && base[j] != 0x3E { j += 1 }
                    j = min(j + 1, properties.upperBound)
                } else {
                    while j < properties.upperBound && !Self.isBlank(base[j]) { j += 1 }
                }
                tags.append(YAMLTagUse(text: String(decoding: UnsafeBufferPointer(start: base + i, count: j - i), as: UTF8.self),
                                       range: ByteRange(i, j)))
                return
            }
            if base[i] == 0x26 {  // &anchor: skip its name
                while i < properties.upperBound && !Self.isBlank(base[i]) { i += 1 }
            } else {
                i += 1
            }
        }
    }

    mutating func libyamlError(_ parser: UnsafeMutablePointer<yaml_parser_t>) -> YAMLError {
        let p = parser.pointee
        var message = p.problem.map { String(cString: $0) } ?? "invalid YAML"
        if let context = p.context.map({ String(cString: $0) }) {
            message += " " + context
        }
        let at: Int
        switch p.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset, not a mark.
            at = min(end, start + p.problem_offset)
            if p.problem_value >= 0 {
                var digits = String(p.problem_value, radix: 16, uppercase: true)
                while digits.count < 4 { digits = "0" + digits }
                message += " (U+\(digits))"
            }
        case YAML_MEMORY_ERROR:
            message = "out of memory while parsing YAML"
            at = start
        default:
            at = offset(p.problem_mark.index)
        }
        return YAMLError(kind: .syntax, message: message, range: characterRange(at: at))
    }
}

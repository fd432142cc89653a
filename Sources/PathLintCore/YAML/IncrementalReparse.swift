/// Parsing again after a small edit, without running libyaml over the whole front matter.
///
/// A curator's keystroke lands inside one item of a block list: one `genes` entry among
/// thousands. When the edit stays within that item's lines, only those lines are parsed
/// again, and the rest of the old tree is reused, every range after the edit moved by the
/// edit's change in length. Whenever a condition below does not hold, `reparse` returns
/// nil and the caller parses everything, so a result is always the tree a full parse
/// gives; `IncrementalReparseTests` checks exactly that on every real file.
extension YAMLParser {
    /// The parse of `newSource` (bytes `newRange`), which is `oldSource` with bytes `edit`
    /// (old offsets) replaced by `insertedCount` bytes, reusing `old`, the parse of
    /// `oldSource`. Nil when the edit is not inside one item of a block list that is the
    /// value of a top-level key, or the item's new text does not parse as one item.
    public static func reparse(_ old: YAMLParseResult, oldSource: SourceText, edit: ByteRange,
                               insertedCount: Int, newSource: SourceText, newRange: ByteRange) -> YAMLParseResult? {
        // Aliases tie nodes together across the tree; a file with one is parsed in full.
        // So do tags and complex keys: rules report them from the full parse's lists.
        guard old.error == nil, !old.mayContainAliases, old.tags.isEmpty, old.complexKeys.isEmpty,
              case .mapping(let root)? = old.root, !root.isFlow,
              let listIndex = root.entries.firstIndex(where: { entry in
                  guard case .sequence(let list) = entry.value, !list.isFlow, !list.items.isEmpty else { return false }
                  return list.range.start <= edit.start && edit.end <= list.range.end
              }),
              case .sequence(let list) = root.entries[listIndex].value,
              let itemIndex = itemIndex(in: list, containing: edit),
              let lines = ItemLines(of: list.items[itemIndex], in: oldSource),
              // The edit is within the item's content and leaves its last line break alone.
              lines.contentStart <= edit.start, edit.end <= lines.lastLineBreak,
              lines.nextLineEndsTheItem(in: oldSource)
        else { return nil }

        let delta = insertedCount - edit.count
        let region = ByteRange(lines.firstLineStart, lines.lastLineBreak + 1 + delta)
        guard region.end <= newSource.bytes.count, newRange.contains(region) else { return nil }
        let parsed = parse(newSource, range: region)
        guard parsed.error == nil, !parsed.mayContainAliases, parsed.tags.isEmpty, parsed.complexKeys.isEmpty,
              case .sequence(let alone)? = parsed.root,
              !alone.isFlow, alone.items.count == 1, alone.range.start == lines.dash
        else { return nil }

        var items = list.items
        items[itemIndex] = alone.items[0]
        for index in (itemIndex + 1)..<items.count { items[index] = items[index].shifted(by: delta) }
        let newList = YAMLSequence(items: items, range: ByteRange(list.range.start, items[items.count - 1].range.end),
                                   isFlow: false, anchor: list.anchor)

        var entries = root.entries
        entries[listIndex].value = .sequence(newList)
        for index in (listIndex + 1)..<entries.count {
            entries[index] = YAMLMappingEntry(key: entries[index].key.shifted(by: delta),
                                              value: entries[index].value.shifted(by: delta))
        }
        // A block mapping ends where its furthest child ends (as `TreeBuilder` has it).
        let end = entries.reduce(root.range.start) { max($0, $1.key.range.end, $1.value.range.end) }
        var result = YAMLParseResult(root: .mapping(YAMLMapping(entries: entries, range: ByteRange(root.range.start, end),
                                                                isFlow: false, anchor: root.anchor)))
        result.mayContainAliases = false
        // The root's keys are unchanged; the new item may bring a repeated key (an old one may stay flagged).
        result.mayContainDuplicateKeys = old.mayContainDuplicateKeys || parsed.mayContainDuplicateKeys
        result.replacedItem = ReplacedItem(listEntry: listIndex, item: itemIndex, delta: delta)
        return result
    }

    /// The item whose content starts at or before the edit and is the last to do so.
    private static func itemIndex(in list: YAMLSequence, containing edit: ByteRange) -> Int? {
        var low = 0, high = list.items.count
        while low < high {
            let middle = (low + high) / 2
            if list.items[middle].range.start <= edit.start { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}

/// What `YAMLParser.reparse` changed: item `item` of the list that is the value of top-level
/// entry `listEntry` is new; every node after it moved by `delta` bytes; nothing else changed.
struct ReplacedItem: Sendable, Hashable {
    let listEntry: Int
    let item: Int
    let delta: Int
}

/// Where one block-list item's lines are: from the start of its `-` line to the line
/// break after its last character.
private struct ItemLines {
    let firstLineStart: Int
    let dash: Int
    let contentStart: Int
    let lastLineBreak: Int

    init?(of item: YAMLNode, in source: SourceText) {
        let bytes = source.bytes
        contentStart = item.range.start
        // `- ` then the content: only spaces between the dash and it, and before the dash.
        var index = contentStart - 1
        while index >= 0 && bytes[index] == 0x20 { index -= 1 }
        guard index >= 0, bytes[index] == 0x2D, index < contentStart - 1 else { return nil }
        dash = index
        index -= 1
        while index >= 0 && bytes[index] == 0x20 { index -= 1 }
        guard index < 0 || bytes[index] == 0x0A else { return nil }
        firstLineStart = index + 1
        var end = max(item.range.end, contentStart)
        while end < bytes.count && bytes[end] != 0x0A {
            if bytes[end] == 0x0D { return nil }  // CRLF files: parsed in full
            end += 1
        }
        guard end < bytes.count else { return nil }
        lastLineBreak = end
    }

    var column: Int { dash - firstLineStart }

    /// Whether the line after the item is content at or left of the dash's column (the
    /// next item, or the next key), so no edit inside the item can make it part of the
    /// item. Blank and comment lines there could become part of a block scalar.
    func nextLineEndsTheItem(in source: SourceText) -> Bool {
        let bytes = source.bytes
        var index = lastLineBreak + 1
        while index < bytes.count && bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return index - (lastLineBreak + 1) <= column && byte != 0x23 && byte != 0x0A && byte != 0x0D && byte != 0x09
    }
}

extension YAMLNode {
    /// The same node with every range moved by `delta` bytes.
    func shifted(by delta: Int) -> YAMLNode {
        switch self {
        case .scalar(var scalar):
            scalar.range = scalar.range.shifted(by: delta)
            return .scalar(scalar)
        case .alias(var alias):
            alias.range = alias.range.shifted(by: delta)
            return .alias(alias)
        case .mapping(var mapping):
            mapping.range = mapping.range.shifted(by: delta)
            mapping.entries = mapping.entries.map {
                YAMLMappingEntry(key: $0.key.shifted(by: delta), value: $0.value.shifted(by: delta))
            }
            return .mapping(mapping)
        case .sequence(var sequence):
            sequence.range = sequence.range.shifted(by: delta)
            sequence.items = sequence.items.map { $0.shifted(by: delta) }
            return .sequence(sequence)
        }
    }
}

extension ByteRange {
    func shifted(by delta: Int) -> ByteRange { ByteRange(start + delta, end + delta) }
}

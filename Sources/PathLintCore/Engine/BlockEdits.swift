/// Edits that add, remove or rewrite whole block-style YAML lines, keeping every other
/// byte (comments, quoting, line endings) as it was.
enum BlockEdits {
    /// The end of the last character that belongs to `node`, found through its last
    /// descendant. (libyaml ends a block collection where the next token starts, which
    /// may be lines later.)
    static func contentEnd(of node: YAMLNode) -> Int {
        var current = node
        while true {
            switch current {
            case .mapping(let mapping) where !mapping.isFlow && !mapping.entries.isEmpty:
                current = mapping.entries[mapping.entries.count - 1].value
            case .sequence(let sequence) where !sequence.isFlow && !sequence.items.isEmpty:
                current = sequence.items[sequence.items.count - 1]
            default:
                return current.range.end
            }
        }
    }

    /// The whole lines of a block sequence item (from its line's start, `- ` included,
    /// to the start of the line after it), if the item starts its line with `- `.
    static func itemLines(of item: YAMLNode, in source: SourceText) -> ByteRange? {
        let line = source.line(containing: item.range.start)
        let lineStart = source.lineStarts[line]
        let prefix = source.bytes[lineStart..<item.range.start]
        let dash = prefix.firstIndex(of: UInt8(ascii: "-"))
        guard let dash, prefix[..<dash].allSatisfy({ $0 == 0x20 }),
              prefix[(dash + 1)...].allSatisfy({ $0 == 0x20 }) else { return nil }
        let lastLine = source.line(containing: max(item.range.start, contentEnd(of: item) - 1))
        let end = lastLine + 1 < source.lineCount ? source.lineStarts[lastLine + 1] : source.bytes.count
        return ByteRange(lineStart, end)
    }

    /// The edit that deletes a block sequence item. The last item of a list leaves an
    /// empty list (`genes: []`), not a null: only when the key's line ends with `:`.
    static func deletion(of item: YAMLNode, inListOf count: Int, in source: SourceText) -> TextEdit? {
        guard let lines = itemLines(of: item, in: source) else { return nil }
        if count > 1 { return TextEdit(range: lines, newText: "") }
        var colon = lines.start - 1
        while colon >= 0, source.bytes[colon] == 0x0A || source.bytes[colon] == 0x0D { colon -= 1 }
        while colon >= 0, source.bytes[colon] == 0x20 { colon -= 1 }
        guard colon >= 0, source.bytes[colon] == UInt8(ascii: ":") else { return nil }
        return TextEdit(range: ByteRange(colon + 1, lines.end), newText: " []" + lineBreak(in: source))
    }

    /// The line break the file uses (that of its first line), for lines a fix writes.
    /// `newText` for the lines of `range`, narrowed to the lines that change: leading and
    /// trailing whole lines the new text keeps are left out of the edit, so a fix that
    /// rewrites a list touches only the lines it changes.
    static func changedLines(of range: ByteRange, to newText: String, in source: SourceText) -> TextEdit {
        let old = source.bytes[range.start..<range.end]
        let new = Array(newText.utf8)
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[old.startIndex + prefix] == new[prefix] { prefix += 1 }
        while prefix > 0, old[old.startIndex + prefix - 1] != 0x0A { prefix -= 1 }  // back to a line start
        // Common trailing bytes, then back to where both sides start a line (`prefix` is one).
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix,
              old[old.endIndex - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        while suffix > 0 {
            let oldStart = old.count - suffix, newStart = new.count - suffix
            if (oldStart == prefix || old[old.startIndex + oldStart - 1] == 0x0A)
                && (newStart == prefix || new[newStart - 1] == 0x0A) { break }
            suffix -= 1
        }
        return TextEdit(range: ByteRange(range.start + prefix, range.end - suffix),
                        newText: String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self))
    }

    static func lineBreak(in source: SourceText) -> String {
        guard source.lineCount > 1 else { return "\n" }
        let end = source.lineStarts[1]
        if end >= 2 && source.bytes[end - 2] == 0x0D && source.bytes[end - 1] == 0x0A { return "\r\n" }
        return source.bytes[end - 1] == 0x0D ? "\r" : "\n"
    }
}

/// Adds a rule to a configuration file's `per-file-ignores` for one file: how a finding in
/// a table (`.tsv`, which holds no comments) is suppressed from the editor.
///
/// Written as text, so the file keeps its comments and layout: the rule goes into the
/// file's own entry when it has one in block style (`  "PATH": [a, b]`), else a new entry
/// under a block-style `per-file-ignores:`, else a new `per-file-ignores:` at the end.
/// The result is parsed: nil when it would not parse or would not ignore the rule there
/// (a flow-style mapping, say), and the file is left for the curator to edit.
public enum PerFileIgnoreWriter {
    public static func edit(adding rule: String, forFile path: String, configuration bytes: [UInt8],
                            directory: String) -> TextEdit? {
        guard let components = ConfigPath.components(of: ConfigPath.normalize(path), relativeTo: directory),
              !components.isEmpty else { return nil }
        let relative = components.joined(separator: "/")
        let source = SourceText(bytes: bytes)
        let lines = (0..<source.lineCount).map { source.text(source.contentRange(ofLine: $0)) }
        let quoted = "\"\(relative)\""
        let edit: TextEdit
        if let line = lines.firstIndex(where: { $0.trimmingBlanks.hasPrefix(quoted + ":") || $0.trimmingBlanks.hasPrefix(relative + ":") }),
           let close = lines[line].utf8.lastIndex(of: UInt8(ascii: "]")) {
            let offset = source.lineStarts[line] + lines[line].utf8.distance(from: lines[line].utf8.startIndex, to: close)
            edit = TextEdit(range: ByteRange(offset, offset), newText: ", \(rule)")
        } else if let line = lines.firstIndex(where: { $0.hasPrefix("per-file-ignores:") }) {
            let end = source.contentRange(ofLine: line).end
            edit = TextEdit(range: ByteRange(end, end), newText: "\n  \(quoted): [\(rule)]")
        } else {
            let needsBreak = !bytes.isEmpty && bytes.last != UInt8(ascii: "\n")
            edit = TextEdit(range: ByteRange(bytes.count, bytes.count),
                            newText: (needsBreak ? "\n" : "") + "per-file-ignores:\n  \(quoted): [\(rule)]\n")
        }
        let result = FixApplier.applying([edit], to: bytes)
        let configPath = directory + "/" + ConfigFile.fileName
        guard let parsed = try? ConfigFile.parse(result, path: configPath, directory: directory),
              PerFileIgnores(entries: parsed.perFileIgnores, directory: directory).rules(forPath: path).ignores(rule)
        else { return nil }
        return edit
    }
}

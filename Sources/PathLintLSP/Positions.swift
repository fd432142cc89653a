import JSONRPC
import PathLintCore

/// Converts between LSP positions (line + character in the negotiated encoding) and the
/// core's byte offsets. The only place in the server that knows about encodings.
struct PositionConverter {
    let unit: ColumnUnit  // .utf16 (LSP's default) or .utf8 when the client offers it

    func offset(_ position: JSONValue?, in source: SourceText) -> Int? {
        guard let line = position?["line"]?.intValue, let character = position?["character"]?.intValue,
              line >= 0, character >= 0 else { return nil }
        return source.offset(line: line, column: character, unit: unit)
    }

    func range(_ range: JSONValue?, in source: SourceText) -> ByteRange? {
        guard let start = offset(range?["start"], in: source), let end = offset(range?["end"], in: source) else {
            return nil
        }
        return ByteRange(min(start, end), max(start, end))
    }

    func position(_ offset: Int, in source: SourceText) -> JSONValue {
        let location = source.location(of: offset)
        return ["line": .int(Int64(location.line)), "character": .int(Int64(location.column(in: unit)))]
    }

    func range(_ range: ByteRange, in source: SourceText) -> JSONValue {
        ["start": position(range.start, in: source), "end": position(range.end, in: source)]
    }

    func textEdit(_ edit: TextEdit, in source: SourceText) -> JSONValue {
        ["range": range(edit.range, in: source), "newText": .string(edit.newText)]
    }
}

import Testing
@testable import PathLintCore

/// `SourceText` positions on lines long enough to get checkpoints: exactly what a walk
/// from the line's start gives, for every offset, in every unit.
@Suite struct SourceTextLongLineTests {
    /// The walk `location(of:)` does, from the line's start, with no checkpoint.
    func walked(_ bytes: [UInt8], _ lineStart: Int, _ offset: Int) -> (Int, Int) {
        var (index, codePoints, utf16) = (lineStart, 0, 0)
        while index < offset {
            let width = SourceText.sequenceWidth(bytes[index])
            codePoints += 1
            utf16 += width == 4 ? 2 : 1
            index += width
        }
        return (codePoints, utf16)
    }

    @Test(arguments: [0, 1, 2])
    func positionsOnALongLineMatchAWalkFromItsStart(_ variant: Int) {
        var line: [UInt8] = []
        let pieces: [[UInt8]] = [Array("ab".utf8), Array("é".utf8), Array("😀".utf8), Array("–".utf8), [0xFF], [0xF0, 0x41]]
        var state = UInt64(variant + 1)
        while line.count < 5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            line += pieces[Int(state >> 33) % (variant == 2 ? 6 : 4)]
        }
        let bytes = Array("short\n".utf8) + line + Array("\r\nshort again\n".utf8) + line
        let source = SourceText(bytes: bytes)
        for offset in stride(from: 0, through: bytes.count, by: 7) {
            let location = source.location(of: offset)
            let lineStart = source.lineStarts[location.line]
            let (codePoints, utf16) = walked(bytes, lineStart, offset)
            #expect(location.codePointColumn == codePoints, "offset \(offset)")
            #expect(location.utf16Column == utf16, "offset \(offset)")
            #expect(location.utf8Column == offset - lineStart)
        }
        // And back: a column in each unit gives the offset it came from (character boundaries).
        if variant < 2 {
            for offset in stride(from: 6, to: 6 + line.count, by: 13) where bytes[offset] & 0xC0 != 0x80 {
                let location = source.location(of: offset)
                for unit in [ColumnUnit.utf8, .utf16, .codePoint] {
                    #expect(source.offset(line: location.line, column: location.column(in: unit), unit: unit) == offset,
                            "offset \(offset) in \(unit)")
                }
            }
        }
    }
}

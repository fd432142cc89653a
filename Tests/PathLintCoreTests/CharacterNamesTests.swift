import Foundation
import Testing
@testable import PathLintCore

@Suite struct CharacterNamesTests {
    @Test func lookAlikesAndInvisibleCharactersAreNamedByCodePoint() {
        #expect(CharacterNames.describe("\u{0410}") == "U+0410 CYRILLIC CAPITAL LETTER A")
        #expect(CharacterNames.describe("\u{200B}") == "U+200B ZERO WIDTH SPACE")
        #expect(CharacterNames.describe("\u{FEFF}") == "U+FEFF ZERO WIDTH NO-BREAK SPACE")
        #expect(CharacterNames.describe("\u{00A0}") == "U+00A0 NO-BREAK SPACE")
        #expect(CharacterNames.describe("\u{FF2D}") == "U+FF2D FULLWIDTH LATIN CAPITAL LETTER M")
        #expect(CharacterNames.describe("\u{03BC}") == "U+03BC GREEK SMALL LETTER MU")
        // Outside the table's blocks: the code point alone.
        #expect(CharacterNames.describe("\u{1F600}") == "U+1F600")
        #expect(CharacterNames.unusual(in: "MAP2K1").isEmpty)
        #expect(CharacterNames.unusual(in: "M\u{0410}\u{0420}2\u{041A}1\u{0410}") == [
            "U+0410 CYRILLIC CAPITAL LETTER A", "U+0420 CYRILLIC CAPITAL LETTER ER", "U+041A CYRILLIC CAPITAL LETTER KA",
        ])
        #expect(CharacterNames.unusual(in: "\u{0391}\u{0392}\u{0395}\u{0396}\u{0397}\u{0399}", limit: 2).last == "and 4 more")
    }

    @Test func theTableIsWhatTheGeneratorWritesFromUnicodeData() throws {
        // scripts/gen-code-point-names.py writes it from Python's unicodedata: a hand edit, or a
        // change of the script not rerun, fails here. Skipped without python3.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("CodePointNames-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [root.appendingPathComponent("scripts/gen-code-point-names.py").path, output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let generated = try String(contentsOf: output, encoding: .utf8)
        let committed = try String(contentsOf: root.appendingPathComponent("Sources/PathLintCore/Source/CodePointNames.swift"),
                                   encoding: .utf8)
        // Another Python may know another Unicode version; the names of these blocks do not change.
        func rows(_ text: String) -> [Substring] { text.split(separator: "\n").filter { !$0.hasPrefix("//") && !$0.contains("unicodeVersion") } }
        #expect(rows(generated) == rows(committed))
    }

    @Test func anUnknownSymbolWithLookAlikeLettersNamesThem() throws {
        // MАР2К1 with Cyrillic А, Р, К: it reads as MAP2K1 and is no HGNC symbol.
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "M\u{0410}\u{0420}2\u{041A}1", "'5604'")))
        let d = try #require(lintFile(file, rules: ["unknown-hgnc-symbol"]).first)
        #expect(d.message == "`M\u{0410}\u{0420}2\u{041A}1` is not an HGNC symbol; it contains U+0410 CYRILLIC CAPITAL LETTER A, U+0420 CYRILLIC CAPITAL LETTER ER, U+041A CYRILLIC CAPITAL LETTER KA; entrez 5604 is MAP2K1 (HGNC:6840, Entrez 5604)")
    }

    @Test func fullwidthDigitsInAnEntrezIDAreNamed() throws {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'\u{FF15}604'")))
        let d = try #require(lintFile(file, rules: ["entrez-mismatch"]).first)
        #expect(d.message == "entrez must be a string of digits, not `\u{FF15}604`; it contains U+FF15 FULLWIDTH DIGIT FIVE")
    }

    @Test func anInvisibleCharacterInAMeSHIDIsNamed() throws {
        let file = markdown(Fixture.header + "genes: []\nchemicals:\n" + Fixture.mesh("ATP", "MESH", "D000255\u{200B}"))
        let d = try #require(lintFile(file, rules: ["unknown-mesh-id"]).first)
        #expect(d.message == "`D000255\u{200B}` is not a MeSH ID: expected D or C followed by 6 or 9 digits; it contains U+200B ZERO WIDTH SPACE")
    }
}

import Testing
@testable import PathLintCore

@Suite struct YAMLSyntaxRuleTests {
    let rule = ["yaml-syntax"]

    @Test func unquotedColonInAValueIsASyntaxError() throws {
        let file = markdown(Fixture.header + "caption: Activation of AKT: the first step\n")
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "yaml-syntax")
        #expect(d.severity == .error)
        #expect(d.message.hasPrefix("YAML syntax error: mapping values are not allowed"))
        // libyaml stops at the second `:`.
        #expect(text(of: d, in: file) == ":")
        #expect(position(of: d, in: file) == (6, 27))
        #expect(d.fixes.isEmpty)
    }

    @Test func unclosedFlowSequenceIsReported() throws {
        let file = markdown("figid: [a, b\npmcid: PMC1\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message.hasPrefix("YAML syntax error: "))
        #expect(d.range.end <= file.utf8.count)
    }

    @Test func invalidUTF8ByteIsReportedAtTheByte() throws {
        // `figtitle: ab<FF>cd` on line 3
        let bytes = Array("---\nfigid: x\nfigtitle: ab".utf8) + [0xFF] + Array("cd\n---\n".utf8)
        let source = SourceText(bytes: bytes)
        let document = AnnotationDocument(path: "t.md", source: source)
        #expect(document.annotation == nil)
        let d = try #require(Linter(reference: Fixture.reference, configuration: LintConfiguration(select: ["yaml-syntax"]))
            .lint(document).first)
        #expect(d.ruleID == "yaml-syntax")
        #expect(d.severity == .error)
        #expect(d.message == "invalid UTF-8 byte 0xFF")
        #expect(d.range == ByteRange(25, 26))
        let location = source.location(of: d.range.start)
        #expect(location.line + 1 == 3)
        #expect(location.utf8Column + 1 == 13)
    }

    @Test func truncatedSequenceAfterNonASCIINamesTheBytes() throws {
        // `figtitle: α–` then a lead byte of a 3-byte sequence followed by ASCII.
        let bytes = Array("---\nfigtitle: α–".utf8) + [0xE2, 0x80] + Array("x\n---\n".utf8)
        let source = SourceText(bytes: bytes)
        let d = try #require(lintBytes(bytes, rules: rule).first)
        #expect(d.message == "invalid UTF-8 sequence 0xE2 0x80 (truncated)")
        #expect(d.range == ByteRange(19, 21))
        let location = source.location(of: d.range.start)
        #expect(location.line == 1)
        #expect(location.utf8Column == 15)
        #expect(location.utf16Column == 12)
        #expect(location.codePointColumn == 12)
    }

    @Test func overlongEncodingIsReported() throws {
        let bytes = Array("---\na: ".utf8) + [0xC0, 0xAF] + Array("\n---\n".utf8)
        let d = try #require(lintBytes(bytes, rules: rule).first)
        #expect(d.message == "invalid UTF-8 sequence 0xC0 0xAF (overlong encoding of U+002F)")
    }

    @Test func invalidBytesInTheMarkdownBodyAreNotYAMLErrors() {
        let bytes = Array(markdown(Fixture.header).utf8) + [0xFF, 0x0A]
        #expect(lintBytes(bytes, rules: rule).isEmpty)
    }

    @Test func validFrontMatterWithNonASCIIParses() {
        let file = markdown(Fixture.header + "figtitle: TNF-α – κB 😀 𝛼\n")
        #expect(lintFile(file, rules: rule).isEmpty)
    }

    @Test func twoDocumentsAreRejectedInAYAMLFile() throws {
        let d = try #require(lintFile("a: 1\n---\nb: 2\n", rules: rule, path: "t.yaml").first)
        #expect(d.message == "YAML syntax error: more than one YAML document")
    }
}

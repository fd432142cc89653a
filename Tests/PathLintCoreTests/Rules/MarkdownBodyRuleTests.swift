import Testing
@testable import PathLintCore

@Suite struct MarkdownBodyRuleTests {
    let rule = ["markdown-body"]

    @Test func invalidUTF8InTheBodyIsReportedAtItsByte() throws {
        let head = Array(markdown(Fixture.header).utf8)
        let bytes = head + Array("Ser307 ".utf8) + [0xB7] + Array(" site\n".utf8)
        let found = lintBytes(bytes, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .error)
        #expect(d.message == "the Markdown body is not valid UTF-8: invalid UTF-8 byte 0xB7 (continuation byte without a lead byte)")
        #expect(d.range == ByteRange(head.count + 7, head.count + 8))
    }

    @Test func aNULByteInTheBodyIsReported() throws {
        let head = Array(markdown(Fixture.header).utf8)
        let found = lintBytes(head + Array("text".utf8) + [0] + Array("more\n".utf8), rules: rule)
        #expect(found.map(\.message) == ["the Markdown body holds a NUL byte (U+0000 NULL): git and most tools take the file for binary"])
        #expect(found.first?.range == ByteRange(head.count + 4, head.count + 5))
    }

    @Test func aFileWithoutFrontMatterIsCheckedWhole() {
        #expect(lintBytes([0x61, 0xFF, 0x0A], rules: rule).map(\.range) == [ByteRange(1, 2)])
    }

    @Test func validTextAndTheFrontMatterItselfAreLeftAlone() {
        #expect(lintFile(markdown(Fixture.header) + "Ωμέγα – 😀 body\n", rules: rule).isEmpty)
        // Invalid UTF-8 in the front matter is yaml-syntax's finding, not this one's.
        let bytes = Array("---\nfigid: ".utf8) + [0xFF] + Array("\n---\nbody\n".utf8)
        #expect(lintBytes(bytes, rules: rule).isEmpty)
        #expect(lintBytes(bytes, rules: ["yaml-syntax"]).count == 1)
        // A YAML file has no Markdown body.
        #expect(lintBytes(Array("figid: x\n".utf8) + [0], rules: rule, path: "x.yaml").isEmpty)
    }
}

import Testing
@testable import PathLintCore

/// `field-type` on YAML features the format does not use: tags and complex keys
/// (aliases are in FieldTypeRuleTests).
@Suite struct FieldTypeYAMLFeaturesRuleTests {
    let rule = ["field-type"]

    @Test func everyTagIsReportedAtTheTag() throws {
        let file = markdown(Fixture.header + """
            annotations: !!python/object/apply:os.system ["echo owned"]
            year: !!int '2001'
            figtitle: &t !custom value
            organisms: !<tag:example.com,2000:x> [Homo sapiens]

            """)
        let found = lintFile(file, rules: rule)
        #expect(found.map { text(of: $0, in: file) } == [
            "!!python/object/apply:os.system", "!!int", "!custom", "!<tag:example.com,2000:x>",
        ])
        let first = try #require(found.first)
        #expect(first.severity == .error)
        #expect(first.message == "YAML tag `!!python/object/apply:os.system` is not part of the format: pathlint reads the value without it, other tools may not")
    }

    @Test func aComplexKeyIsReported() throws {
        let file = markdown(Fixture.header + "? [a, b]\n: c\n{x: 1}: d\n")
        let found = lintFile(file, rules: rule)
        #expect(found.map(\.message) == Array(repeating: "a key must be a string, not a list or a mapping (a YAML complex key)", count: 2))
        #expect(found.map { text(of: $0, in: file) } == ["[a, b]", "{x: 1}"])
    }

    @Test func anEditAfterATagStillFindsIt() {
        // The editor's reparse is refused when a tag is in the tree, so the full parse finds it again.
        let text = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'"))
                            + "figtitle: !!str x\n")
        let document = AnnotationDocument(path: "PMC199174__JCI0110934.f9.md", text: text)
        let at = Array(text.utf8).firstIndex(of: UInt8(ascii: "K"))!
        let edited = document.applying(ByteRange(at, at + 1), replacement: Array("K".utf8))
        #expect(linter(rules: rule).lint(edited).count == 1)
        #expect(edited.yaml?.tags.count == 1)
    }

    @Test func plainFilesHaveNoTagsOrComplexKeys() {
        let document = AnnotationDocument(path: "x.md", text: markdown(Fixture.header + "caption: 'a: b'\n"))
        #expect(document.yaml?.tags == [])
        #expect(document.yaml?.complexKeys == [])
    }
}

import Testing
@testable import PathLintCore

// MARK: - Helpers

private func parseAll(_ text: String) -> (SourceText, YAMLParseResult) {
    let source = SourceText(text)
    return (source, YAMLParser.parse(source, range: ByteRange(0, source.bytes.count)))
}

private func parseBytes(_ bytes: [UInt8]) -> (SourceText, YAMLParseResult) {
    let source = SourceText(bytes: bytes)
    return (source, YAMLParser.parse(source, range: ByteRange(0, bytes.count)))
}

/// "line:column" of a byte offset, 0-based, column in UTF-8 bytes.
private func at(_ source: SourceText, _ offset: Int) -> String {
    let location = source.location(of: offset)
    return "\(location.line):\(location.utf8Column)"
}

/// "line:column-line:column" of a range, 0-based, columns in UTF-8 bytes.
private func span(_ source: SourceText, _ range: ByteRange) -> String {
    "\(at(source, range.start))-\(at(source, range.end))"
}

private func rootMapping(_ text: String, sourceLocation: SourceLocation_ = #_sourceLocation) throws -> (SourceText, YAMLMapping) {
    let (source, result) = parseAll(text)
    #expect(result.error == nil, sourceLocation: sourceLocation)
    let mapping = try #require(result.root?.mapping, sourceLocation: sourceLocation)
    return (source, mapping)
}

private typealias SourceLocation_ = Testing.SourceLocation

@Suite struct YAMLParserTests {
    // MARK: - Block and flow structure

    @Test func blockMappingKeysAndValuesHaveExactRanges() throws {
        let (source, mapping) = try rootMapping("title: Glycolysis\nspecies: Homo sapiens\n")
        #expect(mapping.entries.count == 2)
        #expect(!mapping.isFlow)

        let title = mapping.entries[0]
        #expect(source.text(title.key.range) == "title")
        #expect(span(source, title.key.range) == "0:0-0:5")
        #expect(source.text(title.value.range) == "Glycolysis")
        #expect(span(source, title.value.range) == "0:7-0:17")

        let species = mapping.entries[1]
        #expect(species.keyText == "species")
        #expect(source.text(species.value.range) == "Homo sapiens")
        #expect(span(source, species.value.range) == "1:9-1:21")

        // The mapping ends at its last value, not at the final line break.
        #expect(source.text(mapping.range) == "title: Glycolysis\nspecies: Homo sapiens")
    }

    @Test func blockSequenceRangeEndsAtLastItemNotAtFollowingComment() throws {
        let (source, mapping) = try rootMapping("genes:\n  - TP53\n  - BRCA1\n# trailing comment\nnext: 1\n")
        let genes = try #require(mapping["genes"]?.sequence)
        #expect(!genes.isFlow)
        #expect(source.text(genes.range) == "- TP53\n  - BRCA1")
        #expect(span(source, genes.range) == "1:2-2:9")
        #expect(genes.items.map { source.text($0.range) } == ["TP53", "BRCA1"])
        #expect(genes.items.map { span(source, $0.range) } == ["1:4-1:8", "2:4-2:9"])
        #expect(mapping.entries.count == 2)
        #expect(span(source, mapping.range) == "0:0-4:7")
    }

    @Test func indentlessSequenceStartsAtFirstDash() throws {
        let (source, mapping) = try rootMapping("ids:\n- 1\n- 2\n")
        let ids = try #require(mapping["ids"]?.sequence)
        #expect(source.text(ids.range) == "- 1\n- 2")
        #expect(span(source, ids.range) == "1:0-2:3")
    }

    @Test func nestedBlockMappingRangeStopsBeforeDedentedKey() throws {
        let (source, mapping) = try rootMapping("a:\n  b: 1\n  c: 2\n\nd: 3\n")
        let inner = try #require(mapping["a"]?.mapping)
        #expect(source.text(inner.range) == "b: 1\n  c: 2")
        #expect(span(source, inner.range) == "1:2-2:6")
    }

    @Test func flowCollectionRangesIncludeBrackets() throws {
        let (source, mapping) = try rootMapping("ids: [1, {k: v}, []]\n")
        let ids = try #require(mapping["ids"]?.sequence)
        #expect(ids.isFlow)
        #expect(source.text(ids.range) == "[1, {k: v}, []]")
        #expect(span(source, ids.range) == "0:5-0:20")
        let inner = try #require(ids.items[1].mapping)
        #expect(inner.isFlow)
        #expect(source.text(inner.range) == "{k: v}")
        #expect(source.text(inner.entries[0].value.range) == "v")
        let empty = try #require(ids.items[2].sequence)
        #expect(empty.items.isEmpty)
        #expect(source.text(empty.range) == "[]")
    }

    // MARK: - Scalars

    @Test func eachScalarStyleIsRecordedWithItsValue() throws {
        let text = """
        plain: some text
        single: 'it''s'
        double: "tab\\there"
        literal: |
          line one
          line two
        folded: >-
          folded
          text
        empty:
        """
        let (_, mapping) = try rootMapping(text)
        let scalars = try mapping.entries.map { try #require($0.value.scalar) }
        #expect(scalars.map(\.style) == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain])
        #expect(scalars.map(\.value) == ["some text", "it's", "tab\there", "line one\nline two\n", "folded text", ""])
        #expect(scalars[5].isNull)
        #expect(scalars[1].isQuoted && scalars[2].isQuoted && !scalars[0].isQuoted)
    }

    @Test func quotedScalarRangeIncludesTheQuotes() throws {
        let (source, mapping) = try rootMapping("a: 'single'\nb: \"double\"\n")
        #expect(source.text(mapping.entries[0].value.range) == "'single'")
        #expect(span(source, mapping.entries[0].value.range) == "0:3-0:11")
        #expect(source.text(mapping.entries[1].value.range) == "\"double\"")
        #expect(span(source, mapping.entries[1].value.range) == "1:3-1:11")
    }

    @Test func blockScalarRangeStartsAtIndicatorAndEndsAtLastContentCharacter() throws {
        let (source, mapping) = try rootMapping("a: |+\n  kept\n\n\nb: >\n  folded\n# comment\nc: 1\n")
        let literal = mapping.entries[0].value
        #expect(source.text(literal.range) == "|+\n  kept")
        #expect(span(source, literal.range) == "0:3-1:6")
        #expect(literal.scalar?.value == "kept\n\n\n")
        let folded = mapping.entries[1].value
        #expect(source.text(folded.range) == ">\n  folded")
        #expect(span(source, folded.range) == "4:3-5:8")
        #expect(mapping.entries[2].keyText == "c")
    }

    @Test func multiLinePlainScalarEndsAfterItsLastCharacter() throws {
        let (source, mapping) = try rootMapping("note: first\n  second   \nnext: 1\n")
        let note = mapping.entries[0].value
        #expect(note.scalar?.value == "first second")
        #expect(source.text(note.range) == "first\n  second")
    }

    @Test func anchorsAndTagsAreRecordedButNotPartOfTheRange() throws {
        let (source, mapping) = try rootMapping("a: &name !!str value\nb: &list\n  - x\nc: !custom {k: v}\n")
        let a = try #require(mapping["a"]?.scalar)
        #expect(a.anchor == "name")
        #expect(a.tag == "tag:yaml.org,2002:str")
        #expect(source.text(a.range) == "value")
        let b = try #require(mapping["b"]?.sequence)
        #expect(b.anchor == "list")
        #expect(source.text(b.range) == "- x")
        let c = try #require(mapping["c"]?.mapping)
        #expect(c.isFlow)
        #expect(source.text(c.range) == "{k: v}")
    }

    // MARK: - Positions with non-ASCII text

    @Test func nonASCIIBeforeAValueOnTheSameLineGivesExactColumnsInAllUnits() throws {
        // Line 1 has Greek, an en dash and astral-plane characters (two UTF-16 units,
        // four UTF-8 bytes each) before the target, as does line 0.
        let text = "name: Ωmega – 😀 𝛼\n\"αβ – 😀\": [𝛼, target]\n"
        let (source, mapping) = try rootMapping(text)
        #expect(mapping.entries[0].value.scalar?.value == "Ωmega – 😀 𝛼")
        #expect(source.text(mapping.entries[0].value.range) == "Ωmega – 😀 𝛼")

        let entry = mapping.entries[1]
        #expect(entry.keyText == "αβ – 😀")
        #expect(source.text(entry.key.range) == "\"αβ – 😀\"")
        let items = try #require(entry.value.sequence).items
        #expect(items.map { source.text($0.range) } == ["𝛼", "target"])

        let target = items[1].range
        let start = source.location(of: target.start)
        #expect(start.line == 1)
        #expect(start.codePointColumn == 14)
        #expect(start.utf16Column == 16)
        #expect(start.utf8Column == 24)
        let end = source.location(of: target.end)
        #expect(end.codePointColumn == 20)
        #expect(end.utf16Column == 22)
        #expect(end.utf8Column == 30)
    }

    @Test func lineSeparatorsInsideQuotedStringsDoNotShiftLaterRanges() throws {
        // libyaml counts U+2028 and U+0085 as line breaks; SourceText does not.
        // Ranges must still be right: they come from code point indexes, not lines.
        let text = "a: \"x\u{2028}y\"\nb: 'p\u{85}q'\nc: é – 😀 z\nd: last\n"
        let (source, mapping) = try rootMapping(text)
        #expect(source.text(mapping.entries[0].value.range) == "\"x\u{2028}y\"")
        #expect(source.text(mapping.entries[1].value.range) == "'p\u{85}q'")
        let c = mapping.entries[2].value
        #expect(source.text(c.range) == "é – 😀 z")
        #expect(source.location(of: c.range.start).line == 2)
        #expect(source.location(of: c.range.start).codePointColumn == 3)
        let d = mapping.entries[3]
        #expect(source.text(d.key.range) == "d")
        #expect(span(source, d.value.range) == "3:3-3:7")
    }

    @Test func crlfLineEndingsGiveRangesWithoutTheCarriageReturn() throws {
        let (source, mapping) = try rootMapping("a: 1\r\nb: [x, y]\r\nc: |\r\n  text\r\nd: 'q'\r\n")
        #expect(source.text(mapping.entries[0].value.range) == "1")
        #expect(span(source, mapping.entries[1].key.range) == "1:0-1:1")
        #expect(source.text(mapping.entries[1].value.range) == "[x, y]")
        #expect(span(source, mapping.entries[1].value.range) == "1:3-1:9")
        #expect(source.text(mapping.entries[2].value.range) == "|\r\n  text")
        #expect(mapping.entries[2].value.scalar?.value == "text\n")
        #expect(source.text(mapping.entries[3].value.range) == "'q'")
        #expect(span(source, mapping.entries[3].value.range) == "4:3-4:6")
    }

    @Test func parsingASubrangeReturnsAbsoluteOffsets() throws {
        let text = "ignored: [\n---\nkey: value\n---\nbody with : colons: and [brackets\n"
        let source = SourceText(text)
        let start = 11  // the opening `---`
        let end = 26    // the start of the closing `---` line
        #expect(source.text(ByteRange(start, end)) == "---\nkey: value\n")
        let result = YAMLParser.parse(source, range: ByteRange(start, end))
        #expect(result.error == nil)
        let mapping = try #require(result.root?.mapping)
        #expect(mapping.entries[0].key.range == ByteRange(15, 18))
        #expect(span(source, mapping.entries[0].value.range) == "2:5-2:10")
        #expect(source.text(mapping.entries[0].value.range) == "value")
    }

    // MARK: - Keys

    @Test func duplicateKeysAreKeptInSourceOrder() throws {
        let (source, mapping) = try rootMapping("id: 1\nname: x\nid: 2\n")
        #expect(mapping.entries.map(\.keyText) == ["id", "name", "id"])
        #expect(mapping.entries.map { span(source, $0.key.range) } == ["0:0-0:2", "1:0-1:4", "2:0-2:2"])
        #expect(mapping["id"]?.scalar?.value == "2")
    }

    @Test func complexKeysAreKeptAsNodes() throws {
        let (source, mapping) = try rootMapping("? [a, b]\n: c\n")
        let key = try #require(mapping.entries.first?.key.sequence)
        #expect(source.text(key.range) == "[a, b]")
        #expect(mapping.entries.first?.keyText == nil)
        #expect(mapping.entries.first?.value.scalar?.value == "c")
    }

    // MARK: - Aliases and limits

    @Test func billionLaughsParsesQuicklyIntoUnexpandedAliases() throws {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for level in 1..<names.count {
            let previous = "*" + names[level - 1]
            let items = Array(repeating: previous, count: 9).joined(separator: ",")
            lines.append("\(names[level]): &\(names[level]) [\(items)]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        var result: (SourceText, YAMLParseResult)?
        let elapsed = clock.measure { result = parseAll(text) }
        let (source, parsed) = try #require(result)
        #expect(parsed.error == nil)
        #expect(elapsed < .seconds(1))
        let mapping = try #require(parsed.root?.mapping)
        #expect(mapping.entries.count == 9)
        let last = try #require(mapping["i"]?.sequence)
        #expect(last.anchor == "i")
        #expect(last.items.count == 9)
        for item in last.items {
            guard case .alias(let alias) = item else {
                Issue.record("expected an alias, got \(item.kindDescription)")
                continue
            }
            #expect(alias.name == "h")
            #expect(source.text(alias.range) == "*h")
        }
    }

    @Test func hundredThousandOpenBracketsFailPromptlyAsTooDeep() throws {
        let text = String(repeating: "[", count: 100_000)
        let clock = ContinuousClock()
        var result: (SourceText, YAMLParseResult)?
        let elapsed = clock.measure { result = parseAll(text) }
        let (source, parsed) = try #require(result)
        #expect(elapsed < .seconds(2))
        #expect(parsed.root == nil)
        let error = try #require(parsed.error)
        #expect(error.kind == .tooDeep)
        // The 65th `[` is the one that exceeds the limit.
        #expect(error.range == ByteRange(YAMLParser.maximumDepth, YAMLParser.maximumDepth + 1))
        #expect(source.text(error.range) == "[")
    }

    @Test func nestingExactlyAtTheLimitParses() throws {
        let depth = YAMLParser.maximumDepth
        let (_, atLimit) = parseAll(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect(atLimit.error == nil)
        #expect(atLimit.root?.sequence != nil)

        let (_, over) = parseAll(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1))
        #expect(over.error?.kind == .tooDeep)
    }

    @Test func deepBlockNestingIsTooDeepAtTheDashThatExceedsTheLimit() throws {
        let (source, result) = parseAll(String(repeating: "- ", count: 70) + "x\n")
        let error = try #require(result.error)
        #expect(error.kind == .tooDeep)
        #expect(error.range == ByteRange(128, 129))  // the 65th `-`
        #expect(source.text(error.range) == "-")
    }

    // MARK: - Documents

    @Test func emptyInputCommentsOnlyAndBareDocumentStartGiveNoRootAndNoError() {
        for text in ["", "\n\n", "# just a comment\n", "---\n", "---\n# comment\n"] {
            let (_, result) = parseAll(text)
            #expect(result.root == nil, "\(text.debugDescription)")
            #expect(result.error == nil, "\(text.debugDescription)")
        }
    }

    @Test func explicitNullDocumentIsARoot() throws {
        let (_, result) = parseAll("--- ~\n")
        #expect(result.error == nil)
        #expect(result.root?.scalar?.isNull == true)
    }

    @Test func secondDocumentIsASyntaxErrorAtItsMarker() throws {
        let (source, result) = parseAll("a: 1\n---\nb: 2\n")
        #expect(result.root == nil)
        let error = try #require(result.error)
        #expect(error.kind == .syntax)
        #expect(error.message == "more than one YAML document")
        #expect(source.text(error.range) == "---")
        #expect(span(source, error.range) == "1:0-1:3")
    }

    @Test func documentEndMarkerWithoutAnotherDocumentIsFine() throws {
        let (source, mapping) = try rootMapping("---\na: 1\n...\n")
        #expect(span(source, mapping.range) == "1:0-1:4")
    }

    // MARK: - Syntax errors

    @Test func mappingValueInsideAPlainValueIsASyntaxErrorAtTheSecondColon() throws {
        let (source, result) = parseAll("a: b: c\n")
        #expect(result.root == nil)
        let error = try #require(result.error)
        #expect(error.kind == .syntax)
        #expect(error.message == "mapping values are not allowed in this context")
        #expect(source.text(error.range) == ":")
        #expect(span(source, error.range) == "0:4-0:5")
    }

    @Test func syntaxErrorAfterNonASCIITextHasExactColumns() throws {
        let (source, result) = parseAll("α: β\nγ – 😀: δ: ε\n")
        let error = try #require(result.error)
        #expect(error.kind == .syntax)
        #expect(source.text(error.range) == ":")
        let location = source.location(of: error.range.start)
        #expect(location.line == 1)
        #expect(location.codePointColumn == 8)
        #expect(location.utf16Column == 9)
        #expect(location.utf8Column == 15)
    }

    @Test func unclosedQuoteIsASyntaxErrorAtTheEndOfInput() throws {
        let (source, result) = parseAll("title: 'unclosed\nnext: 1\n")
        let error = try #require(result.error)
        #expect(error.kind == .syntax)
        #expect(error.message == "found unexpected end of stream while scanning a quoted scalar")
        #expect(error.range == ByteRange(25, 25))
        #expect(at(source, error.range.start) == "2:0")
    }

    @Test func tabIndentationIsASyntaxErrorAtTheTab() throws {
        let (source, result) = parseAll("a:\n\tb: 1\n")
        let error = try #require(result.error)
        #expect(error.kind == .syntax)
        #expect(error.message == "found character that cannot start any token while scanning for the next token")
        #expect(source.text(error.range) == "\t")
        #expect(span(source, error.range) == "1:0-1:1")
    }

    @Test func unclosedFlowSequenceIsASyntaxError() throws {
        let (source, result) = parseAll("ids: [1, 2\nnext: 3\n")
        let error = try #require(result.error)
        #expect(error.kind == .syntax)
        #expect(error.message.contains("did not find expected ',' or ']'"))
        #expect(source.location(of: error.range.start).line == 1)
    }

    @Test func nulAndControlCharactersAreSyntaxErrorsAtTheirByte() throws {
        let (source, nul) = parseBytes(Array("a: é x".utf8) + [0x00] + Array("y\n".utf8))
        let error = try #require(nul.error)
        #expect(error.kind == .syntax)
        #expect(error.message.hasPrefix("control characters are not allowed"))
        #expect(error.range == ByteRange(7, 8))
        #expect(at(source, error.range.start) == "0:7")

        let (_, bell) = parseAll("a: 1\nb: \u{7}\n")
        #expect(bell.error?.kind == .syntax)
        #expect(bell.error?.range == ByteRange(8, 9))
    }

    // MARK: - Encoding errors

    @Test func invalidUTF8ByteIsAnEncodingErrorAtThatByte() throws {
        let (_, result) = parseBytes(Array("a: é\nb: ".utf8) + [0xFF] + Array(" c\n".utf8))
        #expect(result.root == nil)
        let error = try #require(result.error)
        #expect(error.kind == .encoding)
        #expect(error.message == "invalid UTF-8 byte 0xFF")
        #expect(error.range == ByteRange(9, 10))
    }

    @Test func truncatedUTF8SequenceCoversTheBytesPresent() throws {
        // E2 80 is the start of a three-byte sequence (like an en dash, E2 80 93).
        let (source, result) = parseBytes(Array("a: ".utf8) + [0xE2, 0x80] + Array("\nb: 1\n".utf8))
        let error = try #require(result.error)
        #expect(error.kind == .encoding)
        #expect(error.message == "invalid UTF-8 sequence 0xE2 0x80 (truncated)")
        #expect(error.range == ByteRange(3, 5))
        #expect(at(source, error.range.start) == "0:3")

        let (_, atEnd) = parseBytes(Array("a: ".utf8) + [0xF0, 0x9F, 0x98])
        #expect(atEnd.error?.kind == .encoding)
        #expect(atEnd.error?.range == ByteRange(3, 6))
    }

    @Test func overlongSurrogateAndOutOfRangeSequencesAreEncodingErrors() throws {
        let cases: [([UInt8], String)] = [
            ([0xC0, 0x80], "invalid UTF-8 sequence 0xC0 0x80 (overlong encoding of U+0000)"),
            ([0xE0, 0x80, 0xAF], "invalid UTF-8 sequence 0xE0 0x80 0xAF (overlong encoding of U+002F)"),
            ([0xED, 0xA0, 0x80], "invalid UTF-8 sequence 0xED 0xA0 0x80 (surrogate U+D800)"),
            ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 sequence 0xF4 0x90 0x80 0x80 (above U+10FFFF)"),
            ([0x80], "invalid UTF-8 byte 0x80 (continuation byte without a lead byte)"),
        ]
        for (bad, message) in cases {
            let (_, result) = parseBytes(Array("k: ".utf8) + bad + Array("\n".utf8))
            let error = try #require(result.error)
            #expect(error.kind == .encoding)
            #expect(error.message == message)
            #expect(error.range == ByteRange(3, 3 + bad.count))
        }
    }

    @Test func bytesOutsideTheParsedRangeAreNotValidated() throws {
        let source = SourceText(bytes: Array("a: 1\n".utf8) + [0xFF, 0xFE])
        let result = YAMLParser.parse(source, range: ByteRange(0, 5))
        #expect(result.error == nil)
        #expect(result.root?.mapping?["a"]?.scalar?.value == "1")
    }

    // MARK: - What the parse saw (flags rules use to skip a walk)

    @Test func aRepeatedScalarKeyAnywhereIsNoted() {
        let cases: [(String, Bool)] = [
            ("a: 1\nb: 2\n", false),
            ("genes:\n- word: A\n  symbol: A\n  source: s\n  entrez: '1'\n", false),
            ("a: 1\na: 2\n", true),
            ("genes:\n- word: A\n  entrez: '1'\n  entrez: '2'\n", true),
            ("x: {k: 1, 'k': 2}\n", true),              // quoted and plain spellings of one key
            ("x:\n  - {αβ: 1, αβ: 2}\n", true),       // non-ASCII keys, in a flow mapping in a list
            ("x: {𝛼: 1, α: 2}\n", false),             // look-alike letters are different keys
            ("a:\n  b: 1\nc:\n  b: 2\n", false),        // the same key in two mappings
            ("? [a]\n: 1\n? [a]\n: 2\n", false),        // collection keys are not compared (as `duplicate-key` has it)
            ("a: 1\n'': 2\n? ''\n: 3\n", true),        // empty keys
        ]
        for (text, repeated) in cases {
            let (_, result) = parseAll(text)
            #expect(result.error == nil, "\(text.debugDescription)")
            #expect(result.mayContainDuplicateKeys == repeated, "\(text.debugDescription)")
        }
        // A mapping with more keys than are compared pairwise.
        let many = (0..<40).map { "k\($0): 1\n" }.joined()
        #expect(parseAll(many).1.mayContainDuplicateKeys == false)
        #expect(parseAll(many + "k7: 2\n").1.mayContainDuplicateKeys == true)
    }
}

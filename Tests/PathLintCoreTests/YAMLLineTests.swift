import Testing
@testable import PathLintCore

/// The line lexer the editor and the suppression comments share.
@Suite struct YAMLLineTests {
    /// `text`'s first line, lexed.
    static func lex(_ text: String) -> (line: YAMLLine, source: SourceText) {
        let source = SourceText(text)
        return (YAMLLine(source, line: 0), source)
    }

    static func text(_ range: ByteRange?, in source: SourceText) -> String? { range.map(source.text) }

    @Test func aPlainKeyAndValueAndItsComment() {
        let (line, source) = Self.lex("  hgnc_symbol: MAP2K1   # was MEK1\n")
        #expect(line.indent == 2)
        #expect(line.dash == nil)
        #expect(line.key?.text == "hgnc_symbol")
        #expect(line.value?.text == "MAP2K1")
        #expect(Self.text(line.value?.range, in: source) == "MAP2K1")
        #expect(Self.text(line.comment.map { ByteRange($0, line.end) }, in: source) == "# was MEK1")
        #expect(source.text(ByteRange(line.start, line.codeEnd)) == "  hgnc_symbol: MAP2K1")
    }

    @Test func aHashStartsACommentOnlyAtTheLineStartOrAfterABlank() {
        #expect(Self.lex("caption: see#3\n").line.comment == nil)
        #expect(Self.lex("caption: see#3\n").line.value?.text == "see#3")
        #expect(Self.lex("caption: see\t#3\n").line.value?.text == "see")
        #expect(Self.lex("caption: see\t#3\n").line.comment == 13)
        let whole = Self.lex("# a comment: not a key\n").line
        #expect(whole.isComment)
        #expect(whole.key == nil)
        #expect(Self.lex("- # an empty item\n").line.isComment)
        #expect(Self.lex("key: #x\n").line.value?.range == ByteRange(5, 5))
    }

    @Test func singleQuotesEscapeAQuoteByDoublingIt() {
        let (line, source) = Self.lex("word: 'it''s # not a comment' # a comment\n")
        #expect(line.value?.text == "it's # not a comment")
        #expect(line.value?.style == .singleQuoted)
        #expect(Self.text(line.value?.range, in: source) == "'it''s # not a comment'")
        #expect(line.comment == 30)
        #expect(Self.lex("'it''s': x\n").line.key?.text == "it's")
    }

    @Test func doubleQuotesEscapeWithABackslash() {
        let (line, source) = Self.lex(#"word: "a \"b\" \\ # c\tx" # d"# + "\n")
        #expect(line.value?.text == "a \"b\" \\ # c\tx")
        #expect(line.value?.style == .doubleQuoted)
        #expect(Self.text(line.value?.range, in: source) == #""a \"b\" \\ # c\tx""#)
        #expect(Self.text(line.comment.map { ByteRange($0, line.end) }, in: source) == "# d")
    }

    @Test func aQuoteLeftOpenRunsToTheLineEndAndHidesAnyHash() {
        let (line, source) = Self.lex("word: 'MEK # 1  \n")
        #expect(line.endsInQuote)
        #expect(line.comment == nil)
        #expect(line.value?.isClosed == false)
        #expect(line.value?.text == "MEK # 1")
        #expect(Self.text(line.value?.range, in: source) == "'MEK # 1")
    }

    @Test func aQuoteOpensOnlyWhereANodeStarts() {
        // Inside a plain scalar a quote is text: YAML ends `a 'b` at the comment.
        let plain = Self.lex("caption: a 'b # c'\n").line
        #expect(plain.value?.text == "a 'b")
        #expect(plain.comment == 14)
        #expect(Self.lex("caption: it's # c\n").line.comment == 14)
        // In a flow collection, after `[` and `,`, and after an anchor or a tag, it is a quote.
        #expect(Self.lex("organisms: [a, 'b # c']\n").line.comment == nil)
        #expect(Self.lex("organisms: ['b # c']  # d\n").line.comment == 22)
        #expect(Self.lex("word: &w 'b # c'\n").line.comment == nil)
        #expect(Self.lex("word: !!str 'b # c'\n").line.comment == nil)
        #expect(Self.lex("- 'b # c'\n").line.comment == nil)
    }

    @Test func itemIndicatorsAndKeys() {
        let (line, source) = Self.lex("  - - word: MEK1\n")
        #expect(line.indent == 2)
        #expect(line.dash == 4)
        #expect(line.bodyStart == 6)
        #expect(line.key?.text == "word")
        #expect(line.keyWordEnd == 10)
        #expect(Self.text(line.colon.map { ByteRange($0, $0 + 1) }, in: source) == ":")
        // A key being typed: no colon yet.
        let typing = Self.lex("- hgnc_sy\n").line
        #expect(typing.key == nil)
        #expect(typing.keyWordEnd == 9)
        // `-5` is a value, not an indicator; `a:b` is no key.
        #expect(Self.lex("-5\n").line.dash == nil)
        #expect(Self.lex("url: http://x\n").line.value?.text == "http://x")
        #expect(Self.lex("a:b\n").line.key == nil)
        // A quoted key is the whole key.
        #expect(Self.lex("'a' b: c\n").line.key == nil)
        #expect(Self.lex("\"a b\": c\n").line.key?.text == "a b")
        #expect(Self.lex("key:\n").line.value?.range == ByteRange(4, 4))
        #expect(Self.lex("key:   \n").line.value?.range == ByteRange(7, 7))
    }

    @Test func blockScalarHeaders() {
        for header in ["caption: |", "caption: >-", "caption: |2+", "- >", "caption: | # c", "|"] {
            #expect(Self.lex(header + "\n").line.opensBlockScalar, "\(header)")
        }
        for other in ["caption: a|", "caption: '|'", "caption: 'a |", "- ", "# |", "a: b # |"] {
            #expect(!Self.lex(other + "\n").line.opensBlockScalar, "\(other)")
        }
    }

    /// Greek letters (2 bytes, 1 UTF-16 unit), an en dash (3 bytes, 1 unit) and U+1D538 𝔸
    /// (4 bytes, 2 units, 1 code point) before a value and a comment: the lexer gives byte
    /// offsets, and each reader counts its own unit from them.
    @Test func positionsAfterCharactersOfEveryWidth() throws {
        let text = "  word: 'αβ – 𝔸' # pathlint: disable=x\n"
        let (line, source) = Self.lex(text)
        let value = try #require(line.value)
        #expect(value.text == "αβ – 𝔸")
        #expect(value.range == ByteRange(8, 8 + 1 + 4 + 1 + 3 + 1 + 4 + 1))
        let comment = try #require(line.comment)
        #expect(comment == value.range.end + 1)
        // The CLI reports code points, an LSP client usually UTF-16.
        let at = source.location(of: comment)
        #expect(at.codePointColumn == 17)
        #expect(at.utf16Column == 18)
        #expect(source.offset(line: 0, column: 18, unit: .utf16) == comment)
        #expect(source.offset(line: 0, column: 17, unit: .codePoint) == comment)
        let end = source.location(of: value.range.end)
        #expect((end.codePointColumn, end.utf16Column) == (16, 17))
    }

    @Test func theLinesCommentsSkipBlockScalarsAndFollowTheLexer() {
        let text = """
            a: 'x # no'  # yes
            b: |
              # no: text of the block
            c: d#no
            - [a, 'b # no'] # yes2
            # top
            """
        let source = SourceText(text)
        let found = YAMLComments.lineComments(in: source, range: ByteRange(0, source.bytes.count)).map { start in
            source.text(ByteRange(start, source.contentRange(ofLine: source.line(containing: start)).end))
        }
        #expect(found == ["# yes", "# yes2", "# top"])
    }
}

/// The editor's reading of a line, through the same lexer, while the YAML does not parse.
@Suite struct EditorLineContextTests {
    @Test func theTypedValueAfterWideCharactersIsExact() throws {
        let (document, offset, _) = EditorFixture.document(
            "---\nfigid: [x\ngenes:\n- word: 'αβ – 𝔸‸MEK' # pathlint: disable=x\n  symbol: MEK1\n---\n")
        #expect(document.annotation == nil)
        let context = try #require(EditorContext(document, at: offset))
        guard case .value(let key, let typed, let field) = context.place else {
            Issue.record("not in a value")
            return
        }
        #expect(key == "word")
        #expect(typed == "αβ – 𝔸")
        #expect(field.value == "αβ – 𝔸MEK")
        #expect(field.style == .singleQuoted)
        #expect(document.source.text(field.valueRange) == "'αβ – 𝔸MEK'")
        #expect(context.section == .genes)
        #expect(context.entry?.value("symbol") == "MEK1")
        // The range's end, as a UTF-16 client counts it: 𝔸 is two units.
        let end = document.source.location(of: field.valueRange.end)
        #expect((end.codePointColumn, end.utf16Column) == (19, 20))
    }
}

import Testing
@testable import PathLintCore

private func locateMarkdown(_ text: String) -> (SourceText, Result<FrontMatter, FrontMatterProblem>) {
    let source = SourceText(text)
    return (source, FrontMatterLocator.locate(in: source, isMarkdown: true))
}

private func frontMatter(_ result: Result<FrontMatter, FrontMatterProblem>) -> FrontMatter? {
    if case .success(let value) = result { value } else { nil }
}

private func problem(_ result: Result<FrontMatter, FrontMatterProblem>) -> FrontMatterProblem? {
    if case .failure(let value) = result { value } else { nil }
}

@Suite struct FrontMatterTests {
    @Test func markdownFrontMatterRunsFromOpeningLineToClosingLine() throws {
        let (source, result) = locateMarkdown("---\ntitle: Glycolysis\n---\n# Body\n\nText.\n")
        let found = try #require(frontMatter(result))
        #expect(source.text(found.yamlRange) == "---\ntitle: Glycolysis\n")
        #expect(found.openingDelimiter == ByteRange(0, 3))
        #expect(found.closingDelimiter == ByteRange(22, 25))
        #expect(source.text(try #require(found.closingDelimiter)) == "---")
        #expect(source.location(of: found.closingDelimiter!.start).line == 2)
    }

    @Test func frontMatterRangeParsesWithTheFilesLineNumbers() throws {
        let (source, result) = locateMarkdown("---\ntitle: Glycolysis\nid: WP534\n---\nbody: [unclosed\n")
        let found = try #require(frontMatter(result))
        let parsed = YAMLParser.parse(source, range: found.yamlRange)
        #expect(parsed.error == nil)
        let mapping = try #require(parsed.root?.mapping)
        #expect(mapping.entries.map(\.keyText) == ["title", "id"])
        let id = try #require(mapping["id"])
        #expect(source.location(of: id.range.start).line == 2)
        #expect(source.location(of: id.range.start).utf8Column == 4)
    }

    @Test func byteOrderMarkIsSkippedBeforeTheOpeningDelimiter() throws {
        let source = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("---\na: 1\n---\n".utf8))
        let found = try #require(frontMatter(FrontMatterLocator.locate(in: source, isMarkdown: true)))
        #expect(found.openingDelimiter == ByteRange(3, 6))
        #expect(found.yamlRange == ByteRange(3, 12))
        #expect(source.text(found.yamlRange) == "---\na: 1\n")
        #expect(found.closingDelimiter == ByteRange(12, 15))
        let parsed = YAMLParser.parse(source, range: found.yamlRange)
        #expect(parsed.root?.mapping?["a"]?.scalar?.value == "1")
    }

    @Test func crlfAndBareCarriageReturnLineEndingsAreRecognised() throws {
        let (crlfSource, crlf) = locateMarkdown("---\r\na: 1\r\n---\r\nbody\r\n")
        let crlfFound = try #require(frontMatter(crlf))
        #expect(crlfSource.text(crlfFound.yamlRange) == "---\r\na: 1\r\n")
        #expect(crlfFound.closingDelimiter == ByteRange(11, 14))

        let (crSource, cr) = locateMarkdown("---\ra: 1\r---\rbody\r")
        let crFound = try #require(frontMatter(cr))
        #expect(crSource.text(crFound.yamlRange) == "---\ra: 1\r")
        #expect(crFound.closingDelimiter == ByteRange(9, 12))
    }

    @Test func threeDotsCloseTheFrontMatter() throws {
        let (source, result) = locateMarkdown("---\na: 1\n...\nbody\n")
        let found = try #require(frontMatter(result))
        #expect(source.text(try #require(found.closingDelimiter)) == "...")
        #expect(source.text(found.yamlRange) == "---\na: 1\n")
    }

    @Test func trailingSpacesAndTabsAfterDelimitersAreAllowed() throws {
        let (source, result) = locateMarkdown("--- \t\na: 1\n---  \nbody\n")
        let found = try #require(frontMatter(result))
        #expect(found.openingDelimiter == ByteRange(0, 3))
        #expect(source.text(found.yamlRange) == "--- \t\na: 1\n")
        #expect(found.closingDelimiter == ByteRange(11, 14))
        #expect(YAMLParser.parse(source, range: found.yamlRange).root?.mapping?["a"] != nil)
    }

    @Test func bodyAfterTheClosingLineIsIgnored() throws {
        let (source, result) = locateMarkdown("---\na: 1\n---\n---\nb: [unclosed\n...\n")
        let found = try #require(frontMatter(result))
        #expect(found.closingDelimiter == ByteRange(9, 12))
        #expect(found.yamlRange == ByteRange(0, 9))
        let parsed = YAMLParser.parse(source, range: found.yamlRange)
        #expect(parsed.error == nil)
        #expect(parsed.root?.mapping?.entries.count == 1)
    }

    @Test func indentedOrLongerDashLinesDoNotCloseTheFrontMatter() throws {
        let (source, result) = locateMarkdown("---\nnote: |\n  ---\n----\nx: 1\n---\n")
        let found = try #require(frontMatter(result))
        #expect(source.location(of: try #require(found.closingDelimiter).start).line == 5)
    }

    @Test func markdownWithoutOpeningDelimiterIsMissingAtTheFirstLine() {
        let (_, heading) = locateMarkdown("# Title\n---\na: 1\n---\n")
        #expect(problem(heading) == .missing(ByteRange(0, 7)))

        let (_, withText) = locateMarkdown("--- a: 1\n---\n")
        #expect(problem(withText) == .missing(ByteRange(0, 8)))

        let (_, fourDashes) = locateMarkdown("----\na: 1\n---\n")
        #expect(problem(fourDashes) == .missing(ByteRange(0, 4)))

        let (_, indented) = locateMarkdown(" ---\na: 1\n---\n")
        #expect(problem(indented) == .missing(ByteRange(0, 4)))
    }

    @Test func emptyMarkdownFileIsMissingWithAnEmptyRange() {
        let (_, empty) = locateMarkdown("")
        #expect(problem(empty) == .missing(ByteRange(0, 0)))

        let bomOnly = SourceText(bytes: [0xEF, 0xBB, 0xBF])
        #expect(problem(FrontMatterLocator.locate(in: bomOnly, isMarkdown: true)) == .missing(ByteRange(3, 3)))
    }

    @Test func openingWithoutClosingIsUnterminatedAtTheOpeningDelimiter() {
        let (_, result) = locateMarkdown("---\ntitle: x\n\n# Body text\n")
        #expect(problem(result) == .unterminated(ByteRange(0, 3)))

        let (_, alone) = locateMarkdown("---")
        #expect(problem(alone) == .unterminated(ByteRange(0, 3)))
    }

    @Test func onlyWhitespaceAndCommentsBetweenDelimitersIsEmpty() {
        let (_, adjacent) = locateMarkdown("---\n---\nbody\n")
        #expect(problem(adjacent) == .empty(ByteRange(0, 7)))

        let (_, comments) = locateMarkdown("---\n\n  # a comment\n\t\n---\nbody\n")
        #expect(problem(comments) == .empty(ByteRange(0, 24)))

        let (_, commentThenKey) = locateMarkdown("---\n# comment\na: 1\n---\n")
        #expect(frontMatter(commentThenKey) != nil)
    }

    @Test func yamlFileIsTheWholeFileWithoutDelimiters() throws {
        let source = SourceText("title: x\n---\nnot: front matter\n")
        let found = try #require(frontMatter(FrontMatterLocator.locate(in: source, isMarkdown: false)))
        #expect(found.yamlRange == ByteRange(0, source.bytes.count))
        #expect(found.openingDelimiter == nil)
        #expect(found.closingDelimiter == nil)

        let withBOM = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        let bomFound = try #require(frontMatter(FrontMatterLocator.locate(in: withBOM, isMarkdown: false)))
        #expect(bomFound.yamlRange == ByteRange(3, 8))
    }

    @Test func blankOrCommentOnlyYAMLFileIsEmptyOverTheWholeFile() {
        let empty = SourceText("")
        #expect(problem(FrontMatterLocator.locate(in: empty, isMarkdown: false)) == .empty(ByteRange(0, 0)))

        let comments = SourceText("# nothing here\n\n")
        #expect(problem(FrontMatterLocator.locate(in: comments, isMarkdown: false)) == .empty(ByteRange(0, 16)))
    }
}

import Foundation
import Testing
@testable import PathLintCore

/// `AnnotationDocument.applying` (and `YAMLParser.reparse` under it) must give exactly the
/// document a full parse of the edited bytes gives: same tree, same ranges, same errors.
/// Checked over chains of random edits to every real file, most of them inside list items
/// where the fast path applies, with non-ASCII text among the inserted snippets.
@Suite struct IncrementalReparseTests {
    static let snippets: [String] = [
        "", "7", "x", "TP53", "α", "–", "𝛼β", " ", "'", "\"", "\n", "\n  ", ": ", "- ", "#", "{", "[", "|", "&a ", "*a",
        "\n- word: X\n  symbol: X", "\n---\n", "\t", "ä\u{0301}", "\n  entrez: '1'",
    ]

    /// A position at or after `offset` that starts a code point (LSP edits never split one).
    static func boundary(_ offset: Int, in bytes: [UInt8]) -> Int {
        var index = min(offset, bytes.count)
        while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index
    }

    /// Byte ranges of the items of the top-level lists, where edits take the fast path.
    static func itemRanges(_ document: AnnotationDocument) -> [ByteRange] {
        guard case .mapping(let root)? = document.root else { return [] }
        return root.entries.flatMap { entry -> [ByteRange] in
            guard case .sequence(let list) = entry.value else { return [] }
            return list.items.map(\.range)
        }
    }

    static func randomEdit(in document: AnnotationDocument, random: inout SplitMix) -> (ByteRange, [UInt8]) {
        let bytes = document.source.bytes
        let items = itemRanges(document)
        let start: Int
        if !items.isEmpty && random.below(4) != 0 {
            let item = items[random.below(items.count)]
            start = item.start + random.below(item.count + 1)
        } else {
            start = random.below(bytes.count + 1)
        }
        let from = boundary(start, in: bytes)
        let to = boundary(from + random.below(4), in: bytes)
        return (ByteRange(from, to), Array(snippets[random.below(snippets.count)].utf8))
    }

    /// Everything the typed view holds, as comparable values.
    struct View: Equatable {
        struct Gene: Equatable {
            let index: Int, node: YAMLMapping
            let word, symbol, source, hgncSymbol, entrez: Located<String>?
        }
        struct MeSH: Equatable {
            let index: Int, node: YAMLMapping
            let word, source, identifier: Located<String>?
        }
        let root: YAMLMapping, layout: AnnotationLayout
        let genes: [Gene], chemicals: [MeSH], diseases: [MeSH]
    }

    static func view(_ annotation: Annotation?) -> View? {
        guard let annotation else { return nil }
        func mesh(_ entries: [MeSHEntry]) -> [View.MeSH] {
            entries.map { View.MeSH(index: $0.index, node: $0.node, word: $0.word, source: $0.source, identifier: $0.identifier) }
        }
        return View(root: annotation.root, layout: annotation.layout,
                    genes: annotation.genes.map {
                        View.Gene(index: $0.index, node: $0.node, word: $0.word, symbol: $0.symbol, source: $0.source,
                                  hgncSymbol: $0.hgncSymbol, entrez: $0.entrez)
                    },
                    chemicals: mesh(annotation.chemicals), diseases: mesh(annotation.diseases))
    }

    @Test func editsGiveTheDocumentAFullParseGives() throws {
        var fastPaths = 0
        var edits = 0
        var repeatedKeys = 0
        let files = FixRoundTripTests.files()
        // Chains of 20 edits over the corpus; without it (a clone on its own), longer chains
        // over `examples/`, so that the sample is large enough either way.
        let steps = max(20, 2_000 / max(files.count, 1))
        for (fileNumber, path) in files.enumerated() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let original = AnnotationDocument(path: path, text: text)
            var document = original
            var random = SplitMix(seed: UInt64(fileNumber + 1))  // deterministic: a failure names a reproducible edit
            for step in 0..<steps {
                let (edit, replacement) = Self.randomEdit(in: document, random: &random)
                let applied = document.applying(edit, replacement: replacement)
                var bytes = document.source.bytes
                bytes.replaceSubrange(edit.start..<edit.end, with: replacement)
                let full = AnnotationDocument(path: path, source: SourceText(bytes: bytes))
                let where_ = "\(path) step \(step): \(edit) -> \(String(decoding: replacement, as: UTF8.self).debugDescription)"
                #expect(applied.source.bytes == full.source.bytes, "\(where_)")
                #expect(applied.frontMatter == full.frontMatter, "\(where_)")
                // Compared first, so that a failure names the edit instead of printing two trees.
                let sameTree = applied.yaml?.root == full.yaml?.root
                let sameView = Self.view(applied.annotation) == Self.view(full.annotation)
                #expect(sameTree, "tree differs: \(where_)")
                #expect(applied.yaml?.error == full.yaml?.error, "\(where_)")
                #expect(sameView, "typed view differs: \(where_)")
                // `duplicate-key` skips a tree whose parse saw no repeated key: an edit that
                // brings one (`\n  entrez: '1'` inside an entry) must leave the flag set.
                if full.yaml?.mayContainDuplicateKeys == true {
                    repeatedKeys += 1
                    #expect(applied.yaml?.mayContainDuplicateKeys == true, "repeated key missed: \(where_)")
                }
                if case .success(let old) = document.frontMatter, let oldYAML = document.yaml,
                   case .success(let new) = full.frontMatter,
                   YAMLParser.reparse(oldYAML, oldSource: document.source, edit: edit, insertedCount: replacement.count,
                                      newSource: full.source, newRange: new.yamlRange) != nil {
                    #expect(old.yamlRange.start == new.yamlRange.start)
                    fastPaths += 1
                }
                edits += 1
                // Keep the chain going from a document that still parses, most of the time,
                // and start it over now and then once it no longer does (a broken file mostly
                // stays broken, and every edit to it is parsed in full).
                if full.yaml?.error == nil || random.below(3) == 0 { document = applied }
                if document.yaml?.error != nil && random.below(5) == 0 { document = original }
            }
        }
        // The fast path must actually be taken. Many snippets break the YAML (a lone quote,
        // a bracket), and those edits, like the ones outside list items, are parsed in full.
        #expect(edits > 0 && fastPaths * 10 > edits, "fast path \(fastPaths) of \(edits) edits")
        #expect(repeatedKeys > 0, "no edit repeated a key")
    }

    @Test func anEditInTheMarkdownBodyKeepsWhatWasParsed() throws {
        let text = "---\nfigid: PMC1__f1\ngenes:\n- word: TP53\n  symbol: TP53\n---\nBody with α–𝛼.\n"
        let document = AnnotationDocument(path: "PMC1__f1.md", text: text)
        let bytes = document.source.bytes
        let body = try #require(bytes.firstRange(of: Array("Body".utf8)))
        for (edit, replacement) in [(ByteRange(body.lowerBound, body.lowerBound + 4), "Text"),
                                    (ByteRange(bytes.count, bytes.count), "more\n---\nx: 1\n")] {
            let applied = document.applying(edit, replacement: Array(replacement.utf8))
            var edited = bytes
            edited.replaceSubrange(edit.start..<edit.end, with: Array(replacement.utf8))
            let full = AnnotationDocument(path: "PMC1__f1.md", source: SourceText(bytes: edited))
            #expect(applied.source.bytes == edited)
            #expect(applied.frontMatter == full.frontMatter)
            #expect(applied.yaml?.root == full.yaml?.root)
            #expect(Self.view(applied.annotation) == Self.view(full.annotation))
            // Nothing was read again: the very same entry objects.
            #expect(applied.annotation?.genes.first === document.annotation?.genes.first)
        }
        // Editing the closing delimiter itself is not a body edit: parsed again, and right.
        let closing = try #require(bytes.firstRange(of: Array("\n---\n".utf8)))
        let applied = document.applying(ByteRange(closing.lowerBound + 1, closing.lowerBound + 4), replacement: Array("--".utf8))
        #expect(applied.frontMatter != document.frontMatter)
    }

    @Test func anEditInsideAGeneEntryIsReparsedAlone() throws {
        let text = """
        ---
        figid: PMC1__f1
        genes:
        - word: αβ–𝛼
          symbol: TP53
          entrez: '7157'
        - word: MDM2
          symbol: MDM2
          entrez: '4193'
        chemicals: []
        ---
        body

        """
        let document = AnnotationDocument(path: "PMC1__f1.md", text: text)
        let bytes = document.source.bytes
        let at = try #require(bytes.firstRange(of: Array("'7157'".utf8)))
        let edit = ByteRange(at.lowerBound + 1, at.lowerBound + 5)
        let replacement = Array("4193-α".utf8)
        let applied = document.applying(edit, replacement: replacement)
        guard case .success(let located) = applied.frontMatter else { Issue.record("no front matter"); return }
        let reparsed = try #require(YAMLParser.reparse(
            document.yaml!, oldSource: document.source, edit: edit, insertedCount: replacement.count,
            newSource: applied.source, newRange: located.yamlRange))
        #expect(reparsed.root == applied.yaml?.root)
        let genes = try #require(applied.annotation?.genes)
        #expect(genes[0].entrez?.value == "4193-α")
        #expect(genes[1].entrez.map { applied.source.text($0.range) } == "'4193'")
        // A change of a top-level key is not one item's: parsed in full, still right.
        let keyEdit = try #require(bytes.firstRange(of: Array("figid".utf8)))
        #expect(YAMLParser.reparse(document.yaml!, oldSource: document.source,
                                   edit: ByteRange(keyEdit.lowerBound, keyEdit.upperBound), insertedCount: 2,
                                   newSource: document.source, newRange: ByteRange(0, bytes.count)) == nil)
    }
}

private extension SplitMix {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}

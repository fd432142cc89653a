import Testing
@testable import PathLintCore

/// Builders for the editor tests: a text with a `‸` cursor marker.
enum EditorFixture {
    static let marker = "‸"

    /// The document without the marker, and the byte offset where it was.
    static func document(_ textWithCursor: String, path: String = "PMC199174__JCI0110934.f9.md")
        -> (document: AnnotationDocument, offset: Int, text: String) {
        let bytes = Array(textWithCursor.utf8)
        let markerBytes = Array(marker.utf8)
        var offset = -1
        var index = 0
        while index + markerBytes.count <= bytes.count {
            if Array(bytes[index..<(index + markerBytes.count)]) == markerBytes { offset = index; break }
            index += 1
        }
        precondition(offset >= 0, "no cursor marker")
        var clean = bytes
        clean.removeSubrange(offset..<(offset + markerBytes.count))
        let text = String(decoding: clean, as: UTF8.self)
        return (AnnotationDocument(path: path, text: text), offset, text)
    }

    static func complete(_ textWithCursor: String, limit: Int = 50) -> (list: CompletionList, text: String) {
        let (document, offset, text) = document(textWithCursor)
        return (Completion.complete(document, at: offset, reference: Fixture.reference, limit: limit), text)
    }

    /// The text after an item's edit and additional edits.
    static func apply(_ item: CompletionItem, to text: String) -> String {
        var bytes = Array(text.utf8)
        for edit in ([item.edit] + item.additionalEdits).sorted(by: { $0.range > $1.range }) {
            bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte range of the first occurrence of `needle` in `text`.
    static func range(of needle: String, in text: String) -> ByteRange {
        let haystack = Array(text.utf8), target = Array(needle.utf8)
        var index = 0
        while index + target.count <= haystack.count {
            if Array(haystack[index..<(index + target.count)]) == target { return ByteRange(index, index + target.count) }
            index += 1
        }
        fatalError("\(needle) not found")
    }

    /// A Markdown file with the standard header and one genes entry written as given.
    static func genes(_ entryLines: String, after: String = "") -> String {
        markdown(Fixture.header + "genes:\n" + entryLines + after)
    }
}

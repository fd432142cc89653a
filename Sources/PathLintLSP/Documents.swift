import PathLintCore

/// One open text document: its bytes as the editor has them, and the parse of them.
struct OpenDocument {
    let uri: String
    var version: Int
    var languageID: String
    private(set) var document: AnnotationDocument

    /// The companion files as last read: what each path held, or that nothing was there.
    private struct CompanionFiles: Equatable {
        var present: [String: [UInt8]] = [:]
        var absent: Set<String> = []
    }
    private var companionsRead = CompanionFiles()

    init(uri: String, version: Int, languageID: String, text: [UInt8]) {
        self.uri = uri
        self.version = version
        self.languageID = languageID
        document = AnnotationDocument(path: OpenDocument.path(of: uri), kind: OpenDocument.kind(uri: uri),
                                      source: SourceText(bytes: text))
        // A sidecar's figure and sibling tables (or a figure's tables), as on disk now.
        reloadCompanions()
    }

    var source: SourceText { document.source }

    /// Reads the figure's tables (or the table's figure and siblings) from disk again;
    /// whether any of them differs from the last reading.
    @discardableResult
    mutating func reloadCompanions() -> Bool {
        guard uri.hasPrefix("file://") else { return false }
        var read = CompanionFiles()
        SidecarLayout.attachCompanions(to: &document) { path in
            let bytes = OpenDocument.readFile(path)
            if let bytes { read.present[path] = bytes } else { read.absent.insert(path) }
            return bytes
        }
        defer { companionsRead = read }
        return read != companionsRead
    }

    /// The rule id of a `.pathlint.yaml`'s own finding (it is no rule of the registry).
    static let configurationRuleID = "configuration"

    /// Whether this is a `.pathlint.yaml`, which is checked as a configuration file.
    var isConfigurationFile: Bool { ConfigFile.isConfigurationFile(document.path) }

    /// Replaces `range` (or everything, when nil) with `text`, as one content change.
    /// A ranged change inside one list item parses only that item again.
    mutating func apply(range: ByteRange?, text: [UInt8]) {
        let whole = ByteRange(0, document.source.bytes.count)
        document = document.applying(range ?? whole, replacement: text)
    }

    /// The bytes of a regular file, or nil (missing, unreadable, a directory, over
    /// `FileReader.sizeLimit`): as the CLI reads it.
    static func readFile(_ path: String) -> [UInt8]? { FileReader.readIfPresent(path) }

    /// The file path of a `file://` URI (percent-decoded), or the URI itself.
    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        return percentDecoded(String(uri.dropFirst("file://".count)))
    }

    static func kind(uri: String) -> DocumentKind {
        DocumentKind(path: uri)
    }

    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

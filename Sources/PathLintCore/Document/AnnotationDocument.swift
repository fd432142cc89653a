/// Whether a file is read as Markdown with front matter, as a plain YAML mapping, or as a
/// tab-separated table (a `_data/<figid>-genes.tsv` sidecar).
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case markdown, yaml, tsv

    /// `.yaml`/`.yml` files are plain YAML, `.tsv` files tables; everything else is Markdown.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".tsv") {
            self = .tsv
        } else {
            self = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .markdown
        }
    }

    /// The kinds that hold front matter.
    public static let frontMatterKinds: Set<DocumentKind> = [.markdown, .yaml]
}

/// One annotation file, parsed as far as it goes: bytes → front matter → YAML tree →
/// typed view. Each stage that fails records why, and later stages are absent.
///
/// A `.tsv` document is read as a table instead: `table` (and `sidecar`, when its name
/// is a sidecar's) are set, and it has no front matter (`frontMatter` is `.missing`, and
/// the front-matter rules do not run on it).
public struct AnnotationDocument: Sendable {
    public let path: String
    public let kind: DocumentKind
    public let source: SourceText
    public let frontMatter: Result<FrontMatter, FrontMatterProblem>
    public let yaml: YAMLParseResult?
    public let annotation: Annotation?
    /// The table, for a `.tsv` document.
    public let table: TSVTable?
    /// The typed sidecar, for a `.tsv` document named `<figid>-genes.tsv` (or chemicals, diseases).
    public let sidecar: SidecarTable?
    /// For a sidecar: its figure file and the figure's other sidecars, when the caller
    /// looked (the CLI does for files in a `_data/` folder). Nil: not known.
    public var figure: SidecarFigure?
    /// For a figure file: the sidecars found for it in the sibling `_data/` folder, when
    /// the caller looked. Nil: not known.
    public var sidecars: [SidecarKind: SidecarTable]?

    public init(path: String, kind: DocumentKind? = nil, source: SourceText) {
        self.path = path
        let kind = kind ?? DocumentKind(path: path)
        self.kind = kind
        self.source = source
        if kind == .tsv {
            let table = TSVTable(source: source)
            self.table = table
            sidecar = SidecarKind.parse(path: path).map { SidecarTable(kind: $0.kind, figid: $0.figid, table: table) }
            frontMatter = .failure(.missing(ByteRange(0, 0)))
            yaml = nil
            annotation = nil
            return
        }
        table = nil
        sidecar = nil
        frontMatter = FrontMatterLocator.locate(in: source, isMarkdown: kind == .markdown)
        if case .success(let located) = frontMatter {
            let parsed = YAMLParser.parse(source, range: located.yamlRange)
            yaml = parsed
            if parsed.error == nil, case .mapping(let root)? = parsed.root {
                annotation = Annotation(root: root)
            } else {
                annotation = nil
            }
        } else {
            yaml = nil
            annotation = nil
        }
    }

    public init(path: String, kind: DocumentKind? = nil, text: String) {
        self.init(path: path, kind: kind, source: SourceText(text))
    }

    /// The root YAML node, when the front matter parsed.
    public var root: YAMLNode? { yaml?.root }
}

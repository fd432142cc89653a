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
    /// Every kind that can hold mentions (`Figure`): front matter and tables. The rules
    /// over mentions read these.
    public static let mentionKinds: Set<DocumentKind> = [.markdown, .yaml, .tsv]
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

    /// The document with bytes `edit` replaced by `replacement`, as `init(path:kind:source:)`
    /// would read it. An edit inside one item of a long list parses only that item again
    /// (`YAMLParser.reparse`), and an edit in the Markdown body parses nothing: what keeps
    /// a keystroke in a 5,000-gene file fast in the editor. The figure and sidecars found
    /// for the old text are kept.
    public func applying(_ edit: ByteRange, replacement: [UInt8]) -> AnnotationDocument {
        var bytes = source.bytes
        let start = min(edit.start, bytes.count), end = min(max(edit.end, start), bytes.count)
        bytes.replaceSubrange(start..<end, with: replacement)
        let newSource = SourceText(bytes: bytes)
        let delta = replacement.count - (end - start)
        var next: AnnotationDocument
        if kind == .markdown, case .success(let old) = frontMatter, let closing = old.closingDelimiter, closing.end < start,
           let lineBreak = source.bytes[closing.end..<start].firstIndex(of: 0x0A), lineBreak < start,
           case .success(let located) = FrontMatterLocator.locate(in: newSource, isMarkdown: true), located == old {
            // An edit in the Markdown body, on a line after the closing `---`: the front
            // matter's bytes and offsets are as they were, so is everything parsed from them.
            next = AnnotationDocument(path: path, kind: kind, source: newSource, frontMatter: located, yaml: yaml,
                                      annotation: annotation)
        } else if kind != .tsv, case .success(let old) = frontMatter, let oldYAML = yaml,
           old.yamlRange.contains(ByteRange(start, end)),
           case .success(let located) = FrontMatterLocator.locate(in: newSource, isMarkdown: kind == .markdown),
           located.yamlRange == ByteRange(old.yamlRange.start, old.yamlRange.end + delta),
           let parsed = YAMLParser.reparse(oldYAML, oldSource: source, edit: ByteRange(start, end),
                                           insertedCount: replacement.count, newSource: newSource,
                                           newRange: located.yamlRange) {
            next = AnnotationDocument(path: path, kind: kind, source: newSource, frontMatter: located, yaml: parsed,
                                      previous: annotation)
        } else {
            next = AnnotationDocument(path: path, kind: kind, source: newSource)
        }
        next.figure = figure
        next.sidecars = sidecars
        return next
    }

    /// A front-matter document whose YAML is already parsed.
    /// (The typed view is updated from `previous` where the tree says what changed.)
    private init(path: String, kind: DocumentKind, source: SourceText, frontMatter: FrontMatter, yaml: YAMLParseResult,
                 previous: Annotation?) {
        let annotation: Annotation?
        if yaml.error == nil, case .mapping(let root)? = yaml.root {
            if let previous, let replaced = yaml.replacedItem {
                annotation = Annotation(root: root, updating: previous, replaced: replaced)
            } else {
                annotation = Annotation(root: root)
            }
        } else {
            annotation = nil
        }
        self.init(path: path, kind: kind, source: source, frontMatter: frontMatter, yaml: yaml, annotation: annotation)
    }

    private init(path: String, kind: DocumentKind, source: SourceText, frontMatter: FrontMatter, yaml: YAMLParseResult?,
                 annotation: Annotation?) {
        self.path = path
        self.kind = kind
        self.source = source
        self.frontMatter = .success(frontMatter)
        self.yaml = yaml
        self.annotation = annotation
        table = nil
        sidecar = nil
    }

    public init(path: String, kind: DocumentKind? = nil, text: String) {
        self.init(path: path, kind: kind, source: SourceText(text))
    }

    /// The root YAML node, when the front matter parsed.
    public var root: YAMLNode? { yaml?.root }
}

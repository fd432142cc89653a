/// Whether a file is read as Markdown with front matter or as a plain YAML mapping.
public enum DocumentKind: String, Sendable {
    case markdown, yaml

    /// `.yaml`/`.yml` files are plain YAML; everything else is Markdown.
    public init(path: String) {
        let lower = path.lowercased()
        self = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .markdown
    }
}

/// One annotation file, parsed as far as it goes: bytes → front matter → YAML tree →
/// typed view. Each stage that fails records why, and later stages are absent.
public struct AnnotationDocument: Sendable {
    public let path: String
    public let kind: DocumentKind
    public let source: SourceText
    public let frontMatter: Result<FrontMatter, FrontMatterProblem>
    public let yaml: YAMLParseResult?
    public let annotation: Annotation?

    public init(path: String, kind: DocumentKind? = nil, source: SourceText) {
        self.path = path
        let kind = kind ?? DocumentKind(path: path)
        self.kind = kind
        self.source = source
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

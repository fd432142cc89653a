/// Which rules run and how severe their findings are. The CLI builds one from flags
/// and the editor server from its settings; both lint through `Linter`.
public struct LintConfiguration: Sendable {
    /// Rule ids to run; nil runs every rule.
    /// Rule ids, as written or through an alias (`RuleRegistry.aliases`): each is read as
    /// its rule's current id.
    public var select: Set<String>? { didSet { select = select.map(Self.resolving) } }
    public var ignore: Set<String> { didSet { ignore = Self.resolving(ignore) } }
    public var severityOverrides: [String: Severity] {
        didSet { severityOverrides = Self.resolving(severityOverrides) }
    }
    /// Report each `# pathlint: disable…` name that suppressed nothing (`unused-suppression`).
    public var reportUnusedSuppressions: Bool
    /// Rules that do not run on some files (a configuration file's `per-file-ignores`).
    public var perFileIgnores: PerFileIgnores?

    public init(select: Set<String>? = nil, ignore: Set<String> = [], severityOverrides: [String: Severity] = [:],
                reportUnusedSuppressions: Bool = false, perFileIgnores: PerFileIgnores? = nil) {
        self.select = select.map(Self.resolving)
        self.ignore = Self.resolving(ignore)
        self.severityOverrides = Self.resolving(severityOverrides)
        self.reportUnusedSuppressions = reportUnusedSuppressions
        self.perFileIgnores = perFileIgnores
    }

    private static func resolving(_ ids: Set<String>) -> Set<String> { Set(ids.map(RuleRegistry.resolving)) }

    private static func resolving(_ overrides: [String: Severity]) -> [String: Severity] {
        Dictionary(overrides.map { (RuleRegistry.resolving($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
    }

    public func isEnabled(_ id: String) -> Bool {
        (select?.contains(id) ?? true) && !ignore.contains(id)
    }

    /// The rules `per-file-ignores` leaves out for the file at `path` (may hold `all`).
    func ignoredRules(forPath path: String) -> Set<String> {
        perFileIgnores?.rules(forPath: path) ?? []
    }
}

/// Runs the registered rules over a document. This is the one entry point that the
/// CLI and the language server share, so they can never disagree.
public struct Linter: Sendable {
    public let reference: ReferenceSnapshot
    public let configuration: LintConfiguration
    public let rules: [any Rule]
    let caches = RuleCaches()
    /// Whether findings a stronger rule's finding overrides are dropped (`RulePrecedence`);
    /// off for `SuppressionWriter`, which must silence them too, or they surface once the
    /// stronger finding is suppressed.
    public private(set) var appliesPrecedence = true

    public init(reference: ReferenceSnapshot, configuration: LintConfiguration = LintConfiguration(),
                rules: [any Rule] = RuleRegistry.all) {
        self.reference = reference
        self.configuration = configuration
        self.rules = rules.filter { configuration.isEnabled($0.id) }
    }

    /// Diagnostics sorted by position, then rule id.
    public func lint(_ document: AnnotationDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let facts = DocumentFacts(document: document, reference: reference, caches: caches)
        let ignoredHere = configuration.ignoredRules(forPath: document.path)
        if let firstRule = rules.first {
            // One context for the whole run, its rule swapped per rule: making one per rule
            // copied the document each time, a retain and a release of each of its parts.
            var context = RuleContext(document: document, reference: reference, rule: firstRule, facts: facts)
            var derived: [any Rule] = []
            for rule in rules where rule.documentKinds.contains(document.kind) && !ignoredHere.ignores(rule.id) {
                switch rule.kind {
                case .perFile: run(rule, in: &context, into: &diagnostics)
                case .derived: derived.append(rule)
                case .crossFile, .suppressionReport: continue  // FigidRegistry, Suppressions
                }
            }
            if !derived.isEmpty {
                context.findings = diagnostics
                for rule in derived { run(rule, in: &context, into: &diagnostics) }
            }
        }
        // `# pathlint: disable…` comments drop findings and may add `unused-suppression` ones.
        let suppressions = Suppressions(document: document)
        if !suppressions.isEmpty {
            diagnostics = suppressions.apply(to: diagnostics, in: document.source, configuration: configuration,
                                             enabledRules: Set(rules.map(\.id).filter { !ignoredHere.ignores($0) }))
        }
        if appliesPrecedence {
            diagnostics = RulePrecedence.apply(RuleRegistry.precedence, to: diagnostics, figure: { facts.figure })
        }
        return diagnostics.sorted(by: Diagnostic.inReportOrder)
    }

    private func run(_ rule: any Rule, in context: inout RuleContext, into diagnostics: inout [Diagnostic]) {
        context.rule = rule
        for var diagnostic in rule.check(context) {
            if let severity = configuration.severityOverrides[rule.id] { diagnostic.severity = severity }
            diagnostics.append(diagnostic)
        }
    }

    /// The same linter, reporting every rule's finding on a mention.
    public func withoutPrecedence() -> Linter {
        var copy = self
        copy.appliesPrecedence = false
        return copy
    }

    public func lint(path: String, text: String) -> [Diagnostic] {
        lint(AnnotationDocument(path: path, text: text))
    }
}

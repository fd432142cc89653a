/// Which rules run and how severe their findings are. The CLI builds one from flags
/// and the editor server from its settings; both lint through `Linter`.
public struct LintConfiguration: Sendable {
    /// Rule ids to run; nil runs every rule.
    public var select: Set<String>?
    public var ignore: Set<String>
    public var severityOverrides: [String: Severity]
    /// Report each `# pathlint: disable…` name that suppressed nothing (`unused-suppression`).
    public var reportUnusedSuppressions: Bool
    /// Rules that do not run on some files (a configuration file's `per-file-ignores`).
    public var perFileIgnores: PerFileIgnores?

    public init(select: Set<String>? = nil, ignore: Set<String> = [], severityOverrides: [String: Severity] = [:],
                reportUnusedSuppressions: Bool = false, perFileIgnores: PerFileIgnores? = nil) {
        self.select = select
        self.ignore = ignore
        self.severityOverrides = severityOverrides
        self.reportUnusedSuppressions = reportUnusedSuppressions
        self.perFileIgnores = perFileIgnores
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
            for rule in rules where rule.documentKinds.contains(document.kind) && !ignoredHere.ignores(rule.id) {
                context.rule = rule
                for var diagnostic in rule.check(context) {
                    if let severity = configuration.severityOverrides[rule.id] { diagnostic.severity = severity }
                    diagnostics.append(diagnostic)
                }
            }
        }
        // `# pathlint: disable…` comments drop findings and may add `unused-suppression` ones.
        let suppressions = Suppressions(document: document)
        if !suppressions.isEmpty {
            diagnostics = suppressions.apply(to: diagnostics, in: document.source, configuration: configuration,
                                             enabledRules: Set(rules.map(\.id).filter { !ignoredHere.ignores($0) }))
        }
        return diagnostics.sorted(by: Diagnostic.inReportOrder)
    }

    public func lint(path: String, text: String) -> [Diagnostic] {
        lint(AnnotationDocument(path: path, text: text))
    }
}

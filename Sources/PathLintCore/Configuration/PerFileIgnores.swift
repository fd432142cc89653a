/// A configuration file's `per-file-ignores` (ruff's setting of that name): rules that do
/// not run on the files its globs match. It is how a finding in a `.tsv` sidecar, which
/// has no comments to hold a `# pathlint: disable`, is silenced for that file alone.
///
/// ```yaml
/// per-file-ignores:
///   "_data/PMC1234__f1-genes.tsv": [not-a-gene-word]
///   "drafts/**": [all]
/// ```
public struct PerFileIgnores: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var glob: Glob
        /// Rule ids (an alias read as its rule's current id); `all` stands for every rule.
        public var rules: Set<String> { didSet { rules = Set(rules.map(RuleRegistry.resolving)) } }

        public init(glob: Glob, rules: Set<String>) {
            self.glob = glob
            self.rules = Set(rules.map(RuleRegistry.resolving))
        }
    }

    public var entries: [Entry]
    /// The configuration file's directory, which the globs are relative to (absolute).
    public var directory: String
    /// What a relative document path is relative to (the CLI's working directory).
    public var workingDirectory: String

    public init(entries: [Entry], directory: String, workingDirectory: String = "/") {
        self.entries = entries
        self.directory = directory
        self.workingDirectory = workingDirectory
    }

    /// The rules that do not run on the file at `path` (may hold `all`). A glob matches as
    /// `include`/`exclude` do: the path or one of its directories below `directory`.
    public func rules(forPath path: String) -> Set<String> {
        let absolute = ConfigPath.absolute(path, relativeTo: workingDirectory)
        guard let components = ConfigPath.components(of: absolute, relativeTo: directory), !components.isEmpty else {
            return []
        }
        var rules = Set<String>()
        for entry in entries where entry.glob.matchesPathOrParent(components: components) { rules.formUnion(entry.rules) }
        return rules
    }
}

extension Set<String> {
    /// Whether a `per-file-ignores` result leaves rule `id` out.
    func ignores(_ id: String) -> Bool { !isEmpty && (contains(id) || contains("all")) }
}

#if canImport(Glibc)
import Glibc
#endif

/// Each rule's documentation as a Markdown page (`docs/rules/<id>.md`, written by
/// `pathlint explain --all --markdown-dir docs/rules` and held true by a test), and where
/// those pages are: what an editor's diagnostic links to (LSP `codeDescription`).
public enum RuleDocumentation {
    /// The page of `rule`: what `pathlint explain RULE` prints.
    public static func markdown(_ rule: any Rule) -> String {
        let aliases = RuleRegistry.aliases(of: rule.id)
        let known = aliases.isEmpty ? "" : "Also accepted under its old ids: " + aliases.map { "`\($0)`" }.joined(separator: ", ") + ".\n\n"
        let overriding = RuleRegistry.precedence(over: rule.id)
        let yields = overriding.isEmpty ? "" : "\n## Precedence\nOne mistake, one finding: on a mention that another rule reports, that rule's finding "
            + "stands and this one's is dropped:\n" + overriding.map { "- `\($0.stronger)`: \($0.reason).\n" }.joined()
        let outranked = RuleRegistry.precedence.filter { $0.stronger == rule.id }.map(\.weaker)
        let keeps = outranked.isEmpty ? "" : "\n## Precedence\nOn a mention it reports, this rule's finding stands over "
            + Set(outranked).sorted().map { "`\($0)`'s" }.joined(separator: ", ") + ".\n"
        return "# \(rule.id) (\(rule.defaultSeverity.rawValue))\n\n\(rule.summary)\n\n\(known)\(rule.documentation)\n\(yields)\(keeps)"
    }

    /// The page's file name in the pages' directory.
    public static func fileName(_ id: String) -> String { id + ".md" }

    /// The URL of the pages' directory (ending in `/`) when none is configured, found as
    /// the snapshot is (`ReferenceLocation`): `share/pathlint/docs/rules` beside the
    /// executable's `bin/` (an installed tree), else `docs/rules` in the first directory
    /// above the executable that has one (a development build's checkout), as a `file://`
    /// URL; nil when there is neither (then diagnostics carry no link).
    public static func defaultBaseURL() -> String? {
        guard let executable = ReferenceLocation.executablePath() else { return nil }
        let bin = ReferenceLocation.parent(of: executable)
        let installed = ReferenceLocation.parent(of: bin) + "/share/pathlint/docs/rules"
        if isPages(installed) { return "file://" + installed + "/" }
        var directory = bin
        while true {
            let candidate = (directory == "/" ? "" : directory) + "/docs/rules"
            if isPages(candidate) { return "file://" + candidate + "/" }
            let up = ReferenceLocation.parent(of: directory)
            if up == directory { return nil }
            directory = up
        }
    }

    /// A directory of rule pages: it has the page of the first rule.
    private static func isPages(_ directory: String) -> Bool {
        guard let first = RuleRegistry.all.first else { return false }
        return access(directory + "/" + fileName(first.id), R_OK) == 0
    }

    /// The URL of `id`'s page under `base` (a `/` is added when `base` lacks one).
    public static func url(_ id: String, base: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + fileName(id)
    }
}

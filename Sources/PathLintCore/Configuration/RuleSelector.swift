/// How rules are named where they are chosen (`--select`, `--ignore`, a `.pathlint.yaml`'s
/// `select`, `ignore` and `per-file-ignores`), as in ruff: a rule id, `all` for every rule,
/// or a prefix ending in `-` for every rule whose id starts with it (`sidecar-`). The one
/// place a chosen name becomes rule ids, for the CLI, the configuration file and the
/// editor settings alike.
///
/// An old id of a merged rule (`RuleRegistry.aliases`, such as `sidecar-entrez-mismatch`)
/// stands for the rule it was merged into, and a prefix matches old ids as well as current
/// ones: `sidecar-` still selects (or ignores) the merged rules that took over the
/// `sidecar-…` checks it selected before (`entrez-mismatch`, `unknown-mesh-id`, …), which
/// now check the front matter as well.
public enum RuleSelector {
    /// The current rule ids `name` stands for, in registry order; nil when it names no rule.
    public static func ruleIDs(_ name: String) -> [String]? {
        if name == "all" { return RuleRegistry.all.map(\.id) }
        if let id = RuleRegistry.canonicalID(name) { return [id] }
        guard name.count > 1, name.hasSuffix("-") else { return nil }
        let matching = Set(namesAndAliases.filter { $0.hasPrefix(name) }.compactMap(RuleRegistry.canonicalID))
        let ordered = RuleRegistry.all.map(\.id).filter(matching.contains)
        return ordered.isEmpty ? nil : ordered
    }

    /// Every name a rule answers to: current ids, then old ids.
    private static var namesAndAliases: [String] { RuleRegistry.all.map(\.id) + RuleRegistry.aliases.keys.sorted() }

    /// Every id the names stand for, or the first name that stands for none.
    public static func expand(_ names: some Sequence<String>) -> Result<Set<String>, UnknownRule> {
        var ids = Set<String>()
        for name in names {
            guard let found = ruleIDs(name) else { return .failure(UnknownRule(name: name)) }
            ids.formUnion(found)
        }
        return .success(ids)
    }

    /// The rule id (or prefix) closest to a name that is none: a typo within a third of its
    /// length, or the prefix it forgot the `-` of. Nil when nothing is that close.
    /// A typo of an old id suggests the current id it stands for.
    public static func suggestion(for name: String) -> String? {
        let ids = namesAndAliases
        if ids.contains(where: { $0.hasPrefix(name + "-") }) { return name + "-" }
        let typed = Array(name.unicodeScalars)
        var best: (id: String, distance: Int)?
        for id in ids {
            let distance = editDistance(typed, Array(id.unicodeScalars))
            if distance < (best?.distance ?? Int.max) { best = (id, distance) }
        }
        guard let best, best.distance <= max(2, typed.count / 3) else { return nil }
        return RuleRegistry.resolving(best.id)
    }

    /// Levenshtein distance (insertions, deletions, substitutions).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// A name that stands for no rule; its description is the message shown.
    public struct UnknownRule: Error, Equatable, Sendable, CustomStringConvertible {
        public let name: String

        public init(name: String) { self.name = name }

        /// What to type instead: "did you mean `x`?", or where the ids are listed.
        public var hint: String {
            RuleSelector.suggestion(for: name).map { "did you mean `\($0)`?" } ?? "`pathlint rules` lists them"
        }

        public var description: String { "unknown rule `\(name)`; \(hint)" }
    }
}

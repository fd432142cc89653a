import ArgumentParser
import PathLintCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule with its default severity.")

    func run() {
        let width = RuleRegistry.all.map(\.id.count).max() ?? 0
        for rule in RuleRegistry.all {
            let id = rule.id + String(repeating: " ", count: width - rule.id.count)
            let severity = rule.defaultSeverity.rawValue + String(repeating: " ", count: 7 - rule.defaultSeverity.rawValue.count)
            print("\(id)  \(severity)  \(rule.summary)")
        }
        print("\nOld ids, still accepted wherever rule ids are written:")
        for (old, current) in RuleRegistry.aliases.sorted(by: { $0.key < $1.key }) { print("  \(old) -> \(current)") }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Print a rule's documentation.")

    @Argument(help: "The rule id, as `pathlint rules` lists it (an old id works too).")
    var rule: String

    func validate() throws {
        guard RuleRegistry.rule(rule) != nil else {
            throw ValidationError("unknown rule `\(rule)`; `pathlint rules` lists them")
        }
    }

    func run() {
        guard let found = RuleRegistry.rule(rule) else { return }
        if found.id != rule { print("`\(rule)` is an old id of `\(found.id)`: it still selects, ignores and suppresses it.\n") }
        let aliases = RuleRegistry.aliases(of: found.id)
        let known = aliases.isEmpty ? "" : "Also accepted under its old ids: " + aliases.map { "`\($0)`" }.joined(separator: ", ") + ".\n\n"
        print("# \(found.id) (\(found.defaultSeverity.rawValue))\n\n\(found.summary)\n\n\(known)\(found.documentation)")
    }
}

import ArgumentParser
import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

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
    var rule: String?

    @Flag(help: "Every rule's documentation.")
    var all = false

    @Option(help: ArgumentHelp("With --all, write each rule's page to DIR/<rule>.md instead of printing (how docs/rules is made).",
                               valueName: "dir"))
    var markdownDir: String?

    func validate() throws {
        if all {
            guard rule == nil else { throw ValidationError("give a rule or --all, not both") }
            return
        }
        guard markdownDir == nil else { throw ValidationError("--markdown-dir needs --all") }
        guard let rule else { throw ValidationError("give a rule id (`pathlint rules` lists them) or --all") }
        guard RuleRegistry.rule(rule) != nil else {
            throw ValidationError("unknown rule `\(rule)`; `pathlint rules` lists them")
        }
    }

    func run() throws {
        let rules = all ? RuleRegistry.all : rule.flatMap(RuleRegistry.rule).map { [$0] } ?? []
        guard let markdownDir else {
            if let rule, let found = rules.first, found.id != rule {
                print("`\(rule)` is an old id of `\(found.id)`: it still selects, ignores and suppresses it.\n")
            }
            print(rules.map(RuleDocumentation.markdown).joined(separator: "\n"), terminator: "")
            return
        }
        for rule in rules {
            let path = (markdownDir.hasSuffix("/") ? markdownDir : markdownDir + "/") + RuleDocumentation.fileName(rule.id)
            let bytes = Array(RuleDocumentation.markdown(rule).utf8)
            // A new page or a rewritten one: a plain write, the pages are generated.
            guard let file = fopen(path, "wb") else {
                StandardError.write("pathlint: \(path): \(String(cString: strerror(errno)))\n")
                throw ExitCode(2)
            }
            let written = fwrite(bytes, 1, bytes.count, file)
            if fclose(file) != 0 || written != bytes.count {
                StandardError.write("pathlint: \(path): could not write\n")
                throw ExitCode(2)
            }
        }
    }
}

import ArgumentParser

/// The `pathlint` command line: it reads files, calls `PathLintCore.Linter`, prints.
/// No rule logic lives here.
struct Pathlint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pathlint",
        abstract: "Lint PFOCR pathway figure annotation files (Markdown with YAML front matter).",
        discussion: """
        Exit status: 0 when no error-severity finding, 1 when errors were found, \
        2 for usage errors, unreadable files and unusable reference data.
        """,
        version: "0.1.0",
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self],
        defaultSubcommand: LintCommand.self
    )
}

import ArgumentParser
import PathLintCore

/// The `pathlint` command line: it reads files, calls `PathLintCore.Linter`, prints.
/// No rule logic lives here.
struct Pathlint: ParsableCommand {
    static let version = "0.1.0"

    /// `pathlint --version`: the program's version and what its reference data are as of.
    static func versionText() -> String {
        let located = DataCommand.locate(nil)
        guard let snapshot = try? ReferenceSnapshot.open(located.directory) else {
            return version + "\nreference data: unusable (\(located.directory))"
        }
        return version + "\nreference data: \(snapshot.dataDateSummary ?? "dates not recorded") (\(snapshot.directory))"
    }

    static let configuration = CommandConfiguration(
        commandName: "pathlint",
        abstract: "Lint PFOCR pathway figure annotation files (Markdown with YAML front matter).",
        discussion: """
        Exit status: 0 when no error-severity finding, 1 when errors were found, \
        2 for usage errors, unreadable files and unusable reference data.
        """,
        version: Pathlint.version,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self, DataCommand.self],
        defaultSubcommand: LintCommand.self
    )
}

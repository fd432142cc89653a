import ArgumentParser
import PathLintCore

/// The `pathlint` command line: it reads files, calls `PathLintCore.Linter`, prints.
/// No rule logic lives here.
struct Pathlint: ParsableCommand {
    static let version = "0.1.0"

    /// `pathlint --version`: the program's version and what its reference data are as of.
    static func versionText() -> String {
        let snapshot: ReferenceSnapshot
        do {
            snapshot = try ReferenceSnapshot(directory: try DataCommand.locate(nil).directory)
        } catch {
            return version + "\nreference data: unusable (\(error))"
        }
        return version + "\nreference data: \(snapshot.dataDateSummary ?? "dates not recorded") (\(snapshot.directory))"
    }

    static let configuration = CommandConfiguration(
        commandName: "pathlint",
        abstract: "Lint PFOCR pathway figure annotation files (Markdown with YAML front matter).",
        discussion: """
        Without a subcommand, pathlint lints (`pathlint` alone lints the current directory; \
        `check` is another name for `lint`). Exit status: 0 when no error-severity finding \
        (see lint's --fail-on), 1 when errors were found, 2 for usage errors, unreadable files \
        and unusable configuration or reference data.
        """,
        version: Pathlint.version,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self, DataCommand.self],
        defaultSubcommand: LintCommand.self
    )
}

import ArgumentParser
import PathLintCore

/// Prints the front matter's JSON Schema, generated from the same field table the rules
/// read, or (`--config`) the schema of `.pathlint.yaml`.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft-07) of the annotation front matter, for editors.",
        discussion: """
        The committed copies are schemas/pfocr-figure.schema.json (pathlint schema > \
        schemas/pfocr-figure.schema.json) and schemas/pathlint-config.schema.json (pathlint schema \
        --config > schemas/pathlint-config.schema.json).
        """
    )

    @Flag(help: "Print the schema of the configuration file (.pathlint.yaml) instead.")
    var config = false

    func run() {
        print(config ? ConfigJSONSchema.generate() : FrontMatterJSONSchema.generate(), terminator: "")
    }
}

import ArgumentParser
import PathLintCore

/// Prints the front matter's JSON Schema, generated from the same field table the rules read.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft-07) of the annotation front matter, for editors.",
        discussion: "The committed copy is schemas/pfocr-figure.schema.json: pathlint schema > schemas/pfocr-figure.schema.json"
    )

    func run() {
        print(FrontMatterJSONSchema.generate(), terminator: "")
    }
}

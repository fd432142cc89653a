import ArgumentParser
import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check annotation files and print what is wrong.",
        discussion: """
        PATH may be a file, a directory (searched recursively for *.md, *.yaml and *.yml) \
        or - for standard input. Exit status: 0 when no finding has error severity, 1 when \
        one does, 2 for usage errors, unreadable paths and unusable reference data.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or directories to lint; - reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text (for people) or json (for tools).")
    var format: OutputFormat = .text

    @Option(name: .customLong("reference"), help: ArgumentHelp(
        "Reference snapshot directory (built by scripts/build-snapshot.py).",
        discussion: "Defaults to $PATHLINT_REFERENCE, then the snapshot that ships with pathlint.",
        valueName: "dir"))
    var referenceDirectory: String?

    @Option(help: ArgumentHelp("Run only these rules (comma-separated; repeatable).", valueName: "rule,..."),
            transform: LintCommand.ruleList)
    var select: [[String]] = []

    @Option(help: ArgumentHelp("Do not run these rules (comma-separated; repeatable).", valueName: "rule,..."),
            transform: LintCommand.ruleList)
    var ignore: [[String]] = []

    @Option(help: ArgumentHelp("The file name to report (and to choose Markdown or YAML by) for standard input.",
                               valueName: "path"))
    var stdinFilename: String?

    @Flag(help: "Colour the output even when it is not a terminal.")
    var color = false

    @Flag(help: "Never colour the output.")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Print only the summary line.")
    var quiet = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or directory to lint, or - for stdin") }
        for rule in (select + ignore).joined() where RuleRegistry.rule(rule) == nil {
            throw ValidationError("unknown rule `\(rule)`; `pathlint rules` lists them")
        }
    }

    func run() throws {
        let reference: ReferenceSnapshot
        do {
            reference = try ReferenceSnapshot.open(referenceDirectory)
        } catch {
            StandardError.write("pathlint: \(error)\n")
            throw ExitCode(2)
        }
        let configuration = LintConfiguration(select: select.isEmpty ? nil : Set(select.joined()),
                                              ignore: Set(ignore.joined()))
        let linter = Linter(reference: reference, configuration: configuration)
        let useColor = !noColor && (color || (isatty(1) != 0 && getenv("NO_COLOR") == nil))
        var reporter: any Reporter = switch format {
        case .text: TextReporter(color: useColor, quiet: quiet)
        case .json: JSONReporter()
        }

        var unreadablePaths = 0
        var inputs: [LintInput] = []
        for path in paths {
            do {
                if path == "-" {
                    inputs.append(.standardInput(name: stdinFilename ?? "<stdin>", bytes: try FileSystem.readStandardInput()))
                } else if try FileSystem.isDirectory(path) {
                    inputs += try FileSystem.annotationFiles(under: path).map(LintInput.file)
                } else {
                    inputs.append(.file(path))
                }
            } catch {
                StandardError.write("pathlint: \(error)\n")
                unreadablePaths += 1
            }
        }

        // A file named twice (`lint a.md .`) is linted once.
        var seen = Set<String>()
        inputs = inputs.filter { input in
            guard case .file(let path) = input else { return true }
            return seen.insert(path.hasPrefix("./") ? String(path.dropFirst(2)) : path).inserted
        }

        var figids = FigidRegistry(configuration: configuration)
        ParallelLint.run(inputs, work: { input in LintCommand.process(input, with: linter) }) { result in
            guard let document = result.document else {
                StandardError.write("pathlint: \(result.failure ?? "\(result.path): unreadable")\n")
                unreadablePaths += 1
                return
            }
            if let failure = result.failure {
                StandardError.write("pathlint: \(failure)\n")
                unreadablePaths += 1
            }
            let crossFile = figids.check(document)
            let diagnostics = crossFile.isEmpty ? result.diagnostics : (result.diagnostics + crossFile).sorted {
                ($0.range.start, $0.range.end, $0.ruleID) < ($1.range.start, $1.range.end, $1.ruleID)
            }
            reporter.report(document, diagnostics)
        }
        let summary = reporter.finish(unreadablePaths: unreadablePaths)
        if unreadablePaths > 0 { throw ExitCode(2) }
        if summary.errors > 0 { throw ExitCode(1) }
    }

    static func ruleList(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
    }

    /// Reads and lints one input; runs on a worker thread.
    static func process(_ input: LintInput, with linter: Linter) -> FileResult {
        let bytes: [UInt8]
        switch input {
        case .standardInput(_, let given):
            bytes = given
        case .file(let path):
            do {
                bytes = try FileSystem.read(path)
            } catch {
                return FileResult(path: path, failure: "\(error)")
            }
        }
        let document = AnnotationDocument(path: input.name, source: SourceText(bytes: bytes))
        return FileResult(path: input.name, document: document, diagnostics: linter.lint(document))
    }
}

import ArgumentParser
import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

extension Severity: ExpressibleByArgument {}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check annotation files and print what is wrong.",
        discussion: """
        PATH may be a file, a directory (searched recursively for *.md, *.yaml, *.yml and *.tsv) \
        or - for standard input; without one, the current directory. A figure file in a _figures/ \
        folder is linted with its _data/<figid>-*.tsv sidecars. Exit status: 0 when no finding \
        has error severity (or the --fail-on severity), 1 when one does (0 with --exit-zero), \
        2 for usage errors, unreadable paths and unusable configuration or reference data.
        """,
        aliases: ["check"]
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github, gitlab, html, markdown
    }

    @Argument(help: "Files or directories to lint; - reads standard input. Default: the current directory.")
    var paths: [String] = []

    @Option(help: "Output format: text (for people), json (for tools), sarif (SARIF 2.1.0, for code scanning), github (GitHub Actions annotations), gitlab (a GitLab code quality report), html (a self-contained report page for curators) or markdown (its summary, for a CI step summary or a merge-request comment).")
    var format: OutputFormat = .text

    @Option(name: .customLong("reference"), help: ArgumentHelp(
        "Reference snapshot directory (built by `pathlint data build` or scripts/build-snapshot.py).",
        discussion: "Defaults to $PATHLINT_REFERENCE, then the configuration's `reference`, then the snapshot that ships with pathlint.",
        valueName: "dir"))
    var referenceDirectory: String?

    @Option(help: ArgumentHelp("Run only these rules (comma-separated; repeatable).",
                               discussion: "A rule id, all, or a prefix ending in - (sidecar-) for every rule it starts.",
                               valueName: "rule,..."),
            transform: LintCommand.ruleList)
    var select: [[String]] = []

    @Option(help: ArgumentHelp("Do not run these rules (comma-separated; repeatable; ids, all or prefixes as --select).",
                               valueName: "rule,..."),
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

    @Flag(help: "Print how many findings each rule made instead of the findings (a JSON array with --format json).")
    var statistics = false

    @Flag(help: "Apply the safe fixes, write the files back, and report what remains (with -, print the fixed text).")
    var fix = false

    @Flag(help: "With --fix or --diff, apply the unsafe fixes too.")
    var unsafeFixes = false

    @Flag(help: "Print a unified diff of the fixes instead of writing them (nothing is written).")
    var diff = false

    @Option(help: ArgumentHelp("Use this configuration file for every file, instead of the nearest .pathlint.yaml.",
                               valueName: "path"))
    var config: String?

    @Flag(help: "Report `# pathlint: disable…` comments that suppress nothing (rule unused-suppression).")
    var reportUnusedSuppressions = false

    @Flag(help: ArgumentHelp("Apply the configuration's include and exclude to files named on the command line too.",
                             discussion: "Without it they apply only to directory walks. pre-commit names every file, so its hooks pass this."))
    var forceExclude = false

    @Option(help: ArgumentHelp("Exit 1 when a finding of this severity or a more severe one remains: error, warning, info or hint.",
                               discussion: "warning fails on the likely false matches too, which are warnings.",
                               valueName: "severity"))
    var failOn: Severity = .error

    @Flag(help: ArgumentHelp("Exit 0 whatever the findings (2 still means a path or the setup failed); wins over --fail-on.",
                             discussion: "For a CI step whose report is uploaded (SARIF) rather than failing the job."))
    var exitZero = false

    func validate() throws {
        // Read twice, standard input is empty the second time: a bogus finding.
        guard paths.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("- (standard input) can be given only once") }
        for name in (select + ignore).joined() where RuleSelector.ruleIDs(name) == nil {
            throw ValidationError(RuleSelector.UnknownRule(name: name).description)
        }
    }

    func run() throws {
        // As ruff: no path lints the current directory.
        let paths = self.paths.isEmpty ? ["."] : self.paths
        // Each file's configuration (--config, or the nearest .pathlint.yaml) and linter, on first use.
        // Names `validate` accepted: ids, `all` or prefixes, as the ids they stand for.
        let selected = try? RuleSelector.expand(select.joined()).get()
        let ignored = (try? RuleSelector.expand(ignore.joined()).get()) ?? []
        let overrides = LintOverrides(select: select.isEmpty ? nil : selected, ignore: ignored,
                                      reportUnusedSuppressions: reportUnusedSuppressions)
        let resolver: ConfigResolver
        do {
            resolver = try ConfigResolver(configPath: config, overrides: overrides)
        } catch {
            StandardError.write("pathlint: \(error)\n")
            throw ExitCode(2)
        }
        let linters = LinterPool(referenceOverride: referenceDirectory)
        let useColor = !noColor && (color || (isatty(1) != 0 && getenv("NO_COLOR") == nil))
        var reporter: any Reporter = switch format {
        case _ where statistics: StatisticsReporter(json: format == .json)
        case .text: TextReporter(color: useColor, quiet: quiet)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(version: Pathlint.configuration.version)
        case .github: GitHubReporter()
        case .gitlab: GitLabReporter()
        case .html: HTMLReporter()
        case .markdown: MarkdownReporter()
        }
        let fixOptions = FixOptions(fix: fix, unsafeFixes: unsafeFixes, diff: diff)
        var fixSession = FixSession(options: fixOptions, paths: paths)
        if fixOptions.isActive { reporter = fixSession.reporter(reporter) }

        var failures = RunFailures()
        var inputs: [LintInput] = []
        var identities: [String: FileIdentity] = [:]
        for path in paths {
            do {
                if path == "-" {
                    inputs.append(.standardInput(name: stdinFilename ?? "<stdin>", bytes: try FileSystem.readStandardInput()))
                    continue
                }
                switch try FileSystem.kind(of: path) {
                case .directory:
                    let walk = FileSystem.annotationFiles(under: path)
                    for failure in walk.unreadable {
                        StandardError.write("pathlint: \(failure)\n")
                        failures.unreadable += 1
                    }
                    for file in walk.files where resolver.isIncluded(file.path) {
                        inputs.append(.file(file.path))
                        identities[file.path] = file.identity
                    }
                case .file(let identity):
                    guard !forceExclude || resolver.isIncluded(path) else { continue }
                    inputs.append(.file(path))
                    identities[path] = identity
                case .stream:
                    guard !forceExclude || resolver.isIncluded(path) else { continue }
                    inputs.append(.file(path))
                }
            } catch {
                StandardError.write("pathlint: \(error)\n")
                failures.unreadable += 1
            }
        }

        inputs = LintCommand.withSidecars(inputs, identities: &identities)
        inputs = LintCommand.eachFileOnce(inputs, identities: identities)

        var figids = FigidRegistry(configuration: LintConfiguration())  // each file's: Linter.crossFileFindings
        var reportedFailures = Set<String>()
        ParallelLint.run(inputs, work: { input in
            let linter: Linter
            do { linter = try linters.linter(forFile: input.name, using: resolver) } catch {
                return FileResult(path: input.name, failure: "\(error)", unlinted: true)
            }
            return fixOptions.isActive ? FixMode.process(input, with: linter, options: fixOptions) : LintCommand.process(input, with: linter)
        }) { result in
            guard let document = result.document else {
                // One bad configuration file or snapshot fails many files: say it once.
                let message = result.failure ?? "\(result.path): unreadable"
                if reportedFailures.insert(message).inserted { StandardError.write("pathlint: \(message)\n") }
                if result.unlinted { failures.unlinted += 1 } else { failures.unreadable += 1 }
                return
            }
            if let failure = result.failure {
                StandardError.write("pathlint: \(failure)\n")
                failures.unreadable += 1
            }
            let found = figids.check(document)
            let crossFile = found.isEmpty ? found
                : (try? linters.linter(forFile: document.path, using: resolver))?.crossFileFindings(found, for: document) ?? []
            let diagnostics = crossFile.isEmpty ? result.diagnostics : (result.diagnostics + crossFile).sorted {
                ($0.range.start, $0.range.end, $0.ruleID) < ($1.range.start, $1.range.end, $1.ruleID)
            }
            reporter.report(document, diagnostics)
            if fixOptions.isActive { fixSession.record(result, reported: diagnostics) }
        } delivered: {
            reporter.flush()
        }
        let summary = reporter.finish(failures)
        if fixOptions.isActive { fixSession.finish(textFormat: format == .text && !statistics) }
        if failures.any { throw ExitCode(2) }
        if summary.fails(at: failOn) && !exitZero { throw ExitCode(1) }
    }

    /// The document of one input, with its figure's other files when it is part of the
    /// `_figures/` + `_data/` layout (read from disk; standard input gets none).
    static func document(for input: LintInput, bytes: [UInt8]) -> AnnotationDocument {
        var document = AnnotationDocument(path: input.name, source: SourceText(bytes: bytes))
        if case .file = input {
            SidecarLayout.attachCompanions(to: &document, read: FileSystem.readIfPresent)
        }
        return document
    }

    /// The existing sidecars of each figure file in a `_figures/` folder, after it: the
    /// CLI lints a figure's tables with the figure.
    static func withSidecars(_ inputs: [LintInput], identities: inout [String: FileIdentity]) -> [LintInput] {
        var result: [LintInput] = []
        for input in inputs {
            result.append(input)
            guard case .file(let path) = input, let sidecars = SidecarLayout.sidecarPaths(forFigure: path) else { continue }
            for kind in SidecarKind.allCases {
                if let sidecar = sidecars[kind], let identity = FileSystem.identity(ofFile: sidecar) {
                    result.append(.file(sidecar))
                    identities[sidecar] = identity
                }
            }
        }
        return result
    }

    /// Each file once, under the first path that names it (`lint a.md .`, a link and its
    /// target, `a.md` and its absolute path): a second copy would be written twice by
    /// --fix and would report its own `figid` as a duplicate.
    static func eachFileOnce(_ inputs: [LintInput], identities: [String: FileIdentity]) -> [LintInput] {
        enum Key: Hashable { case file(FileIdentity), path(String) }
        var seen = Set<Key>()
        return inputs.filter { input in
            guard case .file(let path) = input else { return true }
            let key = identities[path].map(Key.file) ?? .path(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
            return seen.insert(key).inserted
        }
    }

    static func ruleList(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
    }

    /// A `.pathlint.yaml` named on the command line is checked as a configuration file, not
    /// linted as an annotation (which it is not): no findings when it is valid; when not,
    /// its error, as stopping on it would give (exit 2). Nil for any other input.
    static func configurationFileResult(_ input: LintInput, bytes: [UInt8]) -> FileResult? {
        let name = input.name
        guard ConfigFile.isConfigurationFile(name) else { return nil }
        if let problem = ConfigFile.problem(in: bytes, path: name) {
            return FileResult(path: name, failure: "\(problem)", unlinted: true)
        }
        return FileResult(path: name, document: AnnotationDocument(path: name, source: SourceText(bytes: bytes)))
    }

    /// Reads and lints one input; runs on a worker thread.
    static func process(_ input: LintInput, with linter: Linter) -> FileResult {
        let bytes: [UInt8]
        do { bytes = try input.read() } catch { return FileResult(path: input.name, failure: "\(error)") }
        if let checked = configurationFileResult(input, bytes: bytes) { return checked }
        let document = LintCommand.document(for: input, bytes: bytes)
        return FileResult(path: input.name, document: document, diagnostics: linter.lint(document))
    }
}

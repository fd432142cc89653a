import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

// `pathlint lint --fix`, `--unsafe-fixes`, `--diff`, in the manner of ruff:
//
// * `--fix` applies every applicable safe fix (`Linter.applicableFix`), re-lints and
//   repeats (at most 10 passes), writes each changed file atomically (`AtomicWrite`) and
//   reports the findings that remain, then `Fixed N findings in M files; K remain.`
//   (on stdout for the text format, on stderr for the others so that their stdout stays
//   machine-readable). The exit status is that of linting the fixed files.
// * `--unsafe-fixes` adds the unsafe fixes; without `--fix` or `--diff` it does nothing.
// * `--diff` writes nothing: stdout holds only a unified diff per file that would change
//   (`--- a/PATH` / `+++ b/PATH`, applies with `git apply` or `patch -p1`), and stderr
//   `Would fix N findings in M files; K would remain.`. The exit status is the one
//   `--fix` would give: 1 when an error-severity finding would remain. `--diff` wins over
//   `--fix`.
// * Standard input (`-`) with `--fix`: the fixed text (the input unchanged when nothing
//   applies) goes to stdout, and the diagnostics and summary go to stderr (ruff's
//   behaviour: `pathlint lint --fix - < a.md > b.md` is a filter).
// * A file with a `front-matter` or `yaml-syntax` finding is never rewritten; a pass whose
//   result would not parse is refused (see `Linter.fix`).
// * A file that cannot be written, or that changed on disk while it was being fixed (an
//   editor saved it: `AtomicWrite` checks just before the rename), is named on stderr,
//   keeps its contents, reports its original findings, and makes the exit status 2.

/// The fix flags of `lint`.
struct FixOptions: Sendable {
    var fix = false
    var unsafeFixes = false
    var diff = false

    /// Whether the run fixes (or shows fixes) at all.
    var isActive: Bool { fix || diff }
}

/// What fixing one input did; carried to the main thread in `FileResult.fix`.
struct FixReport: Sendable {
    /// Findings whose fix was applied (or, with `--diff`, would be).
    var fixed = 0
    var changed = false
    /// The input did not parse, so it was left alone.
    var refused = false
    /// With `--diff`: the unified diff, empty when nothing would change.
    var diff: [UInt8] = []
    /// Standard input with `--fix`: the text to print on stdout.
    var standardOutput: [UInt8]?
    /// Said on stderr, in input order: the fixed file was one of several hard links.
    var warning: String?
}

enum FixMode {
    /// Reads, fixes and (with `--fix`, not `--diff`) writes one input. Runs on a worker
    /// thread: everything that prints is left to `FixSession.record`, in input order.
    static func process(_ input: LintInput, with linter: Linter, options: FixOptions) -> FileResult {
        let bytes: [UInt8]
        do { bytes = try input.read() } catch { return FileResult(path: input.name, failure: "\(error)") }
        if var checked = LintCommand.configurationFileResult(input, bytes: bytes) {
            // Checked, never fixed; standard input is printed back as it came.
            var report = FixReport()
            if case .standardInput = input, !options.diff { report.standardOutput = bytes }
            checked.fix = report
            return checked
        }
        let document = LintCommand.document(for: input, bytes: bytes)
        let outcome = linter.fix(document, includeUnsafe: options.unsafeFixes)
        var report = FixReport(fixed: outcome.fixedCount, changed: outcome.changed, refused: outcome.refused)
        if options.diff {
            report.diff = UnifiedDiff.diff(bytes, outcome.bytes, path: input.name)
        } else if case .standardInput = input {
            report.standardOutput = outcome.bytes
        } else if case .file(let path) = input, outcome.changed {
            do {
                let links = try AtomicWrite.write(outcome.bytes, to: path, expected: bytes)
                if links > 1 {
                    report.warning = "\(path): had \(links) hard links; it is now a file of its own, and its other names keep the old contents"
                }
            } catch {
                // Nothing was written: what the file holds is what it held.
                return FileResult(path: path, document: document, diagnostics: linter.lint(document),
                                  failure: "\(error)", fix: FixReport())
            }
        }
        return FileResult(path: input.name, document: outcome.document, diagnostics: outcome.remaining, fix: report)
    }
}

/// The main-thread side of a fixing run: prints diffs and fixed standard input in input
/// order, counts, and prints the summary line.
struct FixSession {
    let options: FixOptions
    private var fixed = 0
    private var filesFixed = 0
    private var remaining = 0
    private var refused = 0
    /// Where diffs and fixed standard input go: stdout (a duplicate of it when
    /// standard input is fixed, since fd 1 then carries the report to stderr).
    private var output: Int32 = 1

    /// With `--fix` on standard input, points fd 1 (where every reporter writes) at
    /// stderr, keeping stdout for the fixed text. Call before anything is printed.
    init(options: FixOptions, paths: [String]) {
        self.options = options
        if options.fix && !options.diff && paths.contains("-") {
            let saved = dup(1)
            if saved >= 0 && dup2(2, 1) >= 0 { output = saved }
        }
    }

    /// The reporter to use: with `--diff` one that only counts (stdout holds the diffs).
    func reporter(_ chosen: any Reporter) -> any Reporter {
        options.diff ? CountingReporter() : chosen
    }

    /// Call for each result, in order, with the diagnostics reported for it.
    mutating func record(_ result: FileResult, reported diagnostics: [Diagnostic]) {
        guard result.document != nil else { return }
        remaining += diagnostics.count
        guard let report = result.fix else { return }
        fixed += report.fixed
        if report.changed && report.fixed > 0 { filesFixed += 1 }
        if report.refused { refused += 1 }
        if let warning = report.warning { StandardError.write("pathlint: \(warning)\n") }
        report.diff.withUnsafeBytes { writeAll(output, $0) }
        report.standardOutput?.withUnsafeBytes { writeAll(output, $0) }
    }

    /// Prints the summary line: on stdout for the text format, otherwise (and always
    /// with `--diff`) on stderr.
    func finish(textFormat: Bool) {
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var line: String
        if options.diff {
            line = fixed == 0 ? "No fixes would be applied" : "Would fix \(plural(fixed, "finding")) in \(plural(filesFixed, "file"))"
            line += "; \(remaining) would remain"
        } else {
            line = fixed == 0 ? "No fixes applied" : "Fixed \(plural(fixed, "finding")) in \(plural(filesFixed, "file"))"
            line += "; \(remaining) \(remaining == 1 ? "remains" : "remain")"
        }
        if refused > 0 {
            line += " (\(plural(refused, "file")) not fixed: \(refused == 1 ? "it does" : "they do") not parse)"
        }
        line += ".\n"
        if textFormat && !options.diff {
            Array(line.utf8).withUnsafeBytes { writeAll(1, $0) }
        } else {
            StandardError.write(line)
        }
        if output != 1 { close(output) }
    }
}

/// Counts findings for the exit status and prints nothing (`--diff`).
struct CountingReporter: Reporter {
    private var summary = LintSummary()

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        summary.count(diagnostics)
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary { summary }
}

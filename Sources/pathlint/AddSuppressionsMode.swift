import PathLintCore

// `pathlint lint --add-suppressions`, ruff's `--add-noqa`: every finding gets a
// `# pathlint: disable=RULE` comment on its line (one comment per line, naming each rule
// found there; `disable-next-line` above it where a trailing comment cannot go), each
// changed file is written atomically, and what remains is reported. Running it again
// changes nothing. Tables (`.tsv`) hold no comments: their findings remain, and stderr
// says to use `per-file-ignores`.
enum AddSuppressionsMode {
    /// Reads, suppresses and writes one file; runs on a worker thread.
    static func process(_ input: LintInput, with linter: Linter) -> FileResult {
        let bytes: [UInt8]
        do { bytes = try input.read() } catch { return FileResult(path: input.name, failure: "\(error)") }
        if let checked = LintCommand.configurationFileResult(input, bytes: bytes) { return checked }
        let document = LintCommand.document(for: input, bytes: bytes)
        let outcome = SuppressionWriter.suppressAll(in: document, linter: linter)
        if outcome.changed, case .file(let path) = input {
            do {
                try AtomicWrite.write(outcome.bytes, to: path, expected: bytes)
            } catch {
                return FileResult(path: path, document: document, diagnostics: linter.lint(document), failure: "\(error)")
            }
        }
        var result = FileResult(path: input.name, document: SuppressionWriter.applied(outcome.bytes, to: document),
                                diagnostics: outcome.left)
        result.suppressionsAdded = outcome.suppressed
        return result
    }
}

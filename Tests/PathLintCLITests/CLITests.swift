// End-to-end tests of the `pathlint` command line: they run the built executable as a
// subprocess, exactly as a user or a tool would, and check exit statuses, output formats
// and that bad input never crashes it.
//
// `swift test` builds every target of the package, the `pathlint` executable included, into
// the same products directory as the test bundle; `PathlintBinary` finds it there.

import Foundation
import Testing
@testable import PathLintCore

// MARK: - Running pathlint

/// What one run of `pathlint` did.
struct Run: CustomStringConvertible {
    let status: Int32
    let signalled: Bool
    let timedOut: Bool
    let stdout: Data
    let stderr: Data

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
    /// Exited normally (no signal, no time-out) with status 0 or 1.
    var exitedCleanly: Bool { !signalled && !timedOut && (status == 0 || status == 1) }

    var description: String {
        "status \(status)\(signalled ? " (signal)" : "")\(timedOut ? " (timed out)" : "")\n"
            + "--- stdout\n\(out.prefix(4000))\n--- stderr\n\(err.prefix(4000))"
    }
}

enum PathlintBinary {
    /// The package root: Tests/PathLintCLITests/CLITests.swift → three levels up.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `pathlint` executable next to the running test binary (or in one of its parent
    /// directories); `$PATHLINT_TEST_BINARY` overrides.
    static let url: URL? = {
        let fileManager = FileManager.default
        func executable(_ url: URL) -> Bool {
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory)
                && !isDirectory.boolValue && fileManager.isExecutableFile(atPath: url.path)
        }
        if let override = ProcessInfo.processInfo.environment["PATHLINT_TEST_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var starts: [URL] = []
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(Bundle.main.bundleURL)
        starts.append(Bundle.main.executableURL?.deletingLastPathComponent() ?? Bundle.main.bundleURL)
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("pathlint")
                if executable(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }()
}

/// Runs `pathlint arguments…` in the package root (or `workingDirectory`) with `stdin` as standard input (empty when
/// nil), a clean environment for colour and reference data, and a time limit.
func pathlint(_ arguments: [String], stdin: Data? = nil, environment extra: [String: String] = [:],
              timeout: TimeInterval = 120, workingDirectory: URL? = nil, executable: URL? = nil) throws -> Run {
    let built = try #require(PathlintBinary.url, "no `pathlint` executable next to the test binary (\(CommandLine.arguments.first ?? "?")); run `swift build` or `swift test` without --skip-build")
    let binary = executable ?? built
    let scratch = try TemporaryDirectory()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    let inURL = scratch.url.appendingPathComponent("stdin")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    try (stdin ?? Data()).write(to: inURL)

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = workingDirectory ?? PathlintBinary.packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "PATHLINT_REFERENCE")
    environment.removeValue(forKey: "NO_COLOR")
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    // Files, not pipes: no deadlock on large output, and stdout is never a terminal.
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    let inHandle = try FileHandle(forReadingFrom: inURL)
    defer { try? outHandle.close(); try? errHandle.close(); try? inHandle.close() }
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = inHandle
    try process.run()

    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    while process.isRunning {
        if Date() > deadline {
            timedOut = true
            process.terminate()
            // A child of Foundation's Process may have SIGTERM blocked (a pathlint stuck
            // opening a FIFO ignored it): make sure, so a time-out fails the test, not hangs it.
            Thread.sleep(forTimeInterval: 0.5)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            break
        }
        Thread.sleep(forTimeInterval: 0.005)
    }
    process.waitUntilExit()
    return Run(status: process.terminationStatus,
               signalled: process.terminationReason == .uncaughtSignal && !timedOut,
               timedOut: timedOut,
               stdout: try Data(contentsOf: outURL),
               stderr: try Data(contentsOf: errURL))
}

/// A fresh directory under the system temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pathlint-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relativePath: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, Data(text.utf8))
    }
}

// MARK: - Fixtures

let cleanExample = "examples/PMC199174__JCI0110934.f9.md"
let brokenGenePairs = "examples/broken-gene-pairs.md"
let brokenStructure = "examples/broken-structure.md"

func exampleLines(_ relativePath: String) throws -> [String] {
    let text = try String(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    return text.components(separatedBy: "\n")
}

/// `--format json` output as an array of objects.
func diagnostics(_ run: Run) throws -> [[String: Any]] {
    let parsed = try JSONSerialization.jsonObject(with: run.stdout)
    return try #require(parsed as? [[String: Any]], "JSON output is not an array of objects:\n\(run)")
}

/// A valid, complete annotation front matter with one gene entry line supplied by the test.
func annotation(geneLine: String, caption: String = "α–😀 a caption with non-ASCII text") -> String {
    """
    ---
    figid: PMC0000003__fig1
    pmcid: PMC0000003
    filename: fig1.jpg
    figlink: /pmc/articles/PMC0000003/figure/F1/
    caption: \(caption)
    year: '2001'
    organisms: [Homo sapiens]
    genes:
    \(geneLine)
    chemicals: []
    diseases: []
    ---

    """
}

/// 1-based column, in Unicode code points, of the first occurrence of `needle` in `line`.
func codePointColumn(of needle: String, in line: String) throws -> Int {
    let range = try #require(line.range(of: needle))
    return line.unicodeScalars[line.startIndex..<range.lowerBound].count + 1
}

// MARK: - Exit status

@Suite struct CLITests {
    @Test func theTestsFoundThePathlintExecutable() throws {
        let binary = try #require(PathlintBinary.url)
        #expect(binary.lastPathComponent == "pathlint")
        let run = try pathlint(["--version"])
        #expect(run.status == 0, "\(run)")
        #expect(!run.out.isEmpty)
    }

    @Test func seedFileWithOnlyAWarningExitsZero() throws {
        let run = try pathlint(["lint", cleanExample])
        #expect(run.status == 0, "\(run)")
        #expect(!run.signalled)
        let json = try pathlint(["lint", cleanExample, "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let found = try diagnostics(json)
        #expect(!found.isEmpty, "the seed example has one warning: its `PTB` is a protein domain")
        #expect(found.allSatisfy { ($0["severity"] as? String) != "error" })
        #expect(found.contains { ($0["severity"] as? String) == "warning" && ($0["rule"] as? String) == "not-a-gene-word" })
    }

    @Test func fileWithErrorsExitsOne() throws {
        let run = try pathlint(["lint", brokenGenePairs])
        #expect(run.status == 1, "\(run)")
        #expect(run.out.contains("error[entrez-mismatch]"))
    }

    @Test func exitZeroKeepsTheFindingsAndExitsZero() throws {
        let run = try pathlint(["lint", brokenGenePairs, "--exit-zero"])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.contains("error[entrez-mismatch]"), "the findings are still reported:\n\(run)")
        let sarif = try pathlint(["lint", brokenGenePairs, "--exit-zero", "--format", "sarif"])
        #expect(sarif.status == 0, "\(sarif)")
        #expect(sarif.out.contains("entrez-mismatch"))
    }

    @Test func exitZeroStillExitsTwoForAnUnreadablePath() throws {
        let missing = "no-such-directory-\(UUID().uuidString)/x.md"
        let run = try pathlint(["lint", brokenGenePairs, missing, "--exit-zero"])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains(missing), "\(run)")
    }

    @Test func warningsAloneExitZero() throws {
        // keywords-mismatch is a warning; selecting only it leaves no error-severity finding.
        let run = try pathlint(["lint", brokenGenePairs, "--select", "keywords-mismatch"])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.contains("warning[keywords-mismatch]"))
        #expect(!run.out.contains("error["))
    }

    @Test func nonexistentPathExitsTwoAndNamesThePath() throws {
        let missing = "examples/there-is-no-such-file-\(UUID().uuidString).md"
        let run = try pathlint(["lint", missing])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains(missing), "\(run)")
    }

    @Test func nonexistentPathNextToARealOneStillExitsTwo() throws {
        let missing = "no-such-directory-\(UUID().uuidString)/x.md"
        let run = try pathlint(["lint", cleanExample, missing])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains(missing), "\(run)")
        #expect(run.out.contains("1 file checked"), "the readable file is still linted:\n\(run)")
    }

    @Test func unknownSelectedRuleExitsTwo() throws {
        let run = try pathlint(["lint", cleanExample, "--select", "no-such-rule"])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains("no-such-rule"), "\(run)")
        let ignored = try pathlint(["lint", cleanExample, "--ignore", "no-such-rule"])
        #expect(ignored.status == 2, "\(ignored)")
    }

    @Test func standardInputNamedTwiceIsAUsageError() throws {
        let run = try pathlint(["lint", "-", "-"], stdin: Data("---\nfigid: x\n---\n".utf8))
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains("standard input) can be given only once"), "\(run)")
        #expect(run.out.isEmpty)
    }

    @Test func noPathLintsTheCurrentDirectory() throws {
        let tree = try TemporaryDirectory()
        try tree.write("a.md", try Data(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(brokenGenePairs)))
        try tree.write("sub/b.md", try Data(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(cleanExample)))
        for arguments in [["lint"], [], ["check"], ["-q"]] {
            let run = try pathlint(arguments + ["--format", "json"], workingDirectory: tree.url)
            #expect(run.status == 1, "\(arguments): \(run)")
            let paths = Set(try diagnostics(run).compactMap { $0["path"] as? String })
            #expect(paths == ["./a.md", "./sub/b.md"], "\(arguments): \(run)")
        }
    }

    @Test func checkIsAnotherNameForLint() throws {
        let lint = try pathlint(["lint", brokenGenePairs, "--format", "json"])
        let check = try pathlint(["check", brokenGenePairs, "--format", "json"])
        #expect(lint.status == 1 && check.status == 1)
        #expect(lint.out == check.out)
    }

    @Test func failOnChoosesTheSeverityThatFails() throws {
        // The seed figure's worst finding is a warning.
        let plain = try pathlint(["lint", cleanExample, "--format", "json"])
        #expect(try diagnostics(plain).map { $0["severity"] as? String } == ["warning"], "\(plain)")
        #expect(plain.status == 0)
        #expect(try pathlint(["lint", cleanExample, "--fail-on", "error"]).status == 0)
        #expect(try pathlint(["lint", cleanExample, "--fail-on", "warning"]).status == 1)
        #expect(try pathlint(["lint", cleanExample, "--fail-on", "hint"]).status == 1)
        #expect(try pathlint(["lint", cleanExample, "--fail-on", "warning", "--exit-zero"]).status == 0)
        // Only info findings: warning does not fail on them, info and hint do.
        let infos = ["--select", "sidecar-ambiguous-synonym", "examples/sidecar/"]
        let found = try diagnostics(try pathlint(["lint", "--format", "json"] + infos))
        #expect(!found.isEmpty && found.allSatisfy { $0["severity"] as? String == "info" }, "\(found)")
        #expect(try pathlint(["lint", "--fail-on", "warning"] + infos).status == 0)
        #expect(try pathlint(["lint", "--fail-on", "info"] + infos).status == 1)
        #expect(try pathlint(["lint", "--fail-on", "hint"] + infos).status == 1)
        let bad = try pathlint(["lint", cleanExample, "--fail-on", "warnings"])
        #expect(bad.status == 2 && bad.err.contains("warnings"), "\(bad)")
    }

    @Test func selectAndIgnoreTakeAllAndPrefixesAndSuggestForTypos() throws {
        let sidecar = try pathlint(["lint", "examples/", "--select", "sidecar-", "--format", "json"])
        let rules = Set(try diagnostics(sidecar).compactMap { $0["rule"] as? String })
        // `sidecar-` also takes in the rules merged out of sidecar rules (`sidecar-entrez-mismatch`
        // is `entrez-mismatch` now), which check the front matter as well.
        let bySidecarPrefix = Set(try #require(RuleSelector.ruleIDs("sidecar-")))
        #expect(!rules.isEmpty && rules.isSubset(of: bySidecarPrefix), "\(sidecar)")
        #expect(rules.contains("entrez-mismatch"), "\(sidecar)")
        let none = try pathlint(["lint", "examples/", "--ignore", "all"])
        #expect(none.status == 0 && none.out.hasPrefix("All checks passed"), "\(none)")
        let allButSidecar = try pathlint(["lint", "examples/", "--select", "all", "--ignore", "sidecar-", "--format", "json"])
        let others = Set(try diagnostics(allButSidecar).compactMap { $0["rule"] as? String })
        #expect(others.contains("required-field") && others.isDisjoint(with: bySidecarPrefix), "\(allButSidecar)")
        let typo = try pathlint(["lint", cleanExample, "--select", "entrez-mismtch"])
        #expect(typo.status == 2)
        #expect(typo.err.contains("unknown rule `entrez-mismtch`; did you mean `entrez-mismatch`?"), "\(typo)")
        let bare = try pathlint(["lint", cleanExample, "--ignore", "sidecar"])
        #expect(bare.status == 2 && bare.err.contains("did you mean `sidecar-`?"), "\(bare)")
    }

    @Test func unknownOptionAndFormatExitTwo() throws {
        #expect(try pathlint(["lint", cleanExample, "--no-such-option"]).status == 2)
        #expect(try pathlint(["lint", cleanExample, "--format", "xml"]).status == 2)
    }

    @Test func emptyReferenceDirectoryExitsTwo() throws {
        let empty = try TemporaryDirectory()
        let run = try pathlint(["lint", cleanExample, "--reference", empty.url.path])
        #expect(run.status == 2, "\(run)")
        #expect(!run.err.isEmpty)
        let fromEnvironment = try pathlint(["lint", cleanExample], environment: ["PATHLINT_REFERENCE": empty.url.path])
        #expect(fromEnvironment.status == 2, "\(fromEnvironment)")
        let missing = try pathlint(["lint", cleanExample, "--reference", empty.url.appendingPathComponent("nope").path])
        #expect(missing.status == 2, "\(missing)")
    }

    @Test func aCopiedExecutableFindsTheSnapshotBesideItOrSaysWhereItLooked() throws {
        let tree = try TemporaryDirectory()
        let copy = tree.url.appendingPathComponent("bin/pathlint")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try #require(PathlintBinary.url), to: copy)
        // Outside the checkout and with nothing installed beside it: one error, no summary.
        let alone = try pathlint(["lint", brokenGenePairs], executable: copy)
        #expect(alone.status == 2, "\(alone)")
        #expect(alone.out.isEmpty, "\(alone)")
        let lines = alone.err.split(separator: "\n")
        #expect(lines.count == 1, "\(alone)")
        #expect(alone.err.hasPrefix("pathlint: no reference snapshot found; looked in \(tree.url.path)/share/pathlint/snapshot, "),
                "\(alone)")
        #expect(alone.err.contains("reference/snapshot in \(tree.url.path)/bin and every directory above it"), "\(alone)")
        // Installed beside it (PREFIX/share/pathlint/snapshot): found, wherever it is run from.
        let share = tree.url.appendingPathComponent("share/pathlint")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: share.appendingPathComponent("snapshot"),
                                                   withDestinationURL: PathlintBinary.packageRoot.appendingPathComponent("reference/snapshot"))
        let example = PathlintBinary.packageRoot.appendingPathComponent(brokenGenePairs).path
        let installed = try pathlint(["lint", example], workingDirectory: tree.url, executable: copy)
        #expect(installed.status == 1, "\(installed)")
        #expect(installed.out.contains("error[entrez-mismatch]"), "\(installed)")
        // Through a symbolic link to the executable (as in ~/.local/bin): the link's target counts.
        let elsewhere = try TemporaryDirectory()
        let link = elsewhere.url.appendingPathComponent("pathlint")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: copy)
        let linked = try pathlint(["lint", example], workingDirectory: elsewhere.url, executable: link)
        #expect(linked.status == 1 && linked.out == installed.out, "\(linked)")
    }

    /// On a terminal, the progress bar (runs of 2,000 files or more) is erased before each
    /// batch's findings print: every bar drawn is followed by a carriage return, never by
    /// a finding left on its line. `script` gives pathlint a terminal.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1)"))
    func theProgressBarIsErasedBeforeFindingsPrint() throws {
        let tree = try TemporaryDirectory()
        // write(2) directly: Foundation's file writing takes seconds for 2,100 files here.
        let text = Array(mismatchFile().utf8)
        for index in 0..<2100 {
            let descriptor = open(tree.url.appendingPathComponent("f\(index).md").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            #expect(descriptor >= 0 && write(descriptor, text, text.count) == text.count)
            close(descriptor)
        }
        let binary = try #require(PathlintBinary.url).path
        let run = try pathlint(["-q", "-c", "'\(binary)' lint --select entrez-mismatch --no-color '\(tree.url.path)'", "/dev/null"],
                               executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(run.out.contains("Found 2100 errors in 2100 of 2100 files checked"), "\(run.out.suffix(500))")
        // Between two carriage returns: a bar alone, or a bar with a finding after it.
        let bars = run.out.components(separatedBy: "\r").filter { $0.hasPrefix("[#") || $0.hasPrefix("[.") }
        #expect(bars.count >= 8, "\(run.out.suffix(500))")
        let leftBehind = bars.filter { !$0.hasSuffix("/2100 files") }
        #expect(leftBehind.isEmpty, "\(leftBehind.prefix(2).map { $0.prefix(120) })")
    }

    @Test func referenceOrderIsFlagThenEnvironmentThenConfiguration() throws {
        let tree = try TemporaryDirectory()
        let snapshot = PathlintBinary.packageRoot.appendingPathComponent("reference/snapshot").path
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\nreference: no-snapshot-here\n")
        let file = try tree.write("a.md", mismatchFile())
        let configured = try pathlint(["lint", file.path])
        #expect(configured.status == 2 && configured.err.contains("no-snapshot-here"), "\(configured)")
        let fromEnvironment = try pathlint(["lint", file.path], environment: ["PATHLINT_REFERENCE": snapshot])
        #expect(fromEnvironment.status == 1, "\(fromEnvironment)")
        let flag = try pathlint(["lint", file.path, "--reference", snapshot], environment: ["PATHLINT_REFERENCE": tree.url.path])
        #expect(flag.status == 1, "\(flag)")
        let badFlag = try pathlint(["lint", file.path, "--reference", tree.url.path], environment: ["PATHLINT_REFERENCE": snapshot])
        #expect(badFlag.status == 2 && badFlag.err.contains("\(tree.url.path) is not a pathlint reference snapshot"), "\(badFlag)")
    }

    @Test func explicitReferenceDirectoryIsUsed() throws {
        let snapshot = PathlintBinary.packageRoot.appendingPathComponent("reference/snapshot").path
        let run = try pathlint(["lint", brokenGenePairs, "--reference", snapshot])
        #expect(run.status == 1, "\(run)")
        #expect(run.out.contains("error[entrez-mismatch]"))
    }

    // MARK: - JSON

    @Test(arguments: [cleanExample, brokenGenePairs, brokenStructure, "examples/broken-yaml.md"])
    func jsonObjectsHaveExactlyTheDocumentedKeys(_ file: String) throws {
        let run = try pathlint(["lint", file, "--format", "json"])
        #expect(run.status == 0 || run.status == 1, "\(run)")
        let found = try diagnostics(run)
        #expect(!found.isEmpty)
        let diagnosticKeys: Set = ["path", "line", "column", "endLine", "endColumn", "severity", "rule", "message", "fixes"]
        let positionKeys = ["line", "column", "endLine", "endColumn"]
        for diagnostic in found {
            #expect(Set(diagnostic.keys) == diagnosticKeys, "\(diagnostic)")
            #expect(diagnostic["path"] as? String == file)
            for key in positionKeys {
                let value = try #require(diagnostic[key] as? Int, "\(key) in \(diagnostic)")
                #expect(value >= 1, "\(key) in \(diagnostic)")
            }
            #expect(["error", "warning", "info", "hint"].contains(diagnostic["severity"] as? String ?? ""))
            let rule = try #require(diagnostic["rule"] as? String)
            #expect(RuleRegistry.rule(rule) != nil, "unknown rule id \(rule)")
            #expect(!(diagnostic["message"] as? String ?? "").isEmpty)
            let fixes = try #require(diagnostic["fixes"] as? [[String: Any]], "\(diagnostic)")
            for fix in fixes {
                #expect(Set(fix.keys) == ["title", "safe", "edits"], "\(fix)")
                #expect(fix["title"] is String)
                #expect(fix["safe"] as? Bool != nil, "\(fix)")
                let edits = try #require(fix["edits"] as? [[String: Any]], "\(fix)")
                #expect(!edits.isEmpty)
                for edit in edits {
                    #expect(Set(edit.keys) == ["line", "column", "endLine", "endColumn", "newText"], "\(edit)")
                    for key in positionKeys {
                        #expect((edit[key] as? Int ?? 0) >= 1, "\(key) in \(edit)")
                    }
                    #expect(edit["newText"] is String)
                }
            }
        }
        if file == brokenGenePairs || file == brokenStructure {
            #expect(found.contains { !(($0["fixes"] as? [Any]) ?? []).isEmpty }, "some finding has a fix")
        }
    }

    @Test func jsonBooleansAreJSONBooleans() throws {
        // JSONSerialization maps both `true` and `1` to NSNumber; check the literal text.
        let run = try pathlint(["lint", brokenGenePairs, "--format", "json"])
        #expect(run.out.contains("\"safe\": true") || run.out.contains("\"safe\":true"))
        #expect(!run.out.contains("\"safe\": 1"))
    }

    @Test func entrezMismatchHasTheExactRangeOfTheValue() throws {
        let lines = try exampleLines(brokenGenePairs)
        let index = try #require(lines.firstIndex { $0.contains("entrez: '5605'") })
        let column = try codePointColumn(of: "'5605'", in: lines[index])
        #expect(column == 11)

        let run = try pathlint(["lint", brokenGenePairs, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        let mismatch = try #require(try diagnostics(run).first { $0["rule"] as? String == "entrez-mismatch" })
        #expect(mismatch["line"] as? Int == index + 1)
        #expect(mismatch["endLine"] as? Int == index + 1)
        #expect(mismatch["column"] as? Int == 11)
        #expect(mismatch["endColumn"] as? Int == 17)
        #expect(mismatch["severity"] as? String == "error")
        #expect((mismatch["message"] as? String ?? "").contains("5605"))
        let fix = try #require((mismatch["fixes"] as? [[String: Any]])?.first)
        let edit = try #require((fix["edits"] as? [[String: Any]])?.first)
        #expect(edit["line"] as? Int == index + 1)
        #expect(edit["column"] as? Int == 11)
        #expect(edit["endColumn"] as? Int == 17)
        #expect((edit["newText"] as? String ?? "").contains("5604"))
    }

    @Test func emptyResultIsAnEmptyJSONArray() throws {
        let run = try pathlint(["lint", cleanExample, "--format", "json", "--select", "entrez-mismatch"])
        #expect(run.status == 0, "\(run)")
        #expect(try diagnostics(run).isEmpty)
    }

    // MARK: - Columns in code points, standard input

    @Test func columnsCountCodePointsAfterNonASCIIText() throws {
        let geneLine = "- {word: 'TNF–α 😀', symbol: TNF, source: hgnc_symbol, hgnc_symbol: TNF, entrez: '7125'}"
        let document = annotation(geneLine: geneLine)
        let lineNumber = try #require(document.components(separatedBy: "\n").firstIndex(of: geneLine)) + 1
        let column = try codePointColumn(of: "'7125'", in: geneLine)
        // The test only means something if bytes, UTF-16 units and code points disagree.
        let prefix = geneLine[..<geneLine.range(of: "'7125'")!.lowerBound]
        #expect(prefix.utf8.count + 1 != column)
        #expect(prefix.utf16.count + 1 != column)

        let run = try pathlint(["lint", "-", "--stdin-filename", "x.md", "--format", "json"], stdin: Data(document.utf8))
        #expect(run.status == 1, "\(run)")
        let found = try diagnostics(run)
        let mismatch = try #require(found.first { $0["rule"] as? String == "entrez-mismatch" }, "\(run)")
        #expect(mismatch["path"] as? String == "x.md")
        #expect(mismatch["line"] as? Int == lineNumber)
        #expect(mismatch["column"] as? Int == column)
        #expect(mismatch["endLine"] as? Int == lineNumber)
        #expect(mismatch["endColumn"] as? Int == column + "'7125'".unicodeScalars.count)
        let edit = try #require(((mismatch["fixes"] as? [[String: Any]])?.first?["edits"] as? [[String: Any]])?.first)
        #expect(edit["column"] as? Int == column)

        // The text format reports the same position, and the carets sit under the value.
        let text = try pathlint(["lint", "-", "--stdin-filename", "x.md", "--select", "entrez-mismatch"],
                                stdin: Data(document.utf8))
        #expect(text.status == 1)
        #expect(text.out.contains("x.md:\(lineNumber):\(column): error[entrez-mismatch]"), "\(text)")
        let caretLine = try #require(text.out.components(separatedBy: "\n").first { $0.hasSuffix("^^^^^^") && $0.contains("|") })
        let gutter = "\(lineNumber) | "
        #expect(caretLine.unicodeScalars.count - gutter.unicodeScalars.count == column - 1 + 6, "\(caretLine)")
    }

    @Test func columnsAfterNonASCIIInAFlowSequenceKey() throws {
        // The value of a later key on a line that starts with astral-plane characters.
        let geneLine = "- {word: '𝛼𝛽𝛾 α', symbol: MAP2K1, source: hgnc_symbol, hgnc_symbol: MAP2K1, entrez: '5605'}"
        let document = annotation(geneLine: geneLine, caption: "𝛼 → 𝛽")
        let lineNumber = try #require(document.components(separatedBy: "\n").firstIndex(of: geneLine)) + 1
        let column = try codePointColumn(of: "'5605'", in: geneLine)
        let run = try pathlint(["lint", "-", "--stdin-filename", "y.md", "--format", "json"], stdin: Data(document.utf8))
        let mismatch = try #require(try diagnostics(run).first { $0["rule"] as? String == "entrez-mismatch" }, "\(run)")
        #expect(mismatch["line"] as? Int == lineNumber)
        #expect(mismatch["column"] as? Int == column)
        #expect(mismatch["endColumn"] as? Int == column + 6)
    }

    @Test func standardInputWithoutAFileNameIsReportedAsStdin() throws {
        let bytes = try Data(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(brokenGenePairs))
        let run = try pathlint(["lint", "-"], stdin: bytes)
        #expect(run.status == 1, "\(run)")
        #expect(run.out.contains("<stdin>:"), "\(run)")
        let named = try pathlint(["lint", "-", "--stdin-filename", "some/where.md"], stdin: bytes)
        #expect(named.out.contains("some/where.md:72:11: error[entrez-mismatch]"), "\(named)")
    }

    // MARK: - Text output

    @Test func textOutputHasHeaderCaretsAndSummaryWithoutColourWhenNotATerminal() throws {
        let run = try pathlint(["lint", brokenGenePairs])
        #expect(run.status == 1)
        #expect(!run.out.contains("\u{1B}["), "no ANSI escapes when stdout is not a terminal")
        let lines = run.out.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("\(brokenGenePairs):72:11: error[entrez-mismatch] ") }, "\(run)")
        #expect(lines[header].contains("entrez 5605 is not the Entrez ID of MAP2K1 (5604)"))
        #expect(lines[header + 1] == "   |")
        #expect(lines[header + 2] == "72 |   entrez: '5605'")
        #expect(lines[header + 3] == "   |           ^^^^^^")
        #expect(lines[header + 4].hasPrefix("   = fix (safe): "))

        // Every finding's header is `path:line:col: severity[rule] message`, and they agree
        // with the JSON output one for one.
        let pattern = try NSRegularExpression(pattern: #"^(.+):(\d+):(\d+): (error|warning|info|hint)\[([a-z0-9-]+)\] (.+)$"#)
        let headers: [(line: Int, column: Int, severity: String, rule: String)] = lines.compactMap { line in
            guard let match = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else { return nil }
            func group(_ i: Int) -> String { String(line[Range(match.range(at: i), in: line)!]) }
            guard group(1) == brokenGenePairs else { return nil }
            return (Int(group(2))!, Int(group(3))!, group(4), group(5))
        }
        let json = try diagnostics(try pathlint(["lint", brokenGenePairs, "--format", "json"]))
        #expect(headers.count == json.count)
        for (header, object) in zip(headers, json) {
            #expect(header.line == object["line"] as? Int)
            #expect(header.column == object["column"] as? Int)
            #expect(header.severity == object["severity"] as? String)
            #expect(header.rule == object["rule"] as? String)
        }

        let summary = try #require(lines.last { !$0.isEmpty })
        let errors = json.filter { $0["severity"] as? String == "error" }.count
        #expect(summary.hasPrefix("Found \(errors) errors"), "\(summary)")
        #expect(summary.contains("in 1 of 1 file checked"), "\(summary)")
    }

    @Test func controlCharactersFromTheFileNeverReachTheTerminal() throws {
        // A double-quoted scalar may hold any character through escapes: here ESC (which
        // would start a colour sequence), CR (which would hide the line's start), BEL and a
        // right-to-left override. The file-name finding quotes the figid in its message.
        // A raw ESC is a syntax error, whose source line shows it.
        let directory = try TemporaryDirectory()
        let escaped = try directory.write("x.md", "---\nfigid: \"a\\e[31mRED\\rX\\a\\u202Ez\"\n---\n")
        let raw = try directory.write("y.md", "---\nfigid: a\u{1B}[31mRED\n---\n")
        let run = try pathlint(["lint", escaped.path, raw.path, "--select", "file-name-mismatch,yaml-syntax"])
        let printed = run.out.unicodeScalars
        #expect(!printed.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" },
                "\(run)")
        #expect(run.out.contains("should be `a\u{241B}[31mRED\u{240D}X\u{2407}\u{FFFD}z.md`"), "\(run)")
        // One stand-in per character: the caret still sits under the ESC.
        let lines = run.out.components(separatedBy: "\n")
        let source = try #require(lines.firstIndex { $0.hasPrefix("2 | figid: a") && $0.contains("RED") && !$0.contains("\"") },
                                  "\(run)")
        #expect(lines[source] == "2 | figid: a\u{241B}[31mRED", "\(run)")
        #expect(lines[source + 1] == "  | " + String(repeating: " ", count: "figid: a".count) + "^", "\(run)")
    }

    @Test func summaryLineForACleanRunAndForQuiet() throws {
        let clean = try pathlint(["lint", cleanExample, "--select", "entrez-mismatch"])
        #expect(clean.status == 0)
        #expect(clean.out == "All checks passed (1 file checked).\n", "\(clean)")

        // `PTB` there is IRS-1's phosphotyrosine-binding domain, not PTBP2: not-a-gene-word
        // reports it, and false-match's finding on the same entry gives way (RulePrecedence).
        let warning = try pathlint(["lint", cleanExample])
        // Its one fix is unsafe: plain --fix would not apply it.
        #expect(warning.out.hasSuffix("Found 1 warning in 1 of 1 file checked; 1 fixable with --fix --unsafe-fixes.\n"),
                "\(warning)")
        let safe = try pathlint(["lint", brokenGenePairs, "--select", "entrez-mismatch,field-type"])
        #expect(safe.out.hasSuffix("; 2 fixable with --fix.\n"), "\(safe)")
        let both = try pathlint(["lint", "examples/"])
        #expect(both.out.range(of: #"; \d+ fixable with --fix \(\d+ more with --unsafe-fixes\)\.\n$"#, options: .regularExpression) != nil,
                "\(both)")

        let quiet = try pathlint(["lint", brokenGenePairs, "-q"])
        #expect(quiet.status == 1)
        let quietLines = quiet.out.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(quietLines.count == 1, "\(quiet)")
        #expect(quietLines.first?.hasPrefix("Found ") == true)
    }

    @Test func colourWhenAskedAndNotWhenRefused() throws {
        let coloured = try pathlint(["lint", brokenGenePairs, "--color"])
        #expect(coloured.status == 1)
        #expect(coloured.out.contains("\u{1B}[31merror\u{1B}[0m"), "\(coloured)")
        #expect(coloured.out.contains("\u{1B}[0m"))

        let refused = try pathlint(["lint", brokenGenePairs, "--no-color"])
        #expect(!refused.out.contains("\u{1B}["))

        let noColorEnvironment = try pathlint(["lint", brokenGenePairs], environment: ["NO_COLOR": "1"])
        #expect(!noColorEnvironment.out.contains("\u{1B}["))

        // JSON is never coloured.
        let json = try pathlint(["lint", brokenGenePairs, "--format", "json", "--color"])
        #expect(!json.out.contains("\u{1B}["))
        _ = try diagnostics(json)
    }

    // MARK: - rules, explain

    @Test func rulesListsEveryRuleInRegistryOrder() throws {
        let run = try pathlint(["rules"])
        #expect(run.status == 0, "\(run)")
        let sections = run.out.components(separatedBy: "\n\n")
        #expect(sections.count == 2, "\(run)")
        let lines = sections[0].components(separatedBy: "\n").filter { !$0.isEmpty }
        let ids = lines.map { String($0.prefix { $0 != " " }) }
        #expect(ids == RuleRegistry.all.map(\.id))
        // Then every old id and the rule it names now.
        let aliases = sections.last?.components(separatedBy: "\n").dropFirst().filter { !$0.isEmpty } ?? []
        #expect(aliases == RuleRegistry.aliases.sorted { $0.key < $1.key }.map { "  \($0.key) -> \($0.value)" })
        #expect(aliases.contains("  sidecar-entrez-mismatch -> entrez-mismatch"))
        for (line, rule) in zip(lines, RuleRegistry.all) {
            #expect(line.contains(rule.defaultSeverity.rawValue), "\(line)")
            #expect(line.hasSuffix(rule.summary), "\(line)")
        }
    }

    @Test func explainPrintsTheRulesDocumentation() throws {
        let run = try pathlint(["explain", "entrez-mismatch"])
        #expect(run.status == 0, "\(run)")
        let rule = try #require(RuleRegistry.rule("entrez-mismatch"))
        #expect(run.out.hasPrefix("# entrez-mismatch (error)"), "\(run)")
        #expect(run.out.contains(rule.summary))
        #expect(run.out.contains(rule.documentation))
        for section in ["## What it checks", "## Why it matters", "## Example", "## Fix"] {
            #expect(run.out.contains(section))
        }
    }

    @Test func explainAcceptsAnOldIdAndSaysWhichRuleItNames() throws {
        let run = try pathlint(["explain", "sidecar-entrez-mismatch"])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.hasPrefix("`sidecar-entrez-mismatch` is an old id of `entrez-mismatch`"), "\(run)")
        #expect(run.out.contains("# entrez-mismatch (error)"))
        #expect(try pathlint(["explain", "entrez-mismatch"]).out.contains("Also accepted under its old ids: `sidecar-entrez-mismatch`."))
        #expect(try pathlint(["explain", "no-such-rule"]).status != 0)
    }

    @Test(arguments: RuleRegistry.all.map(\.id))
    func everyRuleCanBeExplained(_ id: String) throws {
        let run = try pathlint(["explain", id])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.hasPrefix("# \(id) "))
    }

    @Test func explainUnknownRuleExitsTwo() throws {
        let run = try pathlint(["explain", "nope"])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains("nope"), "\(run)")
        #expect(run.out.isEmpty)
    }

    // MARK: - Bad input never crashes

    static let hostileInputs: [(name: String, bytes: [UInt8])] = {
        var inputs: [(String, [UInt8])] = []
        inputs.append(("empty", []))
        inputs.append(("no-front-matter", Array("# Just a heading\n\nSome text, no front matter.\n".utf8)))
        inputs.append(("unterminated-front-matter", Array("---\nfigid: PMC1__f1\npmcid: PMC1\ngenes:\n- word: x\n".utf8)))
        inputs.append(("only-opening-delimiter", Array("---".utf8)))
        inputs.append(("empty-front-matter", Array("---\n---\n".utf8)))
        inputs.append(("invalid-utf8", Array("---\nfigid: ".utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82] + Array("\npmcid: PMC1\n---\n".utf8)))
        inputs.append(("invalid-utf8-lone-continuation", [0x80, 0x80, 0x0A, 0xC0, 0xAF] + Array("\n---\n".utf8)))
        inputs.append(("nul-bytes", Array("---\nfigid: a\u{0}b\n---\n".utf8)))
        inputs.append(("bom-crlf", [0xEF, 0xBB, 0xBF] + Array("---\r\nfigid: x\r\n---\r\n".utf8)))
        // Deterministic pseudo-random bytes (a fixed LCG), 64 KiB.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let garbage: [UInt8] = (0..<65_536).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        inputs.append(("binary-garbage", garbage))
        inputs.append(("binary-garbage-in-front-matter", Array("---\n".utf8) + garbage.prefix(4096) + Array("\n---\n".utf8)))
        let depth = 100_000
        inputs.append(("deep-flow-sequences", Array("---\nx: ".utf8) + [UInt8](repeating: UInt8(ascii: "["), count: depth) + Array("\n---\n".utf8)))
        inputs.append(("deep-flow-mappings", Array("---\nx: ".utf8) + Array(String(repeating: "{a: ", count: depth).utf8) + Array("\n---\n".utf8)))
        inputs.append(("deep-block-sequences", Array("---\nx:\n".utf8) + Array((0..<2_000).map { String(repeating: " ", count: $0) + "-\n" }.joined().utf8) + Array("---\n".utf8)))
        var laughs = "---\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            laughs += "lol\(level): &lol\(level) [" + Array(repeating: "*lol\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        laughs += "genes: *lol9\nchemicals: *lol9\n---\n"
        inputs.append(("billion-laughs", Array(laughs.utf8)))
        inputs.append(("undefined-alias", Array("---\nfigid: *nothing\ngenes: [*x, *y]\n---\n".utf8)))
        inputs.append(("long-line", Array("---\nfigid: \(String(repeating: "α😀", count: 200_000))\n---\n".utf8)))
        inputs.append(("many-keys", Array(("---\n" + (0..<20_000).map { "k\($0): v\n" }.joined() + "---\n").utf8)))
        inputs.append(("genes-wrong-shapes", Array("---\nfigid: x\npmcid: x\nfilename: x\nfiglink: x\ngenes: [1, [2], {word: [3]}, ~, {entrez: {a: b}, hgnc_symbol: [x]}]\nchemicals: {a: 1}\ndiseases: 7\n---\n".utf8)))
        return inputs
    }()

    @Test(arguments: hostileInputs.map(\.name))
    func hostileFileNeverCrashes(_ name: String) throws {
        let bytes = try #require(Self.hostileInputs.first { $0.name == name }?.bytes)
        let directory = try TemporaryDirectory()
        for fileName in ["\(name).md", "\(name).yaml"] {
            let file = try directory.write(fileName, Data(bytes))
            for format in ["text", "json"] {
                let run = try pathlint(["lint", file.path, "--format", format])
                #expect(run.exitedCleanly, "\(fileName) --format \(format): \(run)")
                if format == "json" && run.exitedCleanly {
                    #expect(throws: Never.self, "\(fileName): JSON output parses") { _ = try JSONSerialization.jsonObject(with: run.stdout) }
                }
            }
        }
        let fromStdin = try pathlint(["lint", "-", "--stdin-filename", "\(name).md"], stdin: Data(bytes))
        #expect(fromStdin.exitedCleanly, "stdin: \(fromStdin)")
    }

    @Test func badStructureIsReportedNotIgnored() throws {
        // The hostile inputs that cannot be a valid annotation must produce an error, not silence.
        for name in ["empty", "no-front-matter", "unterminated-front-matter", "invalid-utf8", "binary-garbage",
                     "deep-flow-sequences", "billion-laughs"] {
            let bytes = try #require(Self.hostileInputs.first { $0.name == name }?.bytes)
            let run = try pathlint(["lint", "-", "--stdin-filename", "\(name).md"], stdin: Data(bytes))
            #expect(run.status == 1, "\(name): \(run)")
        }
    }

    // MARK: - Directories

    @Test func directoryArgumentRecursesIntoAnnotationFilesOnly() throws {
        let directory = try TemporaryDirectory()
        // Every annotation file below has at least one finding, so it shows up in the JSON.
        let noFrontMatter = "# no front matter here\n"
        let yamlMissingFields = "figid: PMC1__f1\n"
        try directory.write("a.md", noFrontMatter)
        try directory.write("sub/b.yaml", yamlMissingFields)
        try directory.write("sub/deeper/c.yml", yamlMissingFields)
        try directory.write("sub/deeper/deepest/d.md", noFrontMatter)
        // Not annotation files: must be ignored even though they would have findings.
        try directory.write("notes.txt", noFrontMatter)
        try directory.write("sub/e.md.bak", noFrontMatter)
        try directory.write("sub/deeper/f.json", "{}")
        try directory.write("sub/README", noFrontMatter)
        try directory.write("sub/yaml", yamlMissingFields)
        try directory.write("sub/g.markdown", noFrontMatter)

        let run = try pathlint(["lint", directory.url.path, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        let paths = Set(try diagnostics(run).compactMap { $0["path"] as? String })
        let root = directory.url.path.hasSuffix("/") ? directory.url.path : directory.url.path + "/"
        let relative = Set(paths.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 })
        #expect(relative == ["a.md", "sub/b.yaml", "sub/deeper/c.yml", "sub/deeper/deepest/d.md"], "\(paths)")

        let text = try pathlint(["lint", directory.url.path])
        #expect(text.out.contains("4 of 4 files checked"), "\(text)")
    }

    @Test func directoryWalkSkipsFIFOsAndLinksToDirectories() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a.md", "# no front matter here\n")
        // Reading a FIFO blocks until someone writes to it: a walk must not open one.
        #expect(mkfifo(directory.url.appendingPathComponent("pipe.md").path, 0o600) == 0)
        // A link to a directory, named like an annotation file, is neither read nor entered.
        try FileManager.default.createSymbolicLink(atPath: directory.url.appendingPathComponent("loop.md").path,
                                                   withDestinationPath: directory.url.path)
        let run = try pathlint(["lint", directory.url.path, "--format", "json"], timeout: 30)
        #expect(!run.timedOut && run.status == 1, "\(run)")
        let paths = Set(try diagnostics(run).compactMap { $0["path"] as? String })
        #expect(paths == [directory.url.appendingPathComponent("a.md").path], "\(paths)")
        #expect(run.err.isEmpty, "\(run)")
    }

    @Test func anUnreadableDirectoryIsReportedAndTheWalkGoesOn() throws {
        // A directory whose path is longer than PATH_MAX cannot be opened, even by root
        // (who can read any mode): made a level at a time with relative paths (`cd -P`:
        // dash's logical cd fails past PATH_MAX).
        let directory = try TemporaryDirectory()
        try directory.write("a.md", "# no front matter here\n")
        let level = String(repeating: "d", count: 200)
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/bin/sh")
        make.arguments = ["-c", "cd \"$1\" && for i in $(seq 1 25); do mkdir \(level) && cd -P \(level) || exit 1; done", "sh",
                          directory.url.appendingPathComponent("deep").path]
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("deep"), withIntermediateDirectories: true)
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        defer {  // FileManager cannot remove what it cannot name
            let remove = Process()
            remove.executableURL = URL(fileURLWithPath: "/bin/rm")
            remove.arguments = ["-rf", directory.url.appendingPathComponent("deep").path]
            try? remove.run()
            remove.waitUntilExit()
        }
        let run = try pathlint(["lint", directory.url.path, "--format", "json"])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains("File name too long"), "\(run)")
        let paths = try diagnostics(run).compactMap { $0["path"] as? String }
        #expect(paths == [directory.url.appendingPathComponent("a.md").path], "the rest of the walk is linted: \(run)")
    }

    @Test func aFileNamedByTwoPathsIsLintedOnce() throws {
        // A link and its target, and a relative and an absolute path: one file, one lint.
        // Linted twice, it would report its own figid as a duplicate (an error) and
        // --fix would write it twice.
        let directory = try TemporaryDirectory()
        let file = try directory.write("figures/PMC0000003__fig1.md", annotation(geneLine: "- word: TP53\n  symbol: TP53\n  source: hgnc_symbol\n  hgnc_symbol: TP53\n  entrez: '7157'"))
        try FileManager.default.createSymbolicLink(atPath: directory.url.appendingPathComponent("figures/link.md").path,
                                                   withDestinationPath: "PMC0000003__fig1.md")
        let run = try pathlint(["lint", directory.url.appendingPathComponent("figures").path, file.path,
                                directory.url.appendingPathComponent("figures/../figures/link.md").path, "--format", "json"])
        let found = try diagnostics(run)
        #expect(!found.contains { $0["rule"] as? String == "duplicate-figid" }, "\(run)")
        let text = try pathlint(["lint", directory.url.appendingPathComponent("figures").path, file.path])
        #expect(text.out.contains(" of 1 file checked") || text.out.contains("(1 file checked)"), "\(text)")
    }

    @Test func aDeviceThatNeverEndsIsRefusedNotReadIntoMemory() throws {
        let run = try pathlint(["lint", "/dev/zero"], timeout: 60)
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains("/dev/zero: larger than 256 MiB"), "\(run)")
    }

    @Test func emptyDirectoryChecksNothingAndPasses() throws {
        let directory = try TemporaryDirectory()
        try directory.write("ignored.txt", "nothing to see")
        let run = try pathlint(["lint", directory.url.path])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.contains("0 files checked"), "\(run)")
    }

    @Test func examplesDirectoryLintsEveryExample() throws {
        let run = try pathlint(["lint", "examples", "--format", "json"])
        #expect(run.status == 1, "\(run)")
        let paths = Set(try diagnostics(run).compactMap { $0["path"] as? String })
        let root = PathlintBinary.packageRoot.appendingPathComponent("examples")
        let expected = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            // The current-layout figure is clean; its genes table is not.
            .filter { ($0.hasSuffix(".md") && !$0.hasPrefix("sidecar/_figures/")) || $0.hasSuffix("-genes.tsv") }
            .map { "examples/" + $0 }
        #expect(paths == Set(expected), "\(paths)")
    }
}

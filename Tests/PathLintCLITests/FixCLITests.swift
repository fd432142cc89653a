// `pathlint lint --fix / --unsafe-fixes / --diff`, end to end on temporary copies of the
// examples (the helpers `pathlint`, `TemporaryDirectory`, `PathlintBinary` are in
// CLITests.swift).

import Foundation
import Testing
@testable import PathLintCore

private func example(_ relativePath: String) throws -> Data {
    try Data(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(relativePath))
}

private func permissions(_ url: URL) throws -> Int {
    try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
}

private func inode(_ url: URL) throws -> UInt64 {
    let number = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber]
    return try #require((number as? NSNumber)?.uint64Value)
}

private func contents(_ directory: TemporaryDirectory) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
}

private func matches(_ text: String, _ pattern: String) -> Bool {
    text.range(of: pattern, options: .regularExpression) != nil
}

@Suite struct FixCLITests {
    @Test func fixRewritesTheFileKeepsItsModeAndASecondRunChangesNothing() throws {
        let directory = try TemporaryDirectory()
        let original = try example(brokenGenePairs)
        let file = try directory.write("broken-gene-pairs.md", original)
        guard chmod(file.path, 0o640) == 0 else { Issue.record("chmod failed"); return }

        let run = try pathlint(["lint", "--fix", file.path])
        // The unknown MeSH ID has no fix: an error remains.
        #expect(run.status == 1, "\(run)")
        #expect(matches(run.out, #"Fixed [0-9]+ findings in 1 file; [0-9]+ remains?\."#), "\(run)")
        let fixed = try Data(contentsOf: file)
        #expect(fixed != original)
        let text = String(decoding: fixed, as: UTF8.self)
        #expect(text.contains("  entrez: '3553'"))
        #expect(text.contains("# Deliberate errors"), "comments are kept")
        #expect(try permissions(file) == 0o640)
        #expect(try contents(directory) == ["broken-gene-pairs.md"], "a temporary file was left behind")
        // The findings printed are the ones that remain.
        #expect(!run.out.contains("error[entrez-mismatch]"), "\(run)")
        #expect(run.out.contains("error[unknown-mesh-id]"), "\(run)")

        let again = try pathlint(["lint", "--fix", file.path])
        #expect(again.status == 1, "\(again)")
        #expect(again.out.contains("No fixes applied"), "\(again)")
        #expect(try Data(contentsOf: file) == fixed)
        #expect(try contents(directory) == ["broken-gene-pairs.md"])
    }

    @Test func diffPrintsAUnifiedDiffAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let original = try example(brokenGenePairs)
        let file = try directory.write("g.md", original)
        let before = try inode(file)

        let run = try pathlint(["lint", "--diff", file.path])
        let path = file.path.hasPrefix("/") ? String(file.path.dropFirst()) : file.path
        #expect(run.out.hasPrefix("--- a/\(path)\n+++ b/\(path)\n@@ -"), "\(run)")
        #expect(run.out.contains("\n-  entrez: '5605'\n+  entrez: '5604'\n"), "\(run)")
        #expect(run.out.contains("\n-  entrez: 3553\n+  entrez: '3553'\n"), "\(run)")
        // stdout holds only the diff; the summary is on stderr.
        #expect(!run.out.contains("error["))
        #expect(run.err.contains("Would fix"), "\(run)")
        #expect(try Data(contentsOf: file) == original)
        #expect(try inode(file) == before)
        #expect(try contents(directory) == ["g.md"])

        // The exit status is the one --fix gives.
        let copy = try directory.write("h.md", original)
        let fix = try pathlint(["lint", "--fix", copy.path])
        #expect(run.status == fix.status, "\(run)\n\(fix)")

        // --diff wins over --fix.
        let both = try pathlint(["lint", "--diff", "--fix", file.path])
        #expect(both.out.hasPrefix("--- a/"), "\(both)")
        #expect(try Data(contentsOf: file) == original)

        // The diff applies: patching the original gives what --fix writes.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") {
            let patched = try directory.write("p.md", original)
            let diffFile = try directory.write("d.diff", run.stdout)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
            process.arguments = ["-s", patched.path, diffFile.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(try Data(contentsOf: patched) == Data(contentsOf: copy))
        }
    }

    @Test func aFileThatDoesNotParseIsNeverRewritten() throws {
        let directory = try TemporaryDirectory()
        let original = try example("examples/broken-yaml.md")
        let file = try directory.write("broken-yaml.md", original)
        let before = try inode(file)
        for arguments in [["--fix"], ["--fix", "--unsafe-fixes"], ["--diff", "--unsafe-fixes"]] {
            let run = try pathlint(["lint"] + arguments + [file.path])
            #expect(run.status == 1, "\(run)")
            #expect(try Data(contentsOf: file) == original)
            #expect(try inode(file) == before, "the file was replaced")
            if arguments.contains("--diff") {
                #expect(run.out.isEmpty, "\(run)")
            } else {
                #expect(run.out.contains("error[yaml-syntax]"), "\(run)")
                #expect(run.out.contains("not parse"), "\(run)")
            }
        }
        #expect(try contents(directory) == ["broken-yaml.md"])
    }

    @Test func unsafeFixesAloneChangesNothing() throws {
        let directory = try TemporaryDirectory()
        let original = try example(brokenGenePairs)
        let file = try directory.write("g.md", original)
        let plain = try pathlint(["lint", file.path])
        let unsafe = try pathlint(["lint", "--unsafe-fixes", file.path])
        #expect(unsafe.status == plain.status)
        #expect(unsafe.out == plain.out)
        #expect(try Data(contentsOf: file) == original)
    }

    @Test func unsafeFixesAddTheUnsafeOnes() throws {
        let directory = try TemporaryDirectory()
        let original = try example(brokenStructure)
        let safe = try directory.write("safe.md", original)
        let unsafe = try directory.write("unsafe.md", original)
        _ = try pathlint(["lint", "--fix", safe.path])
        _ = try pathlint(["lint", "--fix", "--unsafe-fixes", unsafe.path])
        let safeText = String(decoding: try Data(contentsOf: safe), as: UTF8.self)
        let unsafeText = String(decoding: try Data(contentsOf: unsafe), as: UTF8.self)
        // entrez-mismatch on `p65` offers only an unsafe fix (5971 → 5970).
        #expect(safeText.contains("entrez: '5971'"))
        #expect(!unsafeText.contains("entrez: '5971'"))
        #expect(unsafeText.contains("entrez: '5970'\n  entrez: '5970'"))
    }

    @Test func standardInputWithFixPrintsTheFixedText() throws {
        let original = try example(brokenGenePairs)
        let run = try pathlint(["lint", "--fix", "-", "--stdin-filename", "x.md"], stdin: original)
        #expect(run.status == 1, "\(run)")
        // stdout: exactly what --fix writes to a file; the report is on stderr.
        let directory = try TemporaryDirectory()
        let file = try directory.write("x.md", original)
        _ = try pathlint(["lint", "--fix", file.path])
        #expect(run.stdout == (try Data(contentsOf: file)), "\(run)")
        #expect(run.err.contains("x.md:"), "\(run)")
        #expect(run.err.contains("Fixed"), "\(run)")

        // Nothing to fix, or a file that does not parse: the input comes back unchanged.
        let broken = try example("examples/broken-yaml.md")
        let unchanged = try pathlint(["lint", "--fix", "-"], stdin: broken)
        #expect(unchanged.stdout == broken, "\(unchanged)")
        #expect(unchanged.err.contains("error[yaml-syntax]"), "\(unchanged)")

        let diff = try pathlint(["lint", "--diff", "-", "--stdin-filename", "x.md"], stdin: original)
        #expect(diff.out.hasPrefix("--- a/x.md\n+++ b/x.md\n"), "\(diff)")
    }

    @Test func jsonOutputStaysJSONWithFix() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("g.md", try example(brokenGenePairs))
        let run = try pathlint(["lint", "--fix", "--format", "json", file.path])
        #expect(run.status == 1, "\(run)")
        let parsed = try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]]
        let found = try #require(parsed, "\(run)")
        #expect(!found.contains { $0["rule"] as? String == "entrez-mismatch" })
        #expect(run.err.contains("Fixed"), "\(run)")
    }

    @Test func aFileThatCannotBeWrittenExitsTwoAndIsLeftAsItWas() throws {
        // Root may write anywhere: the test needs an ordinary user.
        guard geteuid() != 0 else { return }
        let directory = try TemporaryDirectory()
        let original = try example(brokenGenePairs)
        let file = try directory.write("g.md", original)
        chmod(directory.url.path, 0o555)
        defer { chmod(directory.url.path, 0o755) }
        let run = try pathlint(["lint", "--fix", file.path])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains(file.path), "\(run)")
        #expect(try Data(contentsOf: file) == original)
        #expect(try contents(directory) == ["g.md"])
    }
}

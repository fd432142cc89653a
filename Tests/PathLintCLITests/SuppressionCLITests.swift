// `pathlint lint --add-suppressions` and the generated rule pages (`docs/rules`), end to
// end (the helpers `pathlint`, `TemporaryDirectory`, `PathlintBinary` are in CLITests.swift).

import Foundation
import Testing
@testable import PathLintCore

@Suite struct SuppressionCLITests {
    @Test func addSuppressionsSilencesEveryFindingAndASecondRunChangesNothing() throws {
        let directory = try TemporaryDirectory()
        let original = try Data(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(brokenGenePairs))
        let file = try directory.write("broken-gene-pairs.md", original)
        let before = try pathlint(["lint", "--format", "json", file.path])
        #expect(before.status == 1, "\(before)")

        let run = try pathlint(["lint", "--add-suppressions", file.path])
        #expect(run.status == 0, "\(run)")
        #expect(run.err.contains("Suppressed "), "\(run)")
        let written = try Data(contentsOf: file)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains("# pathlint: disable=entrez-mismatch"), "\(text)")
        #expect(text.contains("# Deliberate errors"), "comments are kept")
        // Nothing left, and no comment is unused.
        let after = try pathlint(["lint", "--report-unused-suppressions", file.path])
        #expect(after.status == 0, "\(after)")
        #expect(!after.out.contains("warning["), "\(after)")
        #expect(!after.out.contains("error["), "\(after)")

        let again = try pathlint(["lint", "--add-suppressions", file.path])
        #expect(again.status == 0, "\(again)")
        #expect(again.err.contains("Suppressed 0 findings in 0 files."), "\(again)")
        #expect(try Data(contentsOf: file) == written)
    }

    @Test func addSuppressionsRefusesStandardInputAndFix() throws {
        let stdin = try pathlint(["lint", "--add-suppressions", "-"], stdin: Data("---\nfigid: x\n---\n".utf8))
        #expect(stdin.status == 2, "\(stdin)")
        let fix = try pathlint(["lint", "--add-suppressions", "--fix", brokenGenePairs])
        #expect(fix.status == 2, "\(fix)")
    }

    /// docs/rules holds what `pathlint explain --all --markdown-dir` writes, page for page:
    /// regenerate it after changing a rule's documentation.
    @Test func ruleDocsAreWhatTheGeneratorWrites() throws {
        let directory = try TemporaryDirectory()
        let run = try pathlint(["explain", "--all", "--markdown-dir", directory.url.path])
        #expect(run.status == 0, "\(run)")
        let committed = PathlintBinary.packageRoot.appendingPathComponent("docs/rules")
        let generated = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: committed.path)) ?? []).sorted()
        #expect(generated == RuleRegistry.all.map { $0.id + ".md" }.sorted())
        #expect(present == generated, "docs/rules is stale: run `pathlint explain --all --markdown-dir docs/rules`")
        for name in generated {
            let want = try Data(contentsOf: directory.url.appendingPathComponent(name))
            let have = try? Data(contentsOf: committed.appendingPathComponent(name))
            #expect(have == want, "docs/rules/\(name) is stale: run `pathlint explain --all --markdown-dir docs/rules`")
        }
    }
}

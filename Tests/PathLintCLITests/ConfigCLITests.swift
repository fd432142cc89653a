// `.pathlint.yaml` discovery, `--config`, `--select` over a config, include/exclude on a
// directory walk, severity overrides and suppressions, through the built executable.

import Foundation
import Testing
@testable import PathLintCore

/// A file with one `entrez-mismatch` error (5605 is MAP2K2's Entrez ID, not MAP2K1's) and
/// nothing else wrong except the hint-level and warning-level findings the selection drops.
func mismatchFile(entrezTail: String = "") -> String {
    """
    ---
    figid: PMC0000003__fig1
    pmcid: PMC0000003
    filename: fig1.jpg
    figlink: /pmc/articles/PMC0000003/figure/F1/
    genes:
    - word: MEK1
      symbol: MAP2K1
      source: hgnc_symbol
      hgnc_symbol: MAP2K1
      entrez: '5605'\(entrezTail)
    ---

    """
}

/// The rule ids of a `--format json` run, in output order.
func ruleIDs(_ run: Run) throws -> [String] {
    try diagnostics(run).compactMap { $0["rule"] as? String }
}

/// Paths (as printed) of the files a `--format json` run reported on.
func reportedPaths(_ run: Run) throws -> Set<String> {
    Set(try diagnostics(run).compactMap { $0["path"] as? String })
}

@Suite struct ConfigCLITests {
    @Test func theFixtureHasAnEntrezMismatch() throws {
        let tree = try TemporaryDirectory()
        let file = try tree.write("a.md", mismatchFile())
        let run = try pathlint(["lint", file.path, "--select", "entrez-mismatch", "--format", "json"])
        #expect(run.status == 1, "\(run)")
        #expect(try ruleIDs(run) == ["entrez-mismatch"])
    }

    @Test func configIsFoundByWalkingUpAndTheNearestWins() throws {
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\n")
        try tree.write("sub/deeper/.pathlint.yaml", "select: [entrez-mismatch]\nignore: [entrez-mismatch]\n")
        let top = try tree.write("a.md", mismatchFile())
        let middle = try tree.write("sub/b.md", mismatchFile())
        let inner = try tree.write("sub/deeper/more/c.md", mismatchFile())

        // The top config (two levels up for b.md) selects only entrez-mismatch.
        let run = try pathlint(["lint", top.path, middle.path, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        #expect(try ruleIDs(run) == ["entrez-mismatch", "entrez-mismatch"])
        // c.md's nearest config ignores it.
        let nearest = try pathlint(["lint", inner.path, "--format", "json"])
        #expect(nearest.status == 0, "\(nearest)")
        #expect(try ruleIDs(nearest).isEmpty)
        // A relative path from the package root is resolved the same way.
        let relative = try pathlint(["lint", "--format", "json", relativePath(inner)])
        #expect(relative.status == 0, "\(relative)")
    }

    @Test func explicitConfigOverridesDiscovery() throws {
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "ignore: [entrez-mismatch]\n")
        let file = try tree.write("a.md", mismatchFile())
        let other = try TemporaryDirectory()
        let config = try other.write("strict.yaml", "select: [entrez-mismatch]\n")
        #expect(try pathlint(["lint", file.path]).status == 0)
        let run = try pathlint(["lint", file.path, "--config", config.path, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        #expect(try ruleIDs(run) == ["entrez-mismatch"])
        let missing = try pathlint(["lint", file.path, "--config", other.url.appendingPathComponent("none.yaml").path])
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.err.contains("none.yaml"), "\(missing)")
    }

    @Test func commandLineSelectOverridesTheConfig() throws {
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "select: [keywords-mismatch]\nignore: [entrez-mismatch]\n")
        let file = try tree.write("a.md", mismatchFile())
        let configured = try pathlint(["lint", file.path, "--format", "json"])
        #expect(!(try ruleIDs(configured)).contains("entrez-mismatch"), "\(configured)")
        let run = try pathlint(["lint", file.path, "--select", "entrez-mismatch", "--format", "json"])
        #expect(run.status == 1, "\(run)")
        #expect(try ruleIDs(run) == ["entrez-mismatch"])
        // --ignore adds to the config's ignore.
        let ignored = try pathlint(["lint", file.path, "--select", "entrez-mismatch", "--ignore", "entrez-mismatch"])
        #expect(ignored.status == 0, "\(ignored)")
    }

    @Test func invalidConfigExitsTwoNamingTheFileLineAndKey() throws {
        let tree = try TemporaryDirectory()
        let config = try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\nselcet: [duplicate-key]\n")
        let file = try tree.write("a.md", mismatchFile())
        let run = try pathlint(["lint", file.path])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains("selcet"), "\(run)")
        #expect(run.err.contains(config.path + ":2:1"), "\(run)")

        for (text, needle) in [("severity:\n  entrez-mismatch: fatal\n", "fatal"),
                               ("select: [no-such-rule]\n", "no-such-rule"),
                               ("ignore: entrez-mismatch\n", "ignore"),
                               ("select: [a\n", "invalid YAML")] {
            try tree.write(".pathlint.yaml", text)
            let bad = try pathlint(["lint", file.path])
            #expect(bad.status == 2, "\(text): \(bad)")
            #expect(bad.err.contains(needle), "\(text): \(bad)")
            let explicit = try pathlint(["lint", file.path, "--config", config.path])
            #expect(explicit.status == 2, "\(text): \(explicit)")
        }
    }

    @Test func excludeSkipsFilesFoundByWalkingADirectory() throws {
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\nexclude: [drafts, '*.tmp.md']\n")
        let kept = try tree.write("figs/a.md", mismatchFile())
        let draft = try tree.write("figs/drafts/b.md", mismatchFile())
        try tree.write("figs/c.tmp.md", mismatchFile())
        let run = try pathlint(["lint", tree.url.path, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        let paths = try reportedPaths(run)
        #expect(paths.count == 1, "\(paths)")
        #expect(paths.first.map { $0.hasSuffix("figs/a.md") } == true, "\(paths) (kept: \(kept.path))")
        // Named explicitly, an excluded file is linted.
        let named = try pathlint(["lint", draft.path, "--format", "json"])
        #expect(named.status == 1, "\(named)")
        #expect(try ruleIDs(named) == ["entrez-mismatch"])
        // include narrows the walk too.
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\ninclude: ['**/*.tmp.md']\n")
        let included = try pathlint(["lint", tree.url.path, "--format", "json"])
        #expect(try reportedPaths(included).map { $0.hasSuffix("c.tmp.md") } == [true], "\(included)")
    }

    @Test func forceExcludeAppliesIncludeAndExcludeToNamedFiles() throws {
        // What pre-commit does: name every changed file. --force-exclude (which the hooks
        // pass) keeps the config's exclude in force for them, as ruff's flag of that name does.
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\nexclude: [drafts]\n")
        let kept = try tree.write("figs/a.md", mismatchFile())
        let draft = try tree.write("figs/drafts/b.md", mismatchFile())
        let run = try pathlint(["lint", "--force-exclude", kept.path, draft.path, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        #expect(try reportedPaths(run) == [kept.path], "\(run)")
        let onlyExcluded = try pathlint(["lint", "--force-exclude", draft.path])
        #expect(onlyExcluded.status == 0 && onlyExcluded.out.contains("0 files checked"), "\(onlyExcluded)")
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\ninclude: ['figs/drafts/**']\n")
        let included = try pathlint(["lint", "--force-exclude", kept.path, draft.path, "--format", "json"])
        #expect(try reportedPaths(included) == [draft.path], "\(included)")
        // The hooks pass it.
        let hooks = try String(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"),
                               encoding: .utf8)
        #expect(hooks.components(separatedBy: "\n").filter { $0.hasPrefix("  entry: ") }
            .allSatisfy { $0.contains("--force-exclude") }, "\(hooks)")
    }

    @Test func aConfigurationFileNamedOnTheCommandLineIsCheckedAsOne() throws {
        // Linted as an annotation it would miss figid, pmcid and the rest.
        let tree = try TemporaryDirectory()
        let config = try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\n")
        let valid = try pathlint(["lint", config.path, "--format", "json"])
        #expect(valid.status == 0, "\(valid)")
        #expect(try diagnostics(valid).isEmpty, "\(valid)")
        let text = try pathlint(["lint", config.path])
        #expect(text.out.contains("(1 file checked)"), "\(text)")
        // Invalid, and not the configuration of the run (--config names another): exit 2, at its place.
        let other = try tree.write("other.yaml", "select: [entrez-mismatch]\n")
        let bad = try tree.write("sub/.pathlint.yaml", "# α😀\nignroe: [x]\n")
        let run = try pathlint(["lint", "--config", other.path, bad.path])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains(".pathlint.yaml:2:1: unknown key `ignroe`"), "\(run)")
        // --fix leaves it alone.
        let fixed = try pathlint(["lint", "--fix", "--config", other.path, config.path])
        #expect(fixed.status == 0, "\(fixed)")
        #expect(try String(contentsOf: config, encoding: .utf8) == "select: [entrez-mismatch]\n")
    }

    @Test func severityOverrideChangesTheExitStatus() throws {
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\nseverity:\n  entrez-mismatch: warning\n")
        let file = try tree.write("a.md", mismatchFile())
        let run = try pathlint(["lint", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let found = try diagnostics(run)
        #expect(found.map { $0["severity"] as? String } == ["warning"])
    }

    @Test func referenceIsRelativeToTheConfigFile() throws {
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\nreference: no-snapshot-here\n")
        let file = try tree.write("a.md", mismatchFile())
        let run = try pathlint(["lint", file.path])
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains(tree.url.appendingPathComponent("no-snapshot-here").path), "\(run)")
        // The error alone: no summary that would suggest the file was read and found clean.
        #expect(run.err.split(separator: "\n").count == 1 && run.out.isEmpty, "\(run)")
        let snapshot = PathlintBinary.packageRoot.appendingPathComponent("reference/snapshot").path
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch]\nreference: \(snapshot)\n")
        #expect(try pathlint(["lint", file.path]).status == 1)
    }

    @Test func suppressionsAndUnusedReporting() throws {
        let tree = try TemporaryDirectory()
        try tree.write(".pathlint.yaml", "select: [entrez-mismatch, unused-suppression]\n")
        let suppressed = try tree.write("a.md", mismatchFile(entrezTail: "  # pathlint: disable=entrez-mismatch"))
        let run = try pathlint(["lint", suppressed.path, "--report-unused-suppressions", "--format", "json"])
        #expect(run.status == 0, "\(run)")
        #expect(try ruleIDs(run).isEmpty)

        let unused = try tree.write("b.md", mismatchFile(entrezTail: "  # pathlint: disable=entrez-mismatch,duplicate-key"))
        let quiet = try pathlint(["lint", unused.path, "--format", "json"])
        #expect(try ruleIDs(quiet).isEmpty, "duplicate-key did not run: never called unused")
        let typo = try tree.write("c.md", mismatchFile(entrezTail: "  # pathlint: disable=entrez-mismatc"))
        let unknown = try pathlint(["lint", typo.path, "--format", "json"])
        #expect(unknown.status == 1)
        #expect(try ruleIDs(unknown) == ["entrez-mismatch", "unused-suppression"], "\(unknown)")
        let reported = try pathlint(["lint", "--select", "entrez-mismatch,unused-suppression,duplicate-key",
                                     unused.path, "--report-unused-suppressions", "--format", "json"])
        #expect(try ruleIDs(reported) == ["unused-suppression"], "\(reported)")
    }

    @Test func rulesAndExplainKnowUnusedSuppression() throws {
        let rules = try pathlint(["rules"])
        #expect(rules.out.contains("unused-suppression"), "\(rules)")
        let explain = try pathlint(["explain", "unused-suppression"])
        #expect(explain.status == 0)
        #expect(explain.out.contains("disable-next-line"), "\(explain)")
    }

    /// `url` relative to the package root (the directory the tests run pathlint in).
    func relativePath(_ url: URL) -> String {
        let root = PathlintBinary.packageRoot.standardizedFileURL.path.split(separator: "/")
        let path = url.standardizedFileURL.path.split(separator: "/")
        var common = 0
        while common < root.count && common < path.count && root[common] == path[common] { common += 1 }
        return (Array(repeating: "..", count: root.count - common) + path[common...].map(String.init)).joined(separator: "/")
    }
}

import Testing
@testable import PathLintCore

@Suite struct ConfigFileTests {
    func parse(_ text: String, directory: String = "/proj") throws(ConfigError) -> ConfigFile {
        try ConfigFile.parse(Array(text.utf8), path: "/proj/.pathlint.yaml", directory: directory)
    }

    /// The error `text` gives (fails the test when it parses).
    func failure(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ConfigError? {
        do {
            _ = try parse(text)
            Issue.record("parsed without an error:\n\(text)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyKey() throws {
        let config = try parse("""
            # comment
            select: [entrez-mismatch, outdated-hgnc-symbol]
            ignore:
              - ambiguous-symbol
            severity:
              keywords-mismatch: error
              entrez-mismatch: warning
            include: ["_figures/**"]
            exclude: [drafts, '**/*.tmp.md']
            reference: ../snapshot

            """)
        #expect(config.select == ["entrez-mismatch", "outdated-hgnc-symbol"])
        #expect(config.ignore == ["ambiguous-symbol"])
        #expect(config.severityOverrides == ["keywords-mismatch": .error, "entrez-mismatch": .warning])
        #expect(config.include.map(\.pattern) == ["_figures/**"])
        #expect(config.exclude.map(\.pattern) == ["drafts", "**/*.tmp.md"])
        #expect(config.referenceDirectory == "/snapshot")
        #expect(config.path == "/proj/.pathlint.yaml")
        #expect(config.directory == "/proj")
    }

    @Test func emptyAndNullMeanDefaults() throws {
        for text in ["", "# only a comment\n", "---\n", "~\n", "select:\nignore: ~\nexclude:\n"] {
            let config = try parse(text)
            #expect(config.select == nil, "\(text)")
            #expect(config.ignore.isEmpty && config.include.isEmpty && config.exclude.isEmpty)
            #expect(config.referenceDirectory == nil)
        }
        #expect(try parse("select: []\n").select == [], "an empty list selects nothing")
        #expect(try parse("\u{FEFF}ignore: [duplicate-key]\n").ignore == ["duplicate-key"], "a BOM is fine")
    }

    @Test func referenceIsRelativeToTheConfigDirectory() throws {
        #expect(try parse("reference: snap\n").referenceDirectory == "/proj/snap")
        #expect(try parse("reference: /data/snap/\n").referenceDirectory == "/data/snap")
        #expect(try parse("reference: ./a/../b\n", directory: "/x/y").referenceDirectory == "/x/y/b")
    }

    // MARK: - Errors name the file, the line and the bad key or value

    @Test func unknownKey() throws {
        let error = try #require(failure("select: [entrez-mismatch]\nselct: [x]\n"))
        #expect(error.line == 2 && error.column == 1)
        #expect(error.message.hasPrefix("unknown key `selct` (expected one of: select, ignore"))
        #expect(error.description.hasPrefix("/proj/.pathlint.yaml:2:1: unknown key `selct`"))
    }

    @Test func invalidYAML() throws {
        let error = try #require(failure("select: [entrez-mismatch\nignore: []\n"))
        #expect(error.message.hasPrefix("invalid YAML: "))
        #expect(error.line == 2)
        let tabs = try #require(failure("select:\n\t- x\n"))
        #expect(tabs.message.hasPrefix("invalid YAML"))
    }

    @Test func wrongTypes() throws {
        let list = try #require(failure("ignore: entrez-mismatch\n"))
        #expect(list.message == "`ignore` must be a list of rule ids, found a scalar")
        #expect((list.line, list.column) == (1, 9))
        let nested = try #require(failure("select:\n  - [entrez-mismatch]\n"))
        #expect(nested.message == "`select` must be a list of rule ids, found a list in it")
        #expect((nested.line, nested.column) == (2, 5))
        let severity = try #require(failure("severity: [entrez-mismatch]\n"))
        #expect(severity.message.hasPrefix("`severity` must be a mapping"))
        let reference = try #require(failure("reference: [a]\n"))
        #expect(reference.message == "`reference` must be a directory path, found a list")
        let root = try #require(failure("- select\n"))
        #expect(root.message.hasPrefix("expected a mapping of settings"))
        let globs = try #require(failure("exclude: {a: b}\n"))
        #expect(globs.message == "`exclude` must be a list of glob patterns, found a mapping")
    }

    @Test func oldIDsSelectTheMergedRule() throws {
        #expect(try parse("select: [sidecar-entrez-mismatch, retired-mesh-id]\n").select == ["entrez-mismatch", "unknown-mesh-id"])
        #expect(try parse("ignore: [sidecar-outdated-symbol]\n").ignore == ["outdated-hgnc-symbol"])
        #expect(try parse("per-file-ignores:\n  x.md: [sidecar-duplicate-row]\n").perFileIgnores.first?.rules == ["duplicate-gene"])
        let typo = try #require(failure("select: [sidecar-entrez-mismatc]\n"))
        #expect(typo.message == "unknown rule `sidecar-entrez-mismatc` in `select`; did you mean `entrez-mismatch`?")
    }

    @Test func unknownRuleIDs() throws {
        let select = try #require(failure("select: [entrez-mismatch, entrez-mismatc]\n"))
        #expect(select.message == "unknown rule `entrez-mismatc` in `select`; did you mean `entrez-mismatch`?")
        #expect((select.line, select.column) == (1, 27))
        let severity = try #require(failure("severity:\n  nope: error\n"))
        #expect(severity.message == "unknown rule `nope` in `severity`; `pathlint rules` lists them")
        #expect((severity.line, severity.column) == (2, 3))
        #expect(try parse("ignore: [unused-suppression]\n").ignore == ["unused-suppression"])
    }

    @Test func allAndPrefixesStandForTheirRules() throws {
        // `sidecar-` takes in the rules merged out of sidecar rules too (their old ids start with it).
        let sidecar = Set(RuleRegistry.all.map(\.id).filter { $0.hasPrefix("sidecar-") })
            .union(RuleRegistry.aliases.filter { $0.key.hasPrefix("sidecar-") }.values)
        #expect(sidecar.count > 3)
        #expect(sidecar.contains("entrez-mismatch"))
        #expect(try parse("select: [sidecar-]\n").select == sidecar)
        #expect(try parse("ignore: [all]\n").ignore == Set(RuleRegistry.all.map(\.id)))
        #expect(try parse("per-file-ignores:\n  x.md: [sidecar-, all]\n").perFileIgnores.first?.rules == sidecar.union(["all"]))
        let bare = try #require(failure("select: [sidecar]\n"))
        #expect(bare.message == "unknown rule `sidecar` in `select`; did you mean `sidecar-`?")
        let prefixOfNothing = try #require(failure("ignore: [zzz-]\n"))
        #expect(prefixOfNothing.message == "unknown rule `zzz-` in `ignore`; `pathlint rules` lists them")
    }

    @Test func unknownSeverity() throws {
        let error = try #require(failure("severity:\n  entrez-mismatch: fatal\n"))
        #expect(error.message == "unknown severity `fatal` for `entrez-mismatch` (expected one of: error, warning, info, hint)")
        #expect((error.line, error.column) == (2, 20))
    }

    @Test func badGlobAndDuplicateKey() throws {
        let glob = try #require(failure("exclude: ['a[b']\n"))
        #expect(glob.message == "invalid glob in `exclude`: glob pattern `a[b` has an unclosed `[`")
        #expect((glob.line, glob.column) == (1, 11))
        let duplicate = try #require(failure("ignore: []\nignore: [duplicate-key]\n"))
        #expect(duplicate.message == "duplicate key `ignore` (first on line 1)")
        #expect(duplicate.line == 2)
    }

    @Test func columnsCountCodePoints() throws {
        let error = try #require(failure("exclude: ['α😀', 'b[']\n"))
        #expect((error.line, error.column) == (1, 17))
    }

    // MARK: - Overrides and include/exclude

    @Test func commandLineSelectReplacesAndIgnoreAdds() throws {
        let config = try parse("select: [entrez-mismatch, duplicate-key]\nignore: [duplicate-key, field-type]\nseverity: {entrez-mismatch: info}\n")
        let plain = config.lintConfiguration()
        #expect(plain.isEnabled("entrez-mismatch") && !plain.isEnabled("duplicate-key") && !plain.isEnabled("yaml-syntax"))
        #expect(plain.severityOverrides == ["entrez-mismatch": .info])
        #expect(!plain.reportUnusedSuppressions)

        let added = config.lintConfiguration(LintOverrides(ignore: ["entrez-mismatch"]))
        #expect(!added.isEnabled("entrez-mismatch") && !added.isEnabled("field-type"))

        let replaced = config.lintConfiguration(LintOverrides(select: ["duplicate-key", "yaml-syntax"],
                                                              reportUnusedSuppressions: true))
        #expect(replaced.isEnabled("duplicate-key"), "a command-line select wins over the file's ignore")
        #expect(replaced.isEnabled("yaml-syntax") && !replaced.isEnabled("entrez-mismatch"))
        #expect(replaced.reportUnusedSuppressions)
        #expect(replaced.severityOverrides == ["entrez-mismatch": .info])
    }

    @Test func includeAndExclude() throws {
        let config = try parse("include: [_figures, 'extra/*.md']\nexclude: [drafts, '_figures/old/**', '*.tmp.md']\n")
        #expect(config.isIncluded("/proj/_figures/a.md"))
        #expect(config.isIncluded("/proj/_figures/x/a.md"))
        #expect(config.isIncluded("/proj/extra/b.md"))
        #expect(!config.isIncluded("/proj/extra/sub/b.md"))
        #expect(!config.isIncluded("/proj/other/a.md"), "not included")
        #expect(!config.isIncluded("/proj/_figures/drafts/a.md"))
        #expect(!config.isIncluded("/proj/_figures/old/y/a.md"))
        #expect(!config.isIncluded("/proj/_figures/a.tmp.md"))
        #expect(config.isIncluded("/elsewhere/a.md"), "outside the config's directory")
        #expect(config.isIncluded("/proj/_figures/./z/../a.md"))

        let excludeOnly = try parse("exclude: [drafts]\n")
        #expect(excludeOnly.isIncluded("/proj/a.md"))
        #expect(!excludeOnly.isIncluded("/proj/drafts/a.md"))
    }
}

@Suite struct PerFileIgnoresTests {
    func parse(_ text: String) throws(ConfigError) -> ConfigFile {
        try ConfigFile.parse(Array(text.utf8), path: "/proj/.pathlint.yaml", directory: "/proj")
    }

    @Test func globsMapToTheRulesTheyLeaveOut() throws {
        let config = try parse("""
            per-file-ignores:
              "_data/PMC1__f1-genes.tsv": [sidecar-english-word, sidecar-counts]
              "*-chemicals.tsv": [sidecar-mesh-word]
              drafts: [all]
            """)
        let configuration = config.lintConfiguration(workingDirectory: "/proj/sub")
        let ignores = try #require(configuration.perFileIgnores)
        // An old id (sidecar-english-word, merged into not-a-gene-word) names the rule it became.
        #expect(ignores.rules(forPath: "/proj/_data/PMC1__f1-genes.tsv") == ["not-a-gene-word", "sidecar-counts"])
        #expect(ignores.rules(forPath: "/proj/_data/PMC2__f1-genes.tsv").isEmpty)
        // A pattern without `/` matches at any depth; a directory covers what is below it.
        // An old id is read as the rule's current one.
        #expect(ignores.rules(forPath: "/proj/a/b/PMC1__f1-chemicals.tsv") == ["mesh-word-mismatch"])
        #expect(ignores.rules(forPath: "/proj/x/drafts/y/z.md") == ["all"])
        // Relative paths start at the working directory; paths outside the project match nothing.
        #expect(ignores.rules(forPath: "../_data/PMC1__f1-genes.tsv").count == 2)
        #expect(ignores.rules(forPath: "/elsewhere/drafts/z.md").isEmpty)
        // A command-line select does not lift them (as in ruff).
        let selected = config.lintConfiguration(LintOverrides(select: ["sidecar-counts"]))
        #expect(selected.perFileIgnores?.rules(forPath: "/proj/_data/PMC1__f1-genes.tsv").contains("sidecar-counts") == true)
        #expect(try parse("select: [entrez-mismatch]\n").lintConfiguration().perFileIgnores == nil)
    }

    @Test func mistakesAreErrorsAtTheirPlace() throws {
        for (text, needle, column) in [
            ("per-file-ignores: [a]\n", "must be a mapping of glob to rule ids", 19),
            ("per-file-ignores:\n  x.md: entrez-mismatch\n", "must be a list of rule ids", 9),
            ("per-file-ignores:\n  x.md: [entrez-mismatch, nope]\n", "unknown rule `nope` in `per-file-ignores`", 27),
            ("per-file-ignores:\n  '[x': [entrez-mismatch]\n", "invalid glob in `per-file-ignores`", 3),
        ] {
            do {
                _ = try parse(text)
                Issue.record("parsed: \(text)")
            } catch {
                #expect(error.message.contains(needle), "\(text): \(error)")
                #expect(error.column == column, "\(text): \(error)")
            }
        }
    }

    @Test func theLinterSkipsTheRulesOnMatchingFilesOnly() throws {
        let config = try parse("per-file-ignores:\n  quiet.md: [entrez-mismatch]\n  silent.md: [all]\n")
        let linter = Linter(reference: Fixture.reference, configuration: config.lintConfiguration())
        let text = SuppressionTests.file()
        #expect(linter.lint(path: "/proj/loud.md", text: text).contains { $0.ruleID == "entrez-mismatch" })
        #expect(!linter.lint(path: "/proj/quiet.md", text: text).contains { $0.ruleID == "entrez-mismatch" })
        #expect(linter.lint(path: "/proj/silent.md", text: text).isEmpty)
        // Nor are their fixes applied.
        let fixed = linter.fix(AnnotationDocument(path: "/proj/quiet.md", text: text), includeUnsafe: true)
        #expect(String(decoding: fixed.bytes, as: UTF8.self).contains("entrez: '5605'"))
        let loud = linter.fix(AnnotationDocument(path: "/proj/loud.md", text: text), includeUnsafe: true)
        #expect(!String(decoding: loud.bytes, as: UTF8.self).contains("entrez: '5605'"))
    }
}

import Testing
@testable import PathLintCore

/// Old rule ids (a check that had one id per layout) keep working wherever a user writes
/// rule ids, and findings always carry the current id.
@Suite struct RuleAliasTests {
    typealias S = SidecarFixture
    /// A human row whose NCBI Gene ID is MAP2K2's, and the same fault in the front matter.
    let table = S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5605", "ncbigene_synonym"))
    let frontMatter = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'")))

    private func lintTable(_ configuration: LintConfiguration) -> [Diagnostic] {
        Linter(reference: Fixture.reference, configuration: configuration).lint(AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: table))
    }

    @Test func everyAliasNamesARegisteredRuleAndNoAliasIsARuleID() {
        let ids = Set(RuleRegistry.all.map(\.id))
        for (old, current) in RuleRegistry.aliases {
            #expect(ids.contains(current), "\(old) -> \(current)")
            #expect(!ids.contains(old), "\(old) is both an alias and a rule")
            #expect(RuleRegistry.canonicalID(old) == current)
            #expect(RuleRegistry.rule(old)?.id == current)
        }
        #expect(RuleRegistry.canonicalID("entrez-mismatch") == "entrez-mismatch")
        #expect(RuleRegistry.canonicalID("no-such-rule") == nil)
        #expect(RuleRegistry.resolving("no-such-rule") == "no-such-rule")
        #expect(RuleRegistry.aliases(of: "unknown-mesh-id") == ["retired-mesh-id", "sidecar-mesh-id"])
    }

    /// A fly block in a human figure (`organism-mismatch`, once `sidecar-organism`) and a
    /// synonym that is also the figure's chemical (`gene-chemical-collision`, once
    /// `sidecar-gene-chemical-collision`).
    private func lintMergedTwins(_ configuration: LintConfiguration) -> [Diagnostic] {
        let genes = S.genes(S.human("ATP", "ATP", "ATP8A2", "51761", "ncbigene_synonym"),
                            S.gene("7227", "Drosophila melanogaster", "Invertebrates", "dpp", "DPP", "dpp", "33432", "ncbigene_symbol"))
        var document = AnnotationDocument(path: "/proj/_data/PMC1__f1-genes.tsv", text: genes)
        document.figure = S.figure("figid: PMC1__f1\norganisms:\n- Homo sapiens\n",
                                   siblings: [.chemicals: S.chemicals(S.meshRow("ATP", "mesh:D000255"))])
        return Linter(reference: Fixture.reference, configuration: configuration).lint(document)
    }

    @Test func theMergedOrganismAndCollisionChecksAcceptTheirOldIDs() throws {
        let twins = ["sidecar-organism", "sidecar-gene-chemical-collision"]
        #expect(lintMergedTwins(LintConfiguration(select: Set(twins))).map(\.ruleID).sorted()
            == ["gene-chemical-collision", "organism-mismatch"])
        #expect(lintMergedTwins(LintConfiguration(select: ["organism-mismatch", "gene-chemical-collision"],
                                                  ignore: Set(twins))).isEmpty)
        // `.pathlint.yaml`: select, ignore, severity and per-file-ignores.
        let text = """
            select: [sidecar-organism, sidecar-gene-chemical-collision]
            severity:
              sidecar-organism: info
            per-file-ignores:
              '_data/*-genes.tsv': [sidecar-gene-chemical-collision]

            """
        let config = try ConfigFile.parse(Array(text.utf8), path: "/proj/.pathlint.yaml", directory: "/proj")
        #expect(config.select == ["organism-mismatch", "gene-chemical-collision"])
        let found = lintMergedTwins(config.lintConfiguration())
        #expect(found.map(\.ruleID) == ["organism-mismatch"])
        #expect(found.map(\.severity) == [.info])
        let ignored = try ConfigFile.parse(Array("ignore: [sidecar-organism, sidecar-gene-chemical-collision]\n".utf8),
                                           path: "/proj/.pathlint.yaml", directory: "/proj")
        #expect(ignored.ignore == ["organism-mismatch", "gene-chemical-collision"])
    }

    @Test func suppressionCommentsNamingTheTwinsOldIDsSuppressAndAreUsed() {
        let configuration = LintConfiguration(select: ["organism-mismatch", "gene-chemical-collision", "unused-suppression"],
                                              reportUnusedSuppressions: true)
        let linter = Linter(reference: Fixture.reference, configuration: configuration)
        let text = markdown(Fixture.header + "figtitle: Sterol synthesis in yeast\norganisms:\n"
            + "- Homo sapiens  # pathlint: disable=sidecar-organism\ngenes:\n"
            + "- word: Trp  # pathlint: disable=sidecar-gene-chemical-collision\n  symbol: TRP\n  source: hgnc_alias_symbol\n"
            + "  hgnc_symbol: TYRP1\n  entrez: '7306'\nchemicals:\n" + Fixture.mesh("Trp", "MESH", "D014364"))
        #expect(linter.lint(path: "PMC199174__JCI0110934.f9.md", text: text).isEmpty)
        // Without the faults, the comments are reported unused, under their own names.
        let clean = text.replacingAll("in yeast", with: "in liver").replacingAll("chemicals:\n", with: "diseases:\n")
        #expect(linter.lint(path: "PMC199174__JCI0110934.f9.md", text: clean).map(\.message).sorted() == [
            "unused suppression: no `sidecar-gene-chemical-collision` finding on this line",
            "unused suppression: no `sidecar-organism` finding on this line",
        ])
    }

    @Test func selectIgnoreAndSeverityAcceptTheOldID() {
        let selected = lintTable(LintConfiguration(select: ["sidecar-entrez-mismatch"]))
        #expect(selected.map(\.ruleID) == ["entrez-mismatch"])
        #expect(lintTable(LintConfiguration(select: ["entrez-mismatch"], ignore: ["sidecar-entrez-mismatch"])).isEmpty)
        let lowered = lintTable(LintConfiguration(select: ["entrez-mismatch"], severityOverrides: ["sidecar-entrez-mismatch": .hint]))
        #expect(lowered.map(\.severity) == [.hint])
        // Set after the configuration was made, too.
        var configuration = LintConfiguration()
        configuration.select = ["sidecar-entrez-mismatch"]
        #expect(configuration.isEnabled("entrez-mismatch"))
    }

    @Test func aConfigurationFileAcceptsOldIDsEverywhere() throws {
        let text = """
            select: [sidecar-entrez-mismatch, retired-mesh-id]
            ignore: [sidecar-duplicate-row]
            severity:
              sidecar-entrez-mismatch: info
            per-file-ignores:
              '_data/*-genes.tsv': [sidecar-outdated-symbol]

            """
        let config = try ConfigFile.parse(Array(text.utf8), path: "/proj/.pathlint.yaml", directory: "/proj")
        #expect(config.select == ["entrez-mismatch", "unknown-mesh-id"])
        #expect(config.ignore == ["duplicate-gene"])
        #expect(config.severityOverrides == ["entrez-mismatch": .info])
        let lint = config.lintConfiguration()
        #expect(lint.ignoredRules(forPath: "/proj/_data/PMC1__f1-genes.tsv") == ["outdated-hgnc-symbol"])
        // An id that is neither a rule nor an old one is still an error, at its position.
        #expect(throws: ConfigError.self) {
            try ConfigFile.parse(Array("select: [sidecar-entrez-mismatches]\n".utf8), path: "/proj/.pathlint.yaml", directory: "/proj")
        }
    }

    @Test func aSuppressionCommentNamingTheOldIDSuppressesAndIsUsed() {
        let text = markdown(Fixture.genes(
            "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K1\n"
                + "  entrez: '5605'  # pathlint: disable=sidecar-entrez-mismatch\n"))
        let configuration = LintConfiguration(select: ["entrez-mismatch", "unused-suppression"], reportUnusedSuppressions: true)
        let found = Linter(reference: Fixture.reference, configuration: configuration).lint(path: "PMC199174__JCI0110934.f9.md", text: text)
        #expect(found.isEmpty, "\(found.map(\.message))")
        // Without the fault, the same comment is reported unused, under its own name.
        let clean = text.replacingAll("'5605'", with: "'5604'")
        let unused = Linter(reference: Fixture.reference, configuration: configuration).lint(path: "PMC199174__JCI0110934.f9.md", text: clean)
        #expect(unused.map(\.message) == ["unused suppression: no `sidecar-entrez-mismatch` finding on this line"])
    }

    @Test func perFileIgnoresAcceptTheOldID() {
        let ignores = PerFileIgnores(entries: [PerFileIgnores.Entry(glob: try! Glob("_data/**"), rules: ["sidecar-entrez-mismatch"])],
                                     directory: "/proj")
        let configuration = LintConfiguration(perFileIgnores: ignores)
        let document = AnnotationDocument(path: "/proj/_data/PMC1__f1-genes.tsv", text: table)
        let found = Linter(reference: Fixture.reference, configuration: configuration).lint(document)
        #expect(!found.contains { $0.ruleID == "entrez-mismatch" })
        #expect(!Linter(reference: Fixture.reference).lint(AnnotationDocument(path: "/proj/_data/PMC1__f1-genes.tsv", text: table))
            .filter { $0.ruleID == "entrez-mismatch" }.isEmpty)
    }

    /// `ADP` reached WDTC1 only through a synonym, in each layout: one rule id for both,
    /// and each old sidecar id still selects it.
    @Test func notAGeneWordIsOneRuleInBothLayouts() {
        let adpTable = S.genes(S.human("ADP", "ADP", "WDTC1", "23038", "ncbigene_synonym"))
        let adpFrontMatter = markdown(Fixture.genes(Fixture.gene("ADP", "ADP", "hgnc_alias_symbol", "WDTC1", "'23038'")))
        for old in ["not-a-gene-word", "sidecar-chemical-synonym", "sidecar-english-word", "sidecar-caption-definition"] {
            let linter = Linter(reference: Fixture.reference, configuration: LintConfiguration(select: [old]))
            let inTable = linter.lint(AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: adpTable))
            let inFrontMatter = linter.lint(path: "PMC199174__JCI0110934.f9.md", text: adpFrontMatter)
            #expect(inTable.map(\.ruleID) == ["not-a-gene-word"], "\(old)")
            #expect(inFrontMatter.map(\.ruleID) == ["not-a-gene-word"], "\(old)")
            #expect(inTable.first?.message.hasPrefix("`ADP` is a nucleotide (Adenosine Diphosphate) on pathlint's curated list") == true)
            #expect(inTable.first?.message == inFrontMatter.first?.message.replacingAll("an alias", with: "a synonym"))
        }
    }
}

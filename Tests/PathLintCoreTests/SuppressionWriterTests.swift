import Testing
@testable import PathLintCore

/// Writing suppression comments (`SuppressionWriter`), `per-file-ignores` entries
/// (`PerFileIgnoreWriter`), quick fixes with their follow-ups and inlay hints.
@Suite struct SuppressionWriterTests {
    let linter = PathLintCore.Linter(reference: Fixture.reference, configuration: LintConfiguration(select: ["entrez-mismatch", "field-type"]))

    func document(_ text: String) -> AnnotationDocument { AnnotationDocument(path: "PMC199174__JCI0110934.f9.md", text: text) }

    func mismatch(_ document: AnnotationDocument) throws -> Diagnostic {
        try #require(linter.lint(document).first { $0.ruleID == "entrez-mismatch" })
    }

    @Test func aRuleIsAddedToTheLinesOwnComment() throws {
        let text = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'  # pathlint: disable=field-type")))
        let doc = document(text)
        let found = try mismatch(doc)
        let edit = try #require(SuppressionWriter.lineSuppression(of: found, in: doc, findings: linter.lint(doc), linter: linter))
        let fixed = String(decoding: FixApplier.applying([edit], to: doc.source.bytes), as: UTF8.self)
        #expect(fixed.contains("  entrez: '5605'  # pathlint: disable=field-type,entrez-mismatch\n"))
    }

    @Test func aLineWithAnotherCommentGetsADisableNextLineAbove() throws {
        let text = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'  # as printed")))
        let doc = document(text)
        let found = try mismatch(doc)
        let edit = try #require(SuppressionWriter.lineSuppression(of: found, in: doc, findings: linter.lint(doc), linter: linter))
        let fixed = String(decoding: FixApplier.applying([edit], to: doc.source.bytes), as: UTF8.self)
        #expect(fixed.contains("  # pathlint: disable-next-line=entrez-mismatch\n  entrez: '5605'  # as printed\n"))
        #expect(!linter.lint(document(fixed)).contains { $0.ruleID == "entrez-mismatch" })
    }

    @Test func suppressAllWritesOneCommentPerLineAndIsIdempotent() throws {
        let text = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "5605"),
                                          Fixture.gene("TNF", "TNF", "hgnc_symbol", "TNF", "'7125'")))
        let first = SuppressionWriter.suppressAll(in: document(text), linter: linter)
        #expect(first.changed)
        #expect(first.left.isEmpty)
        #expect(first.suppressed == 3)
        let fixed = String(decoding: first.bytes, as: UTF8.self)
        #expect(fixed.contains("  entrez: 5605  # pathlint: disable=entrez-mismatch,field-type\n")
                || fixed.contains("  entrez: 5605  # pathlint: disable=field-type,entrez-mismatch\n"))
        #expect(fixed.contains("  entrez: '7125'  # pathlint: disable=entrez-mismatch\n"))
        let second = SuppressionWriter.suppressAll(in: document(fixed), linter: linter)
        #expect(!second.changed)
        #expect(second.suppressed == 0)
    }

    @Test func aTableIsNeverCommented() {
        let table = AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: SidecarFixture.genes(SidecarFixture.human("MEK1", "MEK1", "MAP2K1", "5605", "ncbigene_synonym")))
        #expect(!SuppressionWriter.canSuppress("sidecar-entrez-mismatch", in: table))
        #expect(!SuppressionWriter.suppressAll(in: table, linter: PathLintCore.Linter(reference: Fixture.reference)).changed)
    }

    @Test func perFileIgnoresGainsAnEntryOrARuleInTheFilesEntry() throws {
        let path = "/p/_data/PMC1__f1-genes.tsv"
        let none = try #require(PerFileIgnoreWriter.edit(adding: "sidecar-counts", forFile: path, configuration: Array("ignore: [field-type]\n".utf8), directory: "/p"))
        #expect(none.newText == "per-file-ignores:\n  \"_data/PMC1__f1-genes.tsv\": [sidecar-counts]\n")
        let existing = "per-file-ignores:\n  \"_data/PMC1__f1-genes.tsv\": [sidecar-counts]\n"
        let added = try #require(PerFileIgnoreWriter.edit(adding: "organism-mismatch", forFile: path, configuration: Array(existing.utf8), directory: "/p"))
        #expect(String(decoding: FixApplier.applying([added], to: Array(existing.utf8)), as: UTF8.self)
                == "per-file-ignores:\n  \"_data/PMC1__f1-genes.tsv\": [sidecar-counts, organism-mismatch]\n")
        // Flow style is left to the curator: the written text would not parse as intended.
        #expect(PerFileIgnoreWriter.edit(adding: "sidecar-counts", forFile: path, configuration: Array("per-file-ignores: {}\n".utf8), directory: "/p") == nil)
        // A file outside the configuration's directory: no entry can name it.
        #expect(PerFileIgnoreWriter.edit(adding: "sidecar-counts", forFile: "/elsewhere/a.tsv", configuration: [], directory: "/p") == nil)
    }

    @Test func aQuickFixBringsTheFixesItCausesAndLeavesTheRest() throws {
        let all = PathLintCore.Linter(reference: Fixture.reference)
        let text = markdown(Fixture.genes(Fixture.gene("MUT", "MUT", "hgnc_symbol", "MUT", "'4594'"),
                                          Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'"),
                                          extra: "schema-jsonld:\n  keywords:\n  - MUT\n  - MAP2K1\n"))
        let doc = document(text)
        let findings = all.lint(doc)
        let outdated = try #require(findings.first { $0.ruleID == "outdated-hgnc-symbol" })
        let rename = try #require(outdated.fixes.first)
        let followed = try #require(all.applyWithFollowUps(rename, in: doc, findings: findings))
        #expect(Set(followed.followUps.map(\.ruleID)) == ["keywords-mismatch", "symbol-source-mismatch"])
        let after = all.lint(document(String(decoding: followed.bytes, as: UTF8.self))).map(\.ruleID)
        #expect(!after.contains("outdated-hgnc-symbol") && !after.contains("keywords-mismatch") && !after.contains("symbol-source-mismatch"))
        #expect(after.contains("entrez-mismatch"))
        // The one edit turns the old text into the new one.
        #expect(FixApplier.applying([followed.edit], to: doc.source.bytes) == followed.bytes)
    }

    @Test func inlayHintsNameGenesInTablesToo() {
        let table = AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: SidecarFixture.genes(SidecarFixture.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym")))
        let hints = InlayHints.hints(table, in: ByteRange(0, table.source.bytes.count), reference: Fixture.reference)
        #expect(hints.map(\.label) == ["mitogen-activated protein kinase kinase 1"])
        #expect(table.source.text(ByteRange(hints[0].position - 6, hints[0].position)) == "MAP2K1")
    }
}

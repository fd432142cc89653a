import Testing
@testable import PathLintCore

/// The worked example of ARCHITECTURE.md ("a new check that applies to both layouts is one
/// file plus its test"), compiled and run here so the document cannot drift from the API.
/// Keep the struct identical to the document's.
struct ZeroGeneID: Rule {
    let id = "zero-gene-id"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds   // front matter and tables
    let summary = "A human gene's ID (`entrez`, `ncbigene_id`) is 0."
    let documentation = """
        … the seven sections: What it checks, Why it matters, Example, Correct, Fix, Curation action, Data …
        """

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.figure.genes.compactMap { mention in
            guard mention.isHuman, let id = mention.geneID, id.value == "0",
                  let record = context.reference.hgnc.approved(symbol: mention.symbol?.value ?? "") else { return nil }
            // `id.name` is `entrez` or `ncbigene_id`; `setting` spells '1234' or 1234.
            return context.diagnostic("\(id.name) is 0; \(record.symbol) is \(record.entrez)", at: id.range,
                                      fixes: [Fix(title: "Set \(id.name) to \(record.entrez)", safety: .unsafe,
                                                  edits: [id.setting(record.entrez)])])
        }
    }
}

@Suite struct ArchitectureExampleTests {
    static let linter = Linter(reference: Fixture.reference, rules: [ZeroGeneID()])

    @Test func theSameFaultGivesTheSameFindingInBothLayouts() throws {
        let frontMatter = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'0'")))
        let fromYAML = try #require(Self.linter.lint(path: "PMC199174__JCI0110934.f9.md", text: frontMatter).first)
        let table = SidecarFixture.genes(SidecarFixture.human("MEK1", "MEK1", "MAP2K1", "0", "ncbigene_synonym"))
        let fromTable = try #require(Self.linter.lint(AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: table)).first)
        #expect(fromYAML.ruleID == "zero-gene-id")
        #expect(fromTable.ruleID == fromYAML.ruleID)
        #expect(fromYAML.message == "entrez is 0; MAP2K1 is 5604")
        #expect(fromTable.message == "ncbigene_id is 0; MAP2K1 is 5604")
        // Each fix spells the ID as its file does.
        #expect(fromYAML.fixes.first?.edits.first?.newText == "'5604'")
        #expect(fromTable.fixes.first?.edits.first?.newText == "5604")
    }
}

import Testing
@testable import PathLintCore

/// Each check that had one rule per layout is one rule over mentions now: the same fault
/// gives the same rule id, severity and fix in the front matter and in a table, and the
/// message names the field as that layout calls it.
@Suite struct SameFaultSameIDTests {
    typealias S = SidecarFixture
    let genesPath = "x/_data/PMC1__f1-genes.tsv"
    let chemicalsPath = "x/_data/PMC1__f1-chemicals.tsv"
    let diseasesPath = "x/_data/PMC1__f1-diseases.tsv"

    /// The findings of `rules` for one fault written in each layout.
    private func both(_ rules: [String], frontMatter: String, table: String, path: String) -> (old: [Diagnostic], current: [Diagnostic]) {
        (lintFile(markdown(frontMatter), rules: rules), lintSidecar(table, rules: rules, path: path))
    }

    @Test func aWrongNCBIGeneIDIsEntrezMismatch() throws {
        let (old, current) = both(["entrez-mismatch", "sidecar-entrez-mismatch"],
            frontMatter: Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'")),
            table: S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5605", "ncbigene_synonym")), path: genesPath)
        #expect(old.map(\.ruleID) == ["entrez-mismatch"])
        #expect(current.map(\.ruleID) == ["entrez-mismatch"])
        #expect(old.first?.message == "entrez 5605 is not the Entrez ID of MAP2K1 (5604); it belongs to MAP2K2 (HGNC:6842, Entrez 5605)")
        #expect(current.first?.message == "ncbigene_id 5605 is not the Entrez ID of MAP2K1 (5604); it belongs to MAP2K2 (HGNC:6842, Entrez 5605)")
        // The claim (an alias of MAP2K1) supports the symbol: setting the ID is safe in both.
        #expect(old.first?.fixes.map(\.safety) == [.safe])
        #expect(current.first?.fixes.map(\.safety) == [.safe])
        #expect(current.first?.fixes.first?.edits.map(\.newText) == ["5604"])
        #expect(old.first?.fixes.first?.edits.map(\.newText) == ["'5604'"])
    }

    @Test func anIDThatIsNotDigitsIsEntrezMismatch() {
        let (old, current) = both(["entrez-mismatch"],
            frontMatter: Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'56O4'")),
            table: S.genes(S.human("MEK1", "MEK1", "MAP2K1", "56O4", "ncbigene_synonym")), path: genesPath)
        #expect(old.map(\.message) == ["entrez must be a string of digits, not `56O4`"])
        #expect(current.map(\.message) == ["ncbigene_id must be a string of digits, not `56O4`"])
    }

    @Test func aRenamedSymbolIsOutdatedHGNCSymbol() throws {
        let (old, current) = both(["outdated-hgnc-symbol", "sidecar-outdated-symbol", "entrez-mismatch", "symbol-source-mismatch"],
            frontMatter: Fixture.genes(Fixture.gene("TAZ", "TAZ", "hgnc_symbol", "TAZ", "'6901'")),
            table: S.genes(S.human("TAZ", "TAZ", "TAZ", "6901", "ncbigene_symbol")), path: genesPath)
        #expect(old.map(\.ruleID) == ["outdated-hgnc-symbol"])
        #expect(current.map(\.ruleID) == ["outdated-hgnc-symbol"])
        #expect(old.map(\.message) == current.map(\.message))
        #expect(old.first?.fixes.map(\.safety) == [.safe])
        #expect(current.first?.fixes.map(\.safety) == [.safe])
    }

    @Test func aClaimThatDoesNotHoldIsSymbolSourceMismatchWithTheLayoutsOwnFix() throws {
        let (old, current) = both(["symbol-source-mismatch", "sidecar-source-mismatch"],
            frontMatter: Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_symbol", "MAP2K1", "'5604'")),
            table: S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_symbol")), path: genesPath)
        #expect(old.map(\.ruleID) == ["symbol-source-mismatch"])
        #expect(current.map(\.ruleID) == ["symbol-source-mismatch"])
        #expect(old.first?.fixes.first?.edits.map(\.newText) == ["hgnc_alias_symbol"])
        #expect(current.first?.fixes.first?.edits.map(\.newText) == ["ncbigene_synonym"])
        #expect(old.first?.fixes.first?.safety == .safe && current.first?.fixes.first?.safety == .safe)
    }

    @Test func anUnknownSourceIsSymbolSourceMismatch() {
        let (old, current) = both(["symbol-source-mismatch"],
            frontMatter: Fixture.genes(Fixture.gene("MEK1", "MEK1", "HGNC_SYMBOL", "MAP2K1", "'5604'")),
            table: S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "NCBIGENE_SYMBOL")), path: genesPath)
        #expect(old.map(\.severity) == [.error])
        #expect(current.map(\.severity) == [.error])
        #expect(old.first?.fixes.first?.edits.map(\.newText) == ["hgnc_symbol"])
        #expect(current.first?.fixes.first?.edits.map(\.newText) == ["ncbigene_symbol"])
    }

    @Test func aRepeatedMentionIsDuplicateGene() throws {
        let entry = Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
        let row = S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym")
        let oldFile = Fixture.genes(entry, entry)
        let tableFile = S.genes(row, row)
        let (old, current) = both(["duplicate-gene", "sidecar-duplicate-row"], frontMatter: oldFile, table: tableFile, path: genesPath)
        #expect(old.map(\.ruleID) == ["duplicate-gene"])
        #expect(current.map(\.ruleID) == ["duplicate-gene"])
        #expect(old.first?.message == "duplicate gene entry: word `MEK1`, symbol `MEK1`, hgnc_symbol `MAP2K1` already listed (entry 1, line 7)")
        #expect(current.first?.message == "duplicate gene row: word `MEK1`, match `MEK1`, ncbigene_symbol `MAP2K1` already listed (row 1, line 2)")
        // Identical repeats: deleting the second is safe in both, and leaves one.
        #expect(applying(try #require(old.first?.fixes.first), to: markdown(oldFile)) == markdown(Fixture.genes(entry)))
        #expect(applying(try #require(current.first?.fixes.first), to: tableFile) == S.genes(row))
        #expect(old.first?.fixes.first?.safety == .safe && current.first?.fixes.first?.safety == .safe)
    }

    @Test func aRetiredMeSHIDIsUnknownMeSHIDWithItsSuccessor() throws {
        let (old, current) = both(["unknown-mesh-id", "retired-mesh-id", "sidecar-mesh-id"],
            frontMatter: Fixture.header + "chemicals:\n" + Fixture.mesh("Gemcitabine", "MESH", "C056507"),
            table: S.chemicals(S.meshRow("Gemcitabine", "mesh:C056507")), path: chemicalsPath)
        #expect(old.map(\.ruleID) == ["unknown-mesh-id"])
        #expect(current.map(\.ruleID) == ["unknown-mesh-id"])
        #expect(old.map(\.message) == current.map(\.message))
        #expect(old.first?.fixes.first?.edits.map(\.newText) == ["D000093542"])
        #expect(current.first?.fixes.first?.edits.map(\.newText) == ["mesh:D000093542"])
        #expect(old.map(\.severity) == [.warning] && current.map(\.severity) == [.warning])
    }

    @Test func aMalformedMeSHIDIsUnknownMeSHID() {
        let (old, current) = both(["unknown-mesh-id"],
            frontMatter: Fixture.header + "chemicals:\n" + Fixture.mesh("bombesin", "MESH", "D00183"),
            table: S.chemicals(S.meshRow("bombesin", "mesh:D00183")), path: chemicalsPath)
        #expect(old.map(\.message) == ["`D00183` is not a MeSH ID: expected D or C followed by 6 or 9 digits"])
        #expect(current.map(\.message) == old.map(\.message))
    }

    @Test func aWordUnlikeItsConceptIsMeSHWordMismatch() {
        let (old, current) = both(["mesh-word-mismatch", "sidecar-mesh-word"],
            frontMatter: Fixture.header + "chemicals:\n" + Fixture.mesh("Ser", "MESH", "C530429"),
            table: S.chemicals(S.meshRow("Ser", "mesh:C530429")), path: chemicalsPath)
        #expect(old.map(\.ruleID) == ["mesh-word-mismatch"])
        #expect(current.map(\.ruleID) == ["mesh-word-mismatch"])
        #expect(old.map(\.message) == current.map(\.message))
        #expect(old.first?.fixes.first?.edits.map(\.newText) == ["D012694"])
        #expect(current.first?.fixes.first?.edits.map(\.newText) == ["mesh:D012694"])
    }

    @Test func aDiseaseOutsideTheDiseasesTreeIsMeSHCategory() {
        let (old, current) = both(["mesh-category", "sidecar-disease-category"],
            frontMatter: Fixture.header + "diseases:\n" + Fixture.mesh("liver", "MESH", "D008099"),
            table: S.diseases(S.meshRow("liver", "mesh:D008099")), path: diseasesPath)
        #expect(old.map(\.ruleID) == ["mesh-category"])
        #expect(current.map(\.ruleID) == ["mesh-category"])
        #expect(old.map(\.message) == current.map(\.message))
    }

    @Test func aWordThatIsBothAGeneAndAChemicalIsGeneChemicalCollision() throws {
        // `Trp` (tryptophan) taken as TYRP1, beside the chemical Tryptophan: the gene is the false match in both.
        let old = lintFile(markdown(Fixture.genes(Fixture.gene("Trp", "TRP", "hgnc_alias_symbol", "TYRP1", "'7306'"),
                                                  extra: "chemicals:\n" + Fixture.mesh("Trp", "MESH", "D014364"))),
                           rules: ["gene-chemical-collision", "sidecar-gene-chemical-collision"])
        let genes = S.genes(S.human("Trp", "TRP", "TYRP1", "7306", "ncbigene_synonym"))
        let current = lintSidecar(genes, rules: ["gene-chemical-collision", "sidecar-gene-chemical-collision"], path: genesPath,
                                  figure: S.figure("figid: PMC1__f1\n", siblings: [.chemicals: S.chemicals(S.meshRow("Trp", "mesh:D014364"))]))
        #expect(old.map(\.ruleID) == ["gene-chemical-collision"])
        #expect(current.map(\.ruleID) == ["gene-chemical-collision"])
        #expect(old.map(\.severity) == [.warning] && current.map(\.severity) == [.warning])
        #expect(old.first?.message == "`Trp` is also annotated as the chemical Tryptophan (D014364) (line 13); `Trp` is a "
            + "three-letter amino-acid code on pathlint's curated list: the gene TYRP1 is likely the false match")
        #expect(current.first?.message == "`Trp` is also annotated as the chemical Tryptophan (D014364) (line 2 of the chemicals "
            + "table); `Trp` is a three-letter amino-acid code on pathlint's curated list: the gene TYRP1 is likely the false match")
        #expect(old.first?.fixes.map(\.safety) == [.unsafe] && current.first?.fixes.map(\.safety) == [.unsafe])
        #expect(applying(try #require(current.first?.fixes.first), to: genes) == S.genes())
    }

    @Test func aHumanFigureWhoseTitleNamesYeastIsOrganismMismatch() {
        // The figure-level check reads `organisms` and the titles, which both layouts' figure files have.
        let fields = "figtitle: Sterol synthesis in Saccharomyces cerevisiae\norganisms:\n- Homo sapiens\n"
        let old = lintFile(markdown(Fixture.header + fields + "genes: []\n"), rules: ["organism-mismatch", "sidecar-organism"])
        let current = lintFile(markdown("figid: PMC1__f1\n" + fields + "organisms_ner:\n- Homo sapiens\n"),
                               rules: ["organism-mismatch", "sidecar-organism"], path: "x/_figures/PMC1__f1.md")
        #expect(old.map(\.ruleID) == ["organism-mismatch"])
        #expect(current.map(\.ruleID) == ["organism-mismatch"])
        #expect(old.map(\.message) == current.map(\.message))
        // A table's block of another organism's rows is the same rule.
        let fly = S.genes(S.gene("7227", "Drosophila melanogaster", "Invertebrates", "dpp", "DPP", "dpp", "33432", "ncbigene_symbol"))
        let block = lintSidecar(fly, rules: ["sidecar-organism"], figure: S.figure("figid: PMC1__f1\norganisms:\n- Homo sapiens\n"))
        #expect(block.map(\.ruleID) == ["organism-mismatch"])
    }
}

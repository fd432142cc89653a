import Testing
@testable import PathLintCore

/// The gene rules over tables, through their old ids (still accepted): entrez-mismatch
/// (sidecar-entrez-mismatch), outdated-hgnc-symbol (sidecar-outdated-symbol),
/// symbol-source-mismatch (sidecar-source-mismatch).
@Suite struct SidecarGeneRuleTests {
    typealias S = SidecarFixture

    @Test func wrongIDNamesItsOwnerAtTheExactCell() throws {
        // Greek letters, an en dash and an astral character in the cells before the ID.
        let file = S.genes(S.human("MEK1 – αβ𝔸", "MEK1", "MAP2K1", "5605", "ncbigene_synonym"))
        let found = lintSidecar(file, rules: ["sidecar-entrez-mismatch"])
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.severity == .error)
        #expect(d.message == "ncbigene_id 5605 is not the Entrez ID of MAP2K1 (5604); it belongs to MAP2K2 (HGNC:6842, Entrez 5605)")
        #expect(text(of: d, in: file) == "5605")
        let location = SourceText(file).location(of: d.range.start)
        let prefix = "9606\tHomo sapiens\tPrimates\tMEK1 – αβ𝔸\tMEK1\tMAP2K1\t"
        #expect(location.utf8Column == prefix.utf8.count)
        #expect(location.utf16Column == prefix.utf16.count)
        #expect(location.codePointColumn == prefix.unicodeScalars.count)
        #expect(applying(try #require(d.fixes.last), to: file) == S.genes(S.human("MEK1 – αβ𝔸", "MEK1", "MAP2K1", "5604", "ncbigene_synonym")))
    }

    @Test func rightPairsAndOtherOrganismsPass() {
        let file = S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym"),
                           S.gene("7227", "Drosophila melanogaster", "Invertebrates", "EGFR", "EGFR", "Egfr", "37455", "ncbigene_symbol"))
        #expect(lintSidecar(file, rules: ["sidecar-entrez-mismatch", "sidecar-outdated-symbol", "sidecar-source-mismatch"]).isEmpty)
    }

    @Test func symbolHGNCSpellsOtherwiseIsAnInfoWithTheHGNCName() throws {
        let file = S.genes(S.human("Cytb", "CYTB", "CYTB", "4519", "ncbigene_symbol"))
        let d = try #require(lintSidecar(file, rules: ["sidecar-entrez-mismatch"]).first)
        #expect(d.severity == .info)
        #expect(d.message == "HGNC has no symbol `CYTB`; it calls NCBI Gene 4519 MT-CYB (HGNC:7427, Entrez 4519)")
        #expect(text(of: d, in: file) == "CYTB")
    }

    @Test func renamedSymbolGetsTheCurrentOneWithASafeFix() throws {
        let file = S.genes(S.human("TAZ", "TAZ", "TAZ", "6901", "ncbigene_symbol"))
        let found = lintSidecar(file, rules: ["sidecar-outdated-symbol", "sidecar-entrez-mismatch", "sidecar-source-mismatch"])
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "outdated-hgnc-symbol")
        #expect(d.message.hasPrefix("`TAZ` is a previous HGNC symbol; the current symbol is TAFAZZIN"))
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .safe)
        #expect(applying(fix, to: file) == S.genes(S.human("TAZ", "TAZ", "TAFAZZIN", "6901", "ncbigene_symbol")))
    }

    @Test func synonymClaims() {
        let rule = ["sidecar-source-mismatch"]
        // An HGNC alias, a FamPlex family of the gene, and an OCR variant are all accepted.
        #expect(lintSidecar(S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym")), rules: rule).isEmpty)
        #expect(lintSidecar(S.genes(S.human("NF-kB", "NF-KB", "NFKB1", "4790", "ncbigene_synonym")), rules: rule).isEmpty)
        #expect(lintSidecar(S.genes(S.human("IFNY", "IFNY", "IFNG", "3458", "ncbigene_synonym")), rules: rule).isEmpty)
        // NCBI's synonym BAR of NR1H4 is no HGNC alias: an info.
        let file = S.genes(S.human("BAR", "BAR", "NR1H4", "9971", "ncbigene_synonym"))
        let found = lintSidecar(file, rules: rule)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first.map { text(of: $0, in: file) } == "ncbigene_synonym")
        #expect(found.first?.message == "source `ncbigene_synonym` does not hold: `BAR` is not an HGNC alias or previous symbol of NR1H4, nor a family of it; NCBI's synonyms may still list it")
        // PLC for HSPG2 names a FamPlex family HSPG2 is not in: one finding, the shadowing rule's.
        let plc = S.genes(S.human("PLC", "PLC", "HSPG2", "3339", "ncbigene_synonym"))
        #expect(lintSidecar(plc, rules: rule).isEmpty)
        #expect(lintSidecar(plc, rules: ["sidecar-shadowed-synonym"]).count == 1)
    }

    @Test func symbolAndFamilyClaims() throws {
        let rule = ["sidecar-source-mismatch"]
        #expect(lintSidecar(S.genes(S.human("Akt", "AKT", "AKT2", "208", "famplex_relations")), rules: rule).isEmpty)
        #expect(lintSidecar(S.genes(S.human("Wnt", "WNT", "WNT5A", "7474", "famplex_relations")), rules: rule).isEmpty)
        let notMember = S.genes(S.human("Wnt", "WNT", "FZD1", "8321", "famplex_relations"))
        let d = try #require(lintSidecar(notMember, rules: rule).first)
        #expect(d.severity == .warning)
        #expect(d.message.hasPrefix("source `famplex_relations` does not hold: FZD1 is not a member of FamPlex"))
        let geneNotFamily = S.genes(S.human("ALG1", "ALG1", "GYS1", "2997", "famplex_relations"))
        #expect(lintSidecar(geneNotFamily, rules: rule).first?.message
            == "source `famplex_relations` does not hold: `ALG1` names the gene ALG1, not a FamPlex family: GYS1 is another gene")
        let wrongSymbol = S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_symbol"))
        let wrong = try #require(lintSidecar(wrongSymbol, rules: rule).first)
        #expect(wrong.message
            == "source `ncbigene_symbol` does not hold: `MEK1` is not the symbol of MAP2K1 (HGNC:6840, Entrez 5604); it is a synonym of it")
        // The claim that holds is a safe fix, written as the table writes it.
        #expect(applying(try #require(wrong.fixes.first), to: wrongSymbol)
            == S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym")))
    }
}

import Foundation
import Testing
@testable import PathLintCore

/// Cases from the corpus, checked by hand: true findings and words that must pass.
@Suite struct NotAGeneWordRuleTests {
    let rule = ["not-a-gene-word"]

    func finding(_ word: String, _ symbol: String, _ source: String, _ hgnc: String, _ entrez: String) -> Diagnostic? {
        lint(Fixture.genes(Fixture.gene(word, symbol, source, hgnc, entrez)), rules: rule).first
    }

    @Test func aNucleotideOnTheCuratedList() throws {
        // PMC22464, PMC4190558, PMC6456754: `ADP` became WDTC1.
        let file = markdown(Fixture.genes(Fixture.gene("ADP", "ADP", "hgnc_alias_symbol", "WDTC1", "'23038'")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.severity == .warning)
        #expect(d.message == "`ADP` is a nucleotide (Adenosine Diphosphate) on pathlint's curated list, not a gene: "
            + "it reached WDTC1 only as an alias (`ADP`)")
        #expect(text(of: d, in: file) == "ADP")
        #expect(position(of: d, in: file) == (7, 9))
        let fix = try #require(d.fixes.first)
        #expect(fix.safety == .unsafe)
        // The last entry of the list leaves an empty list, not a null.
        #expect(applying(fix, to: file) == markdown(Fixture.header + "genes: []\n"))
    }

    @Test func curatedCategoriesNameTheirReason() {
        #expect(finding("LPS,", "LPS", "hgnc_prev_symbol", "IRF6", "'3664'")?.message.hasPrefix("`LPS,` is a bacterial or plant chemical (Lipopolysaccharides)") == true)
        #expect(finding("spp", "SPP", "hgnc_alias_symbol", "HM13", "'81502'")?.message.hasPrefix("`spp` is an organism or strain") == true)
        #expect(finding("Th1/Th17,", "TH1", "hgnc_alias_symbol", "NELFCD", "'51497'")?.message.hasPrefix("`Th1/Th17,` is a cell type") == true)
        #expect(finding("FTD/ALS", "ALS", "hgnc_alias_symbol", "IGFALS", "'3483'")?.message.hasPrefix("`FTD/ALS` is a disease abbreviation") == true)
        #expect(finding("(ACh)", "ACH", "hgnc_prev_symbol", "FGFR3", "'2261'")?.message.contains("only as a previous symbol (`ACH`)") == true)
    }

    @Test func everydayEnglishWordsInLowerCaseOrCapitalised() {
        for (word, symbol, hgnc, entrez) in [("all", "ALL", "BCR", "'613'"), ("end", "END", "ENG", "'2022'"),
                                             ("fat", "FAT", "CD36", "'948'"), ("stop", "STOP", "MAP6", "'4135'"),
                                             ("Mass", "MASS", "FBN1", "'2200'")] {
            let d = finding(word, symbol, "hgnc_alias_symbol", hgnc, entrez)
            #expect(d?.message.hasPrefix("`\(word)` is an everyday English word (wamerican word list)") == true, "\(word)")
        }
    }

    @Test func lowerCaseMiceIsATaxonEvenThoughMICEIsAnApprovedSymbol() {
        #expect(finding("mice", "MICE", "hgnc_alias_symbol", "CASP14", "'23581'")?.message.hasPrefix("`mice` is an organism") == true)
    }

    @Test func aSmallMoleculeMeSHTermIsEvidence() throws {
        let record = try #require(Fixture.reference.hgnc.record(number: "3333"))
        let d = finding("TMP", "TMP", "hgnc_alias_symbol", record.symbol, "'\(record.entrez)'")
        #expect(d?.message.hasPrefix("`TMP` is the MeSH chemical Thymidine Monophosphate (D013938)") == true)
    }

    @Test func wordsThatAreGenesAreNotReported() {
        // Gene names that are English words (the allow list), in any case.
        #expect(finding("tau", "tau", "hgnc_alias_symbol", "MAPT", "'4137'") == nil)
        #expect(finding("Twist", "TWIST", "hgnc_prev_symbol", "TWIST1", "'7291'") == nil)
        #expect(finding("Raptor", "raptor", "hgnc_alias_symbol", "RPTOR", "'57521'") == nil)
        // Capitals are acronyms, not English: `LIGHT` is TNFSF14.
        #expect(finding("LIGHT", "LIGHT", "hgnc_alias_symbol", "TNFSF14", "'8740'") == nil)
        // Another gene's approved symbol: which gene is `ambiguous-gene-symbol`'s question.
        #expect(finding("Met", "Met", "hgnc_alias_symbol", "SLTM", "'79811'") == nil)
        // The approved symbol itself in other case.
        #expect(finding("RhoA", "RhoA", "hgnc_alias_symbol", "RHOA", "'387'") == nil)
        // A FamPlex family name.
        #expect(finding("GPCR", "GPC-R", "hgnc_alias_symbol", "NMUR1", "'10316'") == nil)
        // Proteins in MeSH are not chemicals: CD40 Ligand, Syndecans.
        #expect(finding("CD40L", "CD40L", "hgnc_alias_symbol", "CD40LG", "'959'") == nil)
        #expect(finding("Syndecan", "syndecan", "hgnc_alias_symbol", "SDC1", "'6382'") == nil)
        // Matched as an approved symbol or a family: never reported.
        #expect(finding("ADP", "ADP", "hgnc_symbol", "WDTC1", "'23038'") == nil)
        #expect(finding("Notch", "Notch", "bioentities_symbol", "NOTCH1", "'4851'") == nil)
    }

    @Test func theRangeIsExactAfterNonASCIIText() throws {
        // Greek, an en dash and an astral character on the line before, and in the word itself.
        let file = markdown(Fixture.header + "caption: TNF-α – 𝛽 cells\ngenes:\n- word: (ADP–α)\n  symbol: ADP\n"
            + "  source: hgnc_alias_symbol\n  hgnc_symbol: WDTC1\n  entrez: '23038'\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(text(of: d, in: file) == "(ADP–α)")
        #expect(columns(of: d, in: file) == "8:9/9/9")
    }

    @Test func theSeedFigureGetsAWarningAndNoError() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let seed = try! String(contentsOf: root.appendingPathComponent("examples/PMC199174__JCI0110934.f9.md"), encoding: .utf8)
        let found = lintFile(seed, rules: ["not-a-gene-word", "ambiguous-gene-symbol", "gene-chemical-collision",
                                           "mesh-word-mismatch", "retired-mesh-id", "organism-mismatch"])
        #expect(!found.contains { $0.severity == .error })
        #expect(found.filter { $0.ruleID == "not-a-gene-word" }.map { text(of: $0, in: seed) } == ["PTB"])
    }
}

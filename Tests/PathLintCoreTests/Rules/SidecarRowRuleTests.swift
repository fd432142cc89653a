import Testing
@testable import PathLintCore

/// sidecar-row-value, duplicate-gene (old id sidecar-duplicate-row), sidecar-counts.
@Suite struct SidecarRowRuleTests {
    typealias S = SidecarFixture

    @Test func requiredNAAndMalformedValues() throws {
        let file = S.genes(
            S.gene("7227", "Drosophila melanogaster", "Invertebrates", "B-AR", "BAR", "NA", "44798", "ncbigene_synonym"),
            S.gene("9606", "Mus musculus", "Primates", "X", "X", "X", "12a", "NCBIgene-synonym"),
            S.gene("h", "Homo sapiens", "Primates", "X", "X", "X", "1", "ncbigene_symbol", counts: ("NA", "x", "1")))
        // An ID that is not digits and an unknown source are the both-layout rules' findings.
        let found = lintSidecar(file, rules: ["sidecar-row-value", "entrez-mismatch", "symbol-source-mismatch"])
        #expect(found.map { text(of: $0, in: file) } == ["NA", "Mus musculus", "12a", "NCBIgene-synonym", "h", "x"])
        #expect(found.map(\.ruleID) == ["sidecar-row-value", "sidecar-row-value", "entrez-mismatch", "symbol-source-mismatch",
                                        "sidecar-row-value", "sidecar-row-value"])
        #expect(found[2].message == "ncbigene_id must be a string of digits, not `12a`")
        #expect(found[0].message == "`ncbigene_symbol` is NA (missing) in row 1; this column needs a value")
        #expect(found[1].message == "organism_name `Mus musculus` does not agree with organism_id 9606, which is Homo sapiens")
        #expect(found[3].fixes.first.map { applying($0, to: file).contains("\tncbigene_synonym\t1\t0\t1\n") } == true)
    }

    @Test func unmappedMeSHRowsAndCrossReferences() {
        let file = S.chemicals(S.meshRow("L-tyrosine", "NA"), S.meshRow("ATP", "mesh:D000255", "Adenosine Triphosphate", "ATP", "CHEBI:15422"),
                               S.meshRow("NA", "mesh:D005947", "Glucose", "D-glucopyranose", "chebi:4167"))
        let found = lintSidecar(file, rules: ["sidecar-row-value"], path: "x/_data/PMC1__f1-chemicals.tsv")
        #expect(found.map { text(of: $0, in: file) } == ["CHEBI:15422", "NA"])
        #expect(found.first?.fixes.first?.edits.first?.newText == "chebi:15422")
        let diseases = S.diseases(S.meshRow("MM", "mesh:D009101", "NA", "NA", "DOID_9538"))
        #expect(lintSidecar(diseases, rules: ["sidecar-row-value"], path: "x/_data/PMC1__f1-diseases.tsv").count == 1)
    }

    @Test func duplicateRowsIgnoreCountsButNotWords() throws {
        let a = S.gene("10090", "Mus musculus", "Rodents", "fog", "FOG", "Zfpm1", "22761", "ncbigene_synonym", counts: ("NA", "1", "1"))
        let b = S.gene("10090", "Mus musculus", "Rodents", "fog", "FOG", "Zfpm1", "22761", "ncbigene_synonym", counts: ("1", "1", "1"))
        let otherWord = S.gene("10090", "Mus musculus", "Rodents", "FOG1", "FOG1", "Zfpm1", "22761", "ncbigene_synonym", counts: ("NA", "1", "1"))
        let file = S.genes(a, otherWord, b, a)
        let found = lintSidecar(file, rules: ["sidecar-duplicate-row"])
        #expect(found.count == 2)
        #expect(found.map { $0.fixes.first?.safety } == [.unsafe, .safe])
        #expect(found[0].message == "duplicate gene row: word `fog`, match `FOG`, ncbigene_symbol `Zfpm1` already listed (row 1, line 2); it differs in counts")
        #expect(found.map(\.ruleID) == ["duplicate-gene", "duplicate-gene"])
        #expect(applying(try #require(found[1].fixes.first), to: file) == S.genes(a, otherWord, b))
        // Chemicals: one row per mention is the design.
        let chemicals = S.chemicals(S.meshRow("Glucose", "mesh:D005947"), S.meshRow("Glucose", "mesh:D005947"))
        #expect(lintSidecar(chemicals, rules: ["sidecar-duplicate-row"], path: "x/_data/P__f-chemicals.tsv").isEmpty)
    }

    @Test func countsPerOrganism() throws {
        let fly = { (word: String, source: String, counts: (String, String, String)) in
            S.gene("7227", "Drosophila melanogaster", "Invertebrates", word, word.uppercased(), word, "1", source, counts: counts)
        }
        let right = S.genes(fly("dpp", "ncbigene_symbol", ("2", "1", "3")), fly("tkv", "ncbigene_symbol", ("2", "1", "3")),
                            fly("mad", "ncbigene_synonym", ("2", "1", "3")),
                            S.human("AKT", "AKT", "AKT1", "207", "famplex_relations", counts: ("NA", "NA", "1")))
        #expect(lintSidecar(right, rules: ["sidecar-counts"]).isEmpty)
        let wrong = S.genes(fly("dpp", "ncbigene_symbol", ("3", "NA", "1")))
        let found = lintSidecar(wrong, rules: ["sidecar-counts"])
        #expect(found.map(\.message) == ["count_direct 3 does not count the rows of organism 7227: 1"])
        #expect(applying(try #require(found.first?.fixes.first), to: wrong) == S.genes(fly("dpp", "ncbigene_symbol", ("1", "NA", "1"))))
    }
}

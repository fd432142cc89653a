import Testing
@testable import PathLintCore

/// The MeSH rules over tables: unknown-mesh-id (old id sidecar-mesh-id), mesh-category
/// (old id sidecar-disease-category), mesh-word-mismatch (old id sidecar-mesh-word); the `mesh:` prefix form (sidecar-row-value).
@Suite struct SidecarMeSHRuleTests {
    typealias S = SidecarFixture
    let diseases = "x/_data/PMC1__f1-diseases.tsv"
    let chemicals = "x/_data/PMC1__f1-chemicals.tsv"

    @Test func retiredCOVIDConceptNamesTheDescriptorThatReplacedIt() throws {
        let file = S.diseases(S.meshRow("COVID", "mesh:C000657245"))
        let d = try #require(lintSidecar(file, rules: ["sidecar-mesh-id"], path: diseases).first)
        #expect(d.ruleID == "unknown-mesh-id")
        #expect(d.severity == .warning)  // retired, and the word names its successor
        #expect(d.message == "C000657245 is not a MeSH supplementary concept: it was retired or never existed; the MeSH term nearest `COVID` is COVID-19 (D000086382)")
        #expect(text(of: d, in: file) == "mesh:C000657245")
        #expect(applying(try #require(d.fixes.first), to: file) == S.diseases(S.meshRow("COVID", "mesh:D000086382")))
        // The word is the label itself: a safe fix.
        let exact = S.diseases(S.meshRow("COVID-19", "mesh:C000657245"))
        #expect(lintSidecar(exact, rules: ["sidecar-mesh-id"], path: diseases).first?.fixes.first?.safety == .safe)
    }

    @Test func newerThanTheSnapshotIsOnlyAnInfo() throws {
        let newest = try #require(Fixture.reference.mesh.newestID(.descriptor))
        #expect(newest.utf8.count == 10)
        let beyond = "D" + String(Int(newest.dropFirst())! + 1).leftPadded(to: 9)
        let file = S.chemicals(S.meshRow("X", "mesh:" + beyond))
        let d = try #require(lintSidecar(file, rules: ["sidecar-mesh-id"], path: chemicals).first)
        #expect(d.severity == .info)
        #expect(d.message.contains("beyond the newest MeSH descriptor in the snapshot (\(newest))"))
        // A 6-digit ID below the 9-digit range is not newer.
        #expect(!Fixture.reference.mesh.isNewerThanSnapshot("D999998"))
    }

    @Test func prefixAndFormAndNA() {
        let file = S.chemicals(S.meshRow("ATP", "D000255"), S.meshRow("ATP", "MESH:D000255"), S.meshRow("ATP", "mesh:D12"),
                               S.meshRow("L-tyrosine", "NA"), S.meshRow("ATP", "mesh:D000255"))
        let found = lintSidecar(file, rules: ["sidecar-row-value", "unknown-mesh-id"], path: chemicals)
        #expect(found.map { text(of: $0, in: file) } == ["D000255", "MESH:D000255", "mesh:D12"])
        #expect(found.map(\.ruleID) == ["sidecar-row-value", "sidecar-row-value", "unknown-mesh-id"])
        #expect(found.first?.fixes.first?.edits.first?.newText == "mesh:D000255")
        #expect(found.dropFirst().first?.fixes.first?.edits.first?.newText == "mesh:D000255")
        #expect(found.last?.fixes.isEmpty == true)
    }

    @Test func anUpperCasePrefixIsStillReadAsAMeSHID() {
        // `MESH:D008099` (Liver) is read: the category check sees it, whatever the prefix's case.
        let found = lintSidecar(S.diseases(S.meshRow("liver", "MESH:D008099")), rules: ["mesh-category"], path: diseases)
        #expect(found.map(\.message) == ["disease D008099 (Liver) is not in the MeSH Diseases tree (C); its trees: A"])
    }

    @Test func diseaseOutsideTheDiseasesTree() throws {
        let file = S.diseases(S.meshRow("liver", "mesh:D008099"), S.meshRow("Melanoma", "mesh:D008545"),
                              S.meshRow("LPS", "mesh:C536528"))
        let found = lintSidecar(file, rules: ["sidecar-disease-category"], path: diseases)
        #expect(found.map(\.message) == ["disease D008099 (Liver) is not in the MeSH Diseases tree (C); its trees: A"])
        #expect(found.map(\.ruleID) == ["mesh-category"])
        // Chemicals tables are checked too, as the front matter's chemicals are.
        #expect(lintSidecar(S.chemicals(S.meshRow("liver", "mesh:D008099")), rules: ["sidecar-disease-category"], path: chemicals)
            .map(\.message) == ["chemical D008099 (Liver) is not in the MeSH Chemicals and Drugs tree (D); its trees: A"])
    }

    @Test func wordsAgainstMeSHTermsNotChEBINames() throws {
        // `name` D-glucopyranose is ChEBI's: not compared; Lactate is a salt of Lactic Acid.
        let right = S.chemicals(S.meshRow("Glucose", "mesh:D005947", "Glucose", "D-glucopyranose", "chebi:4167"),
                                S.meshRow("pyruvate", "mesh:D011773"), S.meshRow("Lactate", "mesh:D019344"),
                                S.meshRow("rapamycin", "mesh:D020123"))
        #expect(lintSidecar(right, rules: ["sidecar-mesh-word"], path: chemicals).isEmpty)
        let wrong = S.chemicals(S.meshRow("Ar-Pd", "mesh:D001128"))
        let found = lintSidecar(wrong, rules: ["sidecar-mesh-word"], path: chemicals)
        #expect(found.map(\.ruleID) == ["mesh-word-mismatch"])
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == "`Ar-Pd` does not resemble Argon (D001128), the concept it is mapped to")
        #expect(found.first.map { text(of: $0, in: wrong) } == "Ar-Pd")
        // A three-letter amino-acid code mapped to a peptide: the old layout's check caught
        // it; a table's does now too, with the concept the word names as the fix.
        let asp = S.chemicals(S.meshRow("Asp", "mesh:C108952"))
        let d = try #require(lintSidecar(asp, rules: ["mesh-word-mismatch"], path: chemicals).first)
        #expect(d.message == "`Asp` does not resemble aspartyl-aspartic acid (C108952), the concept it is mapped to; Aspartic Acid (D001224) matches the word")
        #expect(applying(try #require(d.fixes.first), to: asp) == S.chemicals(S.meshRow("Asp", "mesh:D001224")))
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

import Testing
@testable import PathLintCore

@Suite struct SidecarOrganismRuleTests {
    typealias S = SidecarFixture
    let rule = ["sidecar-organism"]
    func fly(_ word: String) -> String {
        S.gene("7227", "Drosophila melanogaster", "Invertebrates", word, word.uppercased(), word, "1", "ncbigene_symbol")
    }

    @Test func flyBlockBesideHumanRowsWhenOrganismsIsNA() throws {
        let file = S.genes(fly("EGFR"), fly("AC"), S.human("EGFR", "EGFR", "EGFR", "1956", "ncbigene_symbol"),
                           S.human("AC", "AC", "ADCY1", "107", "famplex_relations"))
        let figure = S.figure("figid: PMC1__f1\norganisms:\n- NA\norganisms_ner:\n- Homo sapiens\n- Drosophila melanogaster\n")
        let found = lintSidecar(file, rules: rule, figure: figure)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .warning)
        #expect(text(of: d, in: file) == "Drosophila melanogaster")
        #expect(SourceText(file).location(of: d.range.start).line == 1)
        #expect(d.message.contains("2 of its 2 words also matched the human rows"))
    }

    @Test func organismNeitherListNamesAndOnlyTheNERNames() throws {
        let file = S.genes(S.human("EGFR", "EGFR", "EGFR", "1956", "ncbigene_symbol"), fly("dpp"))
        let curated = S.figure("figid: PMC1__f1\norganisms:\n- Arachis hypogaea\norganisms_ner:\n- Drosophila melanogaster\n")
        let found = lintSidecar(file, rules: rule, figure: curated)
        #expect(found.map(\.severity) == [.warning, .warning])
        #expect(found[0].message.contains("neither organisms nor organisms_ner names this organism"))
        #expect(found[1].message.contains("only the text-mined organisms_ner names this organism; organisms names Arachis hypogaea"))
    }

    @Test func namedOrUncontradictedOrganismsPass() {
        let human = S.genes(S.human("EGFR", "EGFR", "EGFR", "1956", "ncbigene_symbol"))
        let naFigure = S.figure("figid: PMC1__f1\norganisms:\n- NA\norganisms_ner:\n- Homo sapiens\n")
        #expect(lintSidecar(human, rules: rule, figure: naFigure).isEmpty)
        let strain = S.genes(S.gene("511145", "Escherichia coli str. K-12 substr. MG1655", "Bacteria", "lacZ", "LACZ", "lacZ", "945006", "ncbigene_symbol"))
        let ecoli = S.figure("figid: PMC1__f1\norganisms:\n- Escherichia coli\n")
        #expect(lintSidecar(strain, rules: rule, figure: ecoli).isEmpty)
        #expect(lintSidecar(strain, rules: rule).isEmpty)  // no figure: nothing to compare with
    }

    @Test func rMissingValuesInTheFrontMatter() throws {
        let annotation = try #require(AnnotationDocument(path: "f.md", text: markdown(
            "figid: PMC1__f1\norganisms:\n- NA\norganisms_ner: .na.character\ndoi: .na.character\n")).annotation)
        #expect(annotation.curatedOrganisms.isEmpty)
        #expect(annotation.organisms.count == 1)
        #expect(annotation.organismsNER.isEmpty)
        #expect(Annotation.isRMissing(".na.character"))
        #expect(!Annotation.isRMissing("Homo sapiens"))
        #expect(annotation.doi == nil)
        let current = try #require(AnnotationDocument(path: "f.md", text: markdown(
            "figid: PMC1__f1\ndoi: 10.3390/ijms24054893\nautoml_pathway: 0.9540216\nndex: ''\nfigtype: Figure\n")).annotation)
        #expect(current.doi?.value == "10.3390/ijms24054893")
        #expect(current.automlPathway == 0.9540216)
        #expect(current.ndex == nil)
        #expect(current.figtype?.value == "Figure")
        #expect(current.layout == .sidecarTables)
    }
}

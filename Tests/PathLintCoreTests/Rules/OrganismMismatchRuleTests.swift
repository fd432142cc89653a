import Testing
@testable import PathLintCore

/// Cases from the corpus, checked by hand.
@Suite struct OrganismMismatchRuleTests {
    let rule = ["organism-mismatch"]

    func figure(_ fields: String, organisms: String = "organisms:\n- Homo sapiens\n") -> String {
        markdown(Fixture.header + fields + organisms + "genes: []\n")
    }

    @Test func aYeastFigureAnnotatedAsHuman() throws {
        // PMC452588: "Spindle assembly and orientation checkpoints in fission yeast".
        let file = figure("figtitle: Spindle assembly and orientation checkpoints in fission yeast\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.severity == .warning)
        #expect(d.message == "`organisms` says Homo sapiens, but the figure title names yeast (`yeast`)")
        #expect(text(of: d, in: file) == "Homo sapiens")
    }

    @Test func theFirstTextThatNamesAnOrganismIsQuoted() {
        let found = lintFile(figure("papertitle: Absence of Wee1 ensures the meiotic cell cycle in Xenopus oocytes.\n"
            + "caption: See the Drosophila panel.\n"), rules: rule)
        #expect(found.map(\.message) == ["`organisms` says Homo sapiens, but the paper title names the frog (`Xenopus`)"])
    }

    @Test func bacteriaAreOnlyInformation() {
        // PMC164216: "... Mechanisms Involved in Bacterial Sepsis" is about the human host.
        let found = lintFile(figure("papertitle: Receptors, Mediators, and Mechanisms Involved in Bacterial Sepsis\n"), rules: rule)
        #expect(found.map(\.severity) == [.info])
    }

    @Test func wordsInsideOtherWordsAndTheYeastTwoHybridMethodDoNotCount() {
        #expect(lintFile(figure("caption: interaction deduced from either yeast two-hybrid or pull-down\n"), rules: rule).isEmpty)
        #expect(lintFile(figure("caption: Fishing for partners; the plantar fascia; riceine\n"), rules: rule).isEmpty)
    }

    @Test func otherOrganismsListsAreNotQuestioned() {
        #expect(lintFile(figure("figtitle: The yeast response\n", organisms: "organisms:\n- Saccharomyces cerevisiae\n"),
                         rules: rule).isEmpty)
        #expect(lintFile(figure("figtitle: The yeast response\n", organisms: "organisms:\n- Homo sapiens\n- Mus musculus\n"),
                         rules: rule).isEmpty)
    }

    @Test func severalOrganismsInOneItem() throws {
        // PMC4404315.
        let file = figure("", organisms: "organisms:\n- Homo sapiens, Mus musculus\n")
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "`Homo sapiens, Mus musculus` names several organisms in one item: list each as its own item")
        // Separated by spaces only, or by semicolons; one binomial (however spaced) is one organism.
        #expect(OrganismMismatch.namesSeveral("Homo sapiens Mus musculus"))
        #expect(OrganismMismatch.namesSeveral("Homo sapiens;Mus musculus"))
        #expect(!OrganismMismatch.namesSeveral("Homo sapiens"))
        #expect(!OrganismMismatch.namesSeveral("Homo  sapiens , "))
        #expect(!OrganismMismatch.namesSeveral("Escherichia coli str. K-12"))
    }

    @Test func aCurrentLayoutFigureFileIsCheckedToo() throws {
        // `_figures/<figid>.md` has `organisms` and titles as the old layout's file does.
        let file = markdown("figid: PMC1__f1\nfigtitle: Sterol synthesis in Saccharomyces cerevisiae\n"
            + "organisms:\n- Homo sapiens\norganisms_ner:\n- Homo sapiens\n")
        let found = lintFile(file, rules: rule, path: "x/_figures/PMC1__f1.md")
        #expect(found.map(\.message) == ["`organisms` says Homo sapiens, but the figure title names yeast (`Saccharomyces`)"])
        let several = markdown("figid: PMC1__f1\norganisms:\n- Homo sapiens, Mus musculus\n")
        #expect(lintFile(several, rules: rule, path: "x/_figures/PMC1__f1.md").count == 1)
    }

    @Test func organismWordsAreWholeWordsInAnyCase() {
        #expect(OrganismMismatch.organism(in: "Signalling in SACCHAROMYCES cerevisiae")?.word == "SACCHAROMYCES")
        #expect(OrganismMismatch.organism(in: "Signalling in SACCHAROMYCES cerevisiae")?.group == "yeast")
        #expect(OrganismMismatch.organism(in: "Riceberry and yeastlike cells") == nil)   // not whole words
        #expect(OrganismMismatch.organism(in: "A yeast two-hybrid screen; yeast extract") == nil)
        #expect(OrganismMismatch.organism(in: "α–β 𝛼 in Drosophila")?.word == "Drosophila")  // after non-ASCII text
        #expect(OrganismMismatch.organism(in: "Zebrafish")?.group == "a fish")
        #expect(OrganismMismatch.organism(in: "") == nil)
    }
}

/// The block check, over a genes table and its figure's `organisms`.
@Suite struct OrganismMismatchTableTests {
    typealias S = SidecarFixture
    let rule = ["organism-mismatch"]
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

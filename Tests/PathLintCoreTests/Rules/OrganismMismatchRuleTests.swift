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

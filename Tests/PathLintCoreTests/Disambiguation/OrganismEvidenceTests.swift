import Testing
@testable import PathLintCore

@Suite struct OrganismEvidenceTests {
    func fly(_ word: String) -> GeneQuery {
        GeneQuery(word: word, term: word, symbol: word.lowercased(), geneID: "1", claim: .symbol, taxon: "7227",
                    organismName: "Drosophila melanogaster")
    }
    /// A figure context that reads the snapshot's organism vocabulary.
    func context(paperTitle: String = "", figureTitle: String = "", caption: String = "", journal: String = "",
                curatedOrganisms: [String] = [], textMinedOrganisms: [String] = []) -> FigureContext {
        FigureContext(paperTitle: paperTitle, figureTitle: figureTitle, caption: caption, journal: journal,
                      curatedOrganisms: curatedOrganisms, textMinedOrganisms: textMinedOrganisms,
                      organismVocabulary: OrganismWords.vocabulary(Fixture.reference))
    }

    @Test func theVocabularyComesFromTheMeSHOrganismsTree() throws {
        let vocabulary = OrganismWords.vocabulary(Fixture.reference)
        #expect(vocabulary.entry("burkholderia")?.group == .bacterium)
        #expect(vocabulary.entry("corynebacterium glutamicum")?.group == .bacterium)
        #expect(vocabulary.entry("actinidia")?.group == .plant)
        #expect(vocabulary.entry("yeasts")?.group == .fungus)
        // `Soybean` is an entry term of Glycine max; `mesh-labels.tsv` files it under `Soy Bean`.
        #expect(vocabulary.entry("soybean")?.group == .plant)
        #expect(vocabulary.entry("insects")?.group == .insect)
        // Hand entries keep their NCBI Taxonomy IDs.
        #expect(vocabulary.entry("flies")?.taxa == ["7227"])
        // English words and words under four letters are not read as organisms.
        #expect(vocabulary.entry("mice")?.taxa == ["10090"])
        #expect(OrganismWords.meshEntry("cell", Fixture.reference) == nil)
    }

    let human = GeneQuery(word: "Eno", term: "ENO", symbol: "ENO4", geneID: "387712", claim: .family)

    @Test func aBlockThatOnlyTextMiningNames() throws {
        let figure = context(caption: "Insulin signalling in human cells.", textMinedOrganisms: ["Drosophila melanogaster"])
        let evidence = try #require(OrganismEvidence.evaluate(fly("ATP"), in: figure))
        #expect(evidence.family == .organism)
        #expect(evidence.weight == 3)
        #expect(evidence.reading == .otherOrganism("not a gene of Drosophila melanogaster"))
        #expect(evidence.reason.hasPrefix("only text mining (organisms_ner) names Drosophila melanogaster; organisms is NA"))
    }

    @Test func aBlockTheCaptionOrCuratedListNamesPasses() {
        let named = context(caption: "Wing disc growth in Drosophila.")
        #expect(OrganismEvidence.evaluate(fly("dpp"), in: named) == nil)
        let common = context(caption: "Growth of the fly wing.")
        #expect(OrganismEvidence.evaluate(fly("dpp"), in: common) == nil)
        let curated = context(caption: "Growth signals.", curatedOrganisms: ["Drosophila melanogaster"])
        #expect(OrganismEvidence.evaluate(fly("dpp"), in: curated) == nil)
    }

    @Test func aCuratedOrganismTheTextNeverNamesWhileNamingAnother() throws {
        let mouse = GeneQuery(word: "Ar", term: "AR", symbol: "Ar", geneID: "11835", claim: .symbol, taxon: "10090",
                                organismName: "Mus musculus")
        let figure = context(caption: "Coexpression in human prostate cancer.", curatedOrganisms: ["Mus musculus"])
        let evidence = try #require(OrganismEvidence.evaluate(mouse, in: figure))
        #expect(evidence.reason == "organisms lists Mus musculus, but the caption and titles name only human")
        // Words of research on people name humans too.
        let subjects = context(caption: "Coexpression in cancerous subjects.", curatedOrganisms: ["Mus musculus"])
        #expect(OrganismEvidence.evaluate(mouse, in: subjects)?.reason == "organisms lists Mus musculus, but the caption and titles name only subjects")
        let mice = context(caption: "Coexpression in human and mice.", curatedOrganisms: ["Mus musculus"])
        #expect(OrganismEvidence.evaluate(mouse, in: mice) == nil)
    }

    @Test func humanRowsOnAFigureAboutBacteria() throws {
        let figure = context(paperTitle: "Mycobacterium tuberculosis requires glyoxylate shunt",
                                   figureTitle: "Central carbon metabolism in Mtb", curatedOrganisms: ["Homo sapiens"])
        let evidence = try #require(OrganismEvidence.evaluate(human, in: figure))
        #expect(evidence.reading == .otherOrganism("a gene of the organism the figure is about (mycobacterium, mycobacterium tuberculosis), not of Homo sapiens"))
        #expect(evidence.reason == "the figure's titles or journal name mycobacterium, mycobacterium tuberculosis and no human, other mammal or host")
        // The journal's name counts like a title.
        let plant = context(caption: "Amino acid biosynthesis of P. trichocarpa.", journal: "Plant J")
        #expect(OrganismEvidence.evaluate(human, in: plant) != nil)
    }

    @Test func humanRowsStayWhenTheTextNamesAMammalOrAHost() {
        let infection = context(paperTitle: "Salmonella infection of macrophages", caption: "Bacterial effectors.")
        #expect(OrganismEvidence.evaluate(human, in: infection) == nil)
        let sepsis = context(paperTitle: "Receptors and mechanisms in bacterial sepsis")
        #expect(OrganismEvidence.evaluate(human, in: sepsis) == nil)
        let mouse = context(paperTitle: "Yeast and mouse models of ageing")
        #expect(OrganismEvidence.evaluate(human, in: mouse) == nil)
        // One passing word in the caption is not enough.
        let passing = context(caption: "Proteins found in a yeast two-hybrid screen.")
        #expect(OrganismEvidence.evaluate(human, in: passing) == nil)
        #expect(OrganismEvidence.evaluate(human, in: context()) == nil)
    }
}

import Testing
@testable import PathLintCore

/// The layout-independent model: a figure's mentions built from the front matter or from
/// a table, each field with its name, value, range and encoding.
@Suite struct MentionModelTests {
    typealias S = SidecarFixture

    @Test func geneMentionsFromTheFrontMatter() throws {
        let text = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")))
        let figure = Figure(document: AnnotationDocument(path: "PMC199174__JCI0110934.f9.md", text: text))
        let gene = try #require(figure.genes.first)
        #expect(figure.genes.count == 1)
        #expect(gene.word?.name == "word" && gene.term?.name == "symbol" && gene.symbol?.name == "hgnc_symbol")
        #expect(gene.geneID?.name == "entrez" && gene.geneID?.value == "5604")
        #expect(gene.geneID?.encoding == .yaml(.singleQuoted))
        #expect(gene.symbol?.encoding == .yaml(.plain))
        #expect(gene.claim == .alias && gene.taxon == "9606" && gene.authority == .hgnc)
        let source = SourceText(text)
        #expect(source.text(try #require(gene.geneID).range) == "'5604'")
        // The entry's whole lines, for a fix that removes it.
        #expect(source.text(try #require(gene.removal(in: source))).hasPrefix("- word: MEK1\n"))
        #expect(figure.metadata?.figid?.value == "PMC199174__JCI0110934.f9")
    }

    @Test func geneMentionsFromATable() throws {
        let text = S.genes(S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym"),
                           S.gene("10090", "Mus musculus", "Rodents", "fog", "FOG", "Zfpm1", "22761", "NA"))
        let figure = Figure(document: AnnotationDocument(path: "x/_data/PMC1__f1-genes.tsv", text: text))
        #expect(figure.genes.count == 2)
        let human = figure.genes[0], mouse = figure.genes[1]
        #expect(human.term?.name == "match" && human.symbol?.name == "ncbigene_symbol" && human.geneID?.name == "ncbigene_id")
        #expect(human.geneID?.encoding == .tsvCell && human.claim == .ncbiSynonym && human.authority == .ncbiGene)
        #expect(human.isHuman && !mouse.isHuman && mouse.taxon == "10090")
        #expect(mouse.source == nil && mouse.claim == nil)  // `NA` is no value
        #expect(human.counts == ["1", "0", "1"])
        let source = SourceText(text)
        #expect(source.text(try #require(human.removal(in: source))) == S.human("MEK1", "MEK1", "MAP2K1", "5604", "ncbigene_synonym"))
        // A genes table has no MeSH mentions, and a figure file in the current layout no gene mentions.
        #expect(figure.meshTerms.isEmpty)
    }

    @Test func meshMentionsReadTheirPrefixInAnyCase() {
        let table = S.diseases(S.meshRow("liver", "MESH:D008099"), S.meshRow("COVID", "mesh:D000086382"),
                               S.meshRow("x", "D008099"), S.meshRow("y", "NA"))
        let figure = Figure(document: AnnotationDocument(path: "x/_data/PMC1__f1-diseases.tsv", text: table))
        #expect(figure.meshTerms.map(\.meshID) == ["D008099", "D000086382", nil, nil])
        #expect(figure.meshTerms.allSatisfy { $0.category == .disease })
        #expect(figure.meshTerms.first?.settingID("D000086382")?.newText == "mesh:D000086382")
        let old = Figure(document: AnnotationDocument(path: "PMC199174__JCI0110934.f9.md", text: markdown(
            Fixture.header + "chemicals:\n" + Fixture.mesh("ATP", "MESH", "D000255") + "diseases:\n" + Fixture.mesh("liver", "MESH", "MESH:D008099"))))
        #expect(old.chemicals.map(\.meshID) == ["D000255"])
        #expect(old.diseases.map(\.meshID) == ["D008099"])
        #expect(old.chemicals.first?.settingID("D000256")?.newText == "D000256")
    }

    @Test func aFieldSpellsANewValueForItsFile() {
        let range = ByteRange(0, 4)
        // A plain scalar stays plain unless the value needs quotes.
        #expect(Field(name: "hgnc_symbol", value: "MAPK", range: range, encoding: .yaml(.plain)).setting("MAPK10").newText == "MAPK10")
        #expect(Field(name: "hgnc_symbol", value: "CD4", range: range, encoding: .yaml(.plain)).setting("CD44").newText == "CD44")
        #expect(Field(name: "entrez", value: "1", range: range, encoding: .yaml(.plain)).setting("5604").newText == "'5604'")
        #expect(Field(name: "hgnc_symbol", value: "X", range: range, encoding: .yaml(.plain)).setting("yes").newText == "'yes'")
        // A quoted scalar keeps its quotes.
        #expect(Field(name: "entrez", value: "1", range: range, encoding: .yaml(.singleQuoted)).setting("5604").newText == "'5604'")
        #expect(Field(name: "hgnc_symbol", value: "X", range: range, encoding: .yaml(.doubleQuoted)).setting("CD44").newText == "\"CD44\"")
        // A table cell is written as is.
        #expect(Field(name: "ncbigene_id", value: "1", range: range, encoding: .tsvCell).setting("5604").newText == "5604")
    }

    @Test func sourceValuesPerLayoutAreSpelledInOnePlace() {
        #expect(GeneClaim(source: "hgnc_alias_symbol", authority: .hgnc) == .alias)
        #expect(GeneClaim(source: "ncbigene_synonym", authority: .ncbiGene) == .ncbiSynonym)
        #expect(GeneClaim(source: "famplex_relations", authority: .ncbiGene) == .family)
        #expect(GeneClaim(source: "bioentities_symbol", authority: .hgnc) == .family)
        // Each layout writes its own values only.
        #expect(GeneClaim(source: "ncbigene_symbol", authority: .hgnc) == nil)
        #expect(GeneClaim(source: "hgnc_symbol", authority: .ncbiGene) == nil)
        #expect(SymbolAuthority.hgnc.sourceValues.map(\.value) == SourceClaim.allCases.map(\.rawValue))
        #expect(SymbolAuthority.ncbiGene.sourceValues.map(\.value) == SidecarSource.allCases.map(\.rawValue))
    }
}

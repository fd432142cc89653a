import Testing
@testable import PathLintCore

@Suite struct EditorDocumentLinksTests {
    @Test func identifiersLinkToTheirPages() {
        let text = markdown(Fixture.header + "doi: 10.1172/JCI10934\ngenes:\n"
            + Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
            + Fixture.gene("X", "X", "hgnc_symbol", "X", "''")
            + "chemicals:\n" + Fixture.mesh("glucose", "MESH", "D005947")
            + "diseases:\n" + Fixture.mesh("x", "''", "''"))
        let document = AnnotationDocument(path: "x.md", text: text)
        let links = DocumentLinks.links(document, reference: Fixture.reference)
        let source = document.source
        #expect(links.map { source.text($0.range) } == [
            "PMC199174__JCI0110934.f9", "PMC199174", "/pmc/articles/PMC199174/figure/F9/", "10.1172/JCI10934", "5604", "D005947",
        ])
        #expect(links.map(\.target) == [
            "https://pfocr.wikipathways.org/figures/PMC199174__JCI0110934.f9.html",
            "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC199174/",
            "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC199174/figure/F9/",
            "https://doi.org/10.1172/JCI10934",
            "https://www.ncbi.nlm.nih.gov/gene/5604",
            "https://meshb.nlm.nih.gov/record/ui?ui=D005947",
        ])
        #expect(links[0].tooltip == "PMC199174__JCI0110934.f9 at PFOCR")
        #expect(links[4].tooltip == "NCBI Gene 5604 (MAP2K1)")
        #expect(links[5].tooltip == "MeSH D005947: Glucose")
    }

    @Test func oddValuesAreEncodedOrSkipped() {
        let text = markdown("figid: fig1\npmcid: PMC12x\nfiglink: https://example.org/\ndoi: '10.1000/a b<c>'\n")
        let links = DocumentLinks.links(AnnotationDocument(path: "x.md", text: text), reference: Fixture.reference)
        #expect(links.map(\.target) == ["https://doi.org/10.1000/a%20b%3Cc%3E"])
    }
}

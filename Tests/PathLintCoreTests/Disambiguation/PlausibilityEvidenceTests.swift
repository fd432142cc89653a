import Testing
@testable import PathLintCore

@Suite struct PlausibilityEvidenceTests {
    func evidence(_ mention: GeneQuery) -> Evidence? {
        PlausibilityEvidence.evaluate(mention, candidates: Candidates.genes(for: mention, in: FigureContext(), hgnc: Fixture.reference.hgnc))
    }

    @Test func aPseudogeneBesideACodingCandidate() throws {
        let found = try #require(evidence(GeneQuery(word: "RHEB", term: "RHEB", symbol: "RHEBP1", geneID: "6008", claim: .alias)))
        #expect(found.family == .plausibility)
        #expect(found.reading == .gene(symbol: "RHEB", id: "6009"))
        #expect(found.reason.hasPrefix("RHEBP1 is a pseudogene, an unlikely label in a pathway figure; RHEB"))
    }

    @Test func anImmuneGeneSegmentReachedThroughAnNCBISynonym() throws {
        // HGNC does not list `V17`: the annotated gene is a candidate by its NCBI Gene ID.
        let record = try #require(Fixture.reference.hgnc.approved(symbol: "IGLV2-23"))
        let found = try #require(evidence(GeneQuery(word: "V17", term: "V17", symbol: "IGLV2-23", geneID: record.entrez, claim: .synonym)))
        #expect(found.reading == .notAGene(label: "no gene of the lexicon", id: nil))
        #expect(found.reason == "IGLV2-23 is an immune receptor gene segment, an unlikely label in a pathway figure, reached only through "
            + "a synonym that only NCBI Gene lists")
    }

    @Test func unlikelyKindsOfGene() {
        func candidate(_ type: String, _ name: String = "x", symbol: String = "X") -> GeneCandidate {
            GeneCandidate(symbol: symbol, geneID: "1", claim: .alias, name: name, locusType: type)
        }
        #expect(PlausibilityEvidence.unlikely(candidate("pseudogene")) == "a pseudogene")
        #expect(PlausibilityEvidence.unlikely(candidate("readthrough")) == "a readthrough locus")
        #expect(PlausibilityEvidence.unlikely(candidate("RNA, long non-coding")) == "a non-coding RNA gene (long non-coding)")
        #expect(PlausibilityEvidence.unlikely(candidate("immunoglobulin gene")) == "an immune receptor gene segment")
        #expect(PlausibilityEvidence.unlikely(candidate("gene with protein product", "chromosome 9 open reading frame 72",
                                                        symbol: "C9orf72")) == "an uncharacterised open reading frame")
        #expect(PlausibilityEvidence.unlikely(candidate("gene with protein product")) == nil)
    }

    @Test func ownSymbolsAndFamiliesPass() {
        #expect(evidence(GeneQuery(word: "RHEBP1", term: "RHEBP1", symbol: "RHEBP1", geneID: "6008", claim: .symbol)) == nil)
        #expect(evidence(GeneQuery(word: "RHEB", term: "RHEB", symbol: "RHEBP1", geneID: "6008", claim: .family)) == nil)
    }
}

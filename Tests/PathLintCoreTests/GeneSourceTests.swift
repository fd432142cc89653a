import Testing
@testable import PathLintCore

/// `GeneSource` spells the gene `source` values; the rules' and the mention model's
/// readings of them must know the same values.
@Suite struct GeneSourceTests {
    @Test func eachLayoutWritesItsOwnValues() {
        #expect(GeneSource.values(in: .frontMatterLists)
                == ["hgnc_symbol", "hgnc_alias_symbol", "hgnc_prev_symbol", "bioentities_symbol"])
        #expect(GeneSource.values(in: .sidecarTables) == ["ncbigene_symbol", "ncbigene_synonym", "famplex_relations"])
        #expect(FrontMatterSchema.geneSources == GeneSource.values(in: .frontMatterLists))
        #expect(GeneSource.prose(.sidecarTables) == "`ncbigene_symbol`, `ncbigene_synonym` or `famplex_relations`")
    }

    @Test func everyReaderOfASourceKnowsEveryValue() {
        #expect(Set(SourceClaim.allCases.map(\.rawValue)) == Set(GeneSource.values(in: .frontMatterLists)))
        #expect(Set(SidecarSource.allCases.map(\.rawValue)) == Set(GeneSource.values(in: .sidecarTables)))
        for source in GeneSource.allCases {
            let authority: SymbolAuthority = source.layout == .frontMatterLists ? .hgnc : .ncbiGene
            #expect(GeneClaim(source: source.rawValue, authority: authority) != nil, "\(source)")
            #expect(MentionClaim(source: source.rawValue) != .unknown, "\(source)")
        }
    }

    @Test func theParserReadsTheLongValuesAsThemselves() throws {
        let text = "- source: bioentities_symbol\n- source: hgnc_alias_symbol\n- source: famplex_relations\n"
            + "- source: bioentities_symbolx\n"
        let source = SourceText(text)
        let root = try #require(YAMLParser.parse(source, range: ByteRange(0, source.bytes.count)).root)
        guard case .sequence(let list) = root else {
            Issue.record("not a list")
            return
        }
        let values = list.items.compactMap { item -> String? in
            guard case .mapping(let mapping) = item else { return nil }
            return mapping.entries.first?.value.scalar?.value
        }
        #expect(values == ["bioentities_symbol", "hgnc_alias_symbol", "famplex_relations", "bioentities_symbolx"])
    }
}

import Testing
@testable import PathLintCore

/// Completion and hover find what a value is from its row in `FrontMatterSchema`.
@Suite struct SchemaRoutingTests {
    static let entries = """
        genes:
        - word: MEK1
          symbol: MEK1
          source: hgnc_alias_symbol
          hgnc_symbol: MAP2K1
          entrez: '5604'
        chemicals:
        - word: glucose
          source: MESH
          identifier: D005947

        """

    @Test func theListFieldsNameTheirItemsFields() {
        #expect(FrontMatterSchema.itemFields(ofList: "genes") == FrontMatterSchema.geneFields)
        #expect(FrontMatterSchema.itemFields(ofList: "chemicals") == FrontMatterSchema.meshFields)
        #expect(FrontMatterSchema.itemFields(ofList: "diseases") == FrontMatterSchema.meshFields)
        #expect(FrontMatterSchema.itemFields(ofList: "figid") == nil)
        #expect(FrontMatterSchema.itemFields(ofList: "keywords") == nil)
    }

    /// Every entry field whose value names something gets completion there; a text field none.
    @Test func everyEntryFieldIsCompletedAsItsKindSays() throws {
        for (list, specs) in [("genes", FrontMatterSchema.geneFields), ("chemicals", FrontMatterSchema.meshFields)] {
            for spec in specs {
                let text = markdown(Fixture.header + Self.entries)
                let listStart = try #require(text.range(of: "\n\(list):\n"))
                let line = try #require(text.range(of: "  \(spec.name): ", range: listStart.upperBound..<text.endIndex)
                    ?? text.range(of: "- \(spec.name): ", range: listStart.upperBound..<text.endIndex))
                let lineEnd = try #require(text[line.upperBound...].firstIndex(of: "\n"))
                let offset = text.utf8.distance(from: text.startIndex, to: lineEnd)
                let document = AnnotationDocument(path: "PMC199174__JCI0110934.f9.md", text: text)
                let items = Completion.complete(document, at: offset, reference: Fixture.reference).items
                let hovered = Hover.hover(document, at: offset - 1, reference: Fixture.reference)
                if spec.valueKind == .text {
                    #expect(items.isEmpty, "\(list).\(spec.name)")
                    #expect(hovered == nil, "\(list).\(spec.name)")
                } else {
                    #expect(!items.isEmpty, "\(list).\(spec.name)")
                }
                if [.approvedGeneSymbol, .geneText, .geneID, .meshID].contains(spec.valueKind) {
                    #expect(hovered != nil, "\(list).\(spec.name)")
                }
            }
        }
    }

    /// The tables' column table covers every column of every header revision, in the
    /// current header's order.
    @Test func everyTableColumnHasItsRow() {
        for kind in SidecarKind.allCases {
            let revisions = SidecarHeaderRevision.revisions(of: kind)
            #expect(SidecarColumns.columns(of: kind).map(\.name) == revisions.first?.columns, "\(kind)")
            for revision in revisions {
                for name in revision.columns { #expect(SidecarColumns.column(name, in: kind) != nil, "\(kind).\(name)") }
            }
        }
        #expect(SidecarColumns.column("ncbigene_symbol", in: .genes)?.valueKind == .approvedGeneSymbol)
        #expect(SidecarColumns.column("mesh", in: .diseases)?.valueKind == .meshID)
        #expect(SidecarColumns.column("word", in: .chemicals)?.valueKind == .text)
    }
}

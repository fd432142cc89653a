/// A figure and its mentions, whichever layout the document is in: the one model the
/// domain rules read. Built from the front matter in the old layout (`genes`,
/// `chemicals`, `diseases` entries) and from a `_data/<figid>-*.tsv` table in the
/// current one. Mentions are those of the document being linted, so every range lies in
/// it; the figure's metadata comes from its own front matter or, for a table, from its
/// figure file.
public struct Figure: Sendable {
    /// The figure's front matter (figid, caption, titles, organisms, keywords); nil when
    /// there is none or it does not parse.
    public let metadata: Annotation?
    public let genes: [GeneMention]
    public let meshTerms: [MeSHMention]

    public init(document: AnnotationDocument) {
        if let sidecar = document.sidecar {
            metadata = document.figure?.annotation
            (genes, meshTerms) = Figure.mentions(of: sidecar)
        } else if let annotation = document.annotation {
            metadata = annotation
            genes = annotation.genes.map { Figure.mention($0, source: document.source) }
            meshTerms = annotation.chemicals.map { Figure.mention($0, category: .chemical, source: document.source) }
                + annotation.diseases.map { Figure.mention($0, category: .disease, source: document.source) }
        } else {
            metadata = nil
            genes = []
            meshTerms = []
        }
    }

    public var chemicals: [MeSHMention] { meshTerms.filter { $0.category == .chemical } }
    public var diseases: [MeSHMention] { meshTerms.filter { $0.category == .disease } }

    private static func mention(_ entry: GeneEntry, source: SourceText) -> GeneMention {
        let node = entry.node
        // One pass over the entry's keys, the last of duplicate keys winning (as `GeneEntry` reads them).
        var word, term, symbol, geneID, sourceField: Field?
        for item in node.entries {
            guard case .scalar(let key) = item.key else { continue }
            let name = key.value
            switch name.utf8.count {  // by length first: a string switch compares case by case
            case 4 where name == "word": word = Field.yaml(name, item.value)
            case 6 where name == "symbol": term = Field.yaml(name, item.value)
            case 6 where name == "source": sourceField = Field.yaml(name, item.value)
            case 6 where name == "entrez": geneID = Field.yaml(name, item.value)
            case 11 where name == "hgnc_symbol": symbol = Field.yaml(name, item.value)
            default: break
            }
        }
        return GeneMention(
            index: entry.index, word: word, term: term, symbol: symbol, geneID: geneID,
            source: sourceField, claim: sourceField.flatMap { GeneClaim(source: $0.value, authority: .hgnc) },
            taxon: "9606", authority: .hgnc, counts: [],
            range: node.range, origin: .entry(node),
            anchor: entry.word?.range ?? node.range)
    }

    /// The mentions of one table of the figure.
    private static func mentions(of table: SidecarTable) -> (genes: [GeneMention], meshTerms: [MeSHMention]) {
        guard table.kind != .genes else { return (table.geneRows.map { Figure.mention($0) }, []) }
        let category: MeSHMention.Category = table.kind == .diseases ? .disease : .chemical
        return ([], table.meshRows.map { Figure.mention($0, category: category) })
    }

    /// The gene and chemical mentions of the figure's other tables, when the document is
    /// one of its tables (none for front matter, which holds every mention itself). For
    /// checks that compare a table with its companions (a word both a gene and a
    /// chemical): their ranges lie in the other tables, so a rule reads them and never
    /// reports at them. Built on demand: few rules compare tables.
    public static func companionMentions(of document: AnnotationDocument) -> (genes: [GeneMention], chemicals: [MeSHMention]) {
        guard let kind = document.sidecar?.kind, let siblings = document.figure?.siblings else { return ([], []) }
        let genes = kind == .genes ? [] : siblings[.genes].map { Figure.mentions(of: $0).genes } ?? []
        let chemicals = kind == .chemicals ? [] : siblings[.chemicals].map { Figure.mentions(of: $0).meshTerms } ?? []
        return (genes, chemicals)
    }

    private static func mention(_ row: SidecarGeneRow) -> GeneMention {
        let sourceField = Field.cell("source", row.source)
        return GeneMention(
            index: row.index, word: Field.cell("word", row.word), term: Field.cell("match", row.match),
            symbol: Field.cell("ncbigene_symbol", row.symbol), geneID: Field.cell("ncbigene_id", row.ncbigeneID),
            source: sourceField, claim: sourceField.flatMap { GeneClaim(source: $0.value, authority: .ncbiGene) },
            taxon: row.organismID?.value, authority: .ncbiGene,
            counts: [row.countDirect, row.countSynonym, row.countMatch].map { $0?.text ?? "" },
            range: row.row.range, origin: .row(row.row),
            anchor: row.symbol?.range ?? row.row.range)
    }

    private static func mention(_ entry: MeSHEntry, category: MeSHMention.Category, source: SourceText) -> MeSHMention {
        let identifier = Field.yaml("identifier", in: entry.node)
        return MeSHMention(
            index: entry.index, category: category, word: Field.yaml("word", in: entry.node), identifier: identifier,
            meshID: identifier.map { SidecarMeSHRow.withoutMeSHPrefix($0.value) ?? $0.value }, idPrefix: "",
            source: Field.yaml("source", in: entry.node),
            range: entry.node.range, origin: .entry(entry.node),
            anchor: entry.word?.range ?? entry.node.range)
    }

    private static func mention(_ row: SidecarMeSHRow, category: MeSHMention.Category) -> MeSHMention {
        MeSHMention(
            index: row.index, category: category, word: Field.cell("word", row.word),
            identifier: Field.cell("mesh", row.mesh), meshID: row.meshID, idPrefix: "mesh:", source: nil,
            range: row.row.range, origin: .row(row.row), anchor: row.word?.range ?? row.row.range)
    }

    /// A table row with its line break: what deleting the row removes.
    static func lines(of row: TableRow, in source: SourceText) -> ByteRange {
        let end = row.line + 1 < source.lineCount ? source.lineStarts[row.line + 1] : source.bytes.count
        return ByteRange(source.lineStarts[row.line], end)
    }
}

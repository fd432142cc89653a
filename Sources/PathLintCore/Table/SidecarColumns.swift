/// What each sidecar column holds, for the editor: hover describes a header cell from
/// here, and hover and completion on a row's cell follow the column's value kind, as they
/// follow `FrontMatterSchema` in the front matter.
public struct ColumnSpec: Sendable, Hashable {
    public let name: String
    public let valueKind: FieldValueKind
    public let description: String
}

public enum SidecarColumns {
    public static let genes: [ColumnSpec] = [
        ColumnSpec(name: "organism_id", valueKind: .text,
                   description: "NCBI Taxonomy ID of the gene's organism (9606: human)."),
        ColumnSpec(name: "organism_name", valueKind: .text,
                   description: "The organism's scientific name, as NCBI Taxonomy gives it."),
        ColumnSpec(name: "organism_group", valueKind: .text,
                   description: "NCBI's group of the organism (Primates, Rodents, Invertebrates, …)."),
        ColumnSpec(name: "word", valueKind: .geneText, description: word),
        ColumnSpec(name: "match", valueKind: .geneText, description: match),
        ColumnSpec(name: "ncbigene_symbol", valueKind: .approvedGeneSymbol,
                   description: "The NCBI Gene symbol of the matched gene."),
        ColumnSpec(name: "ncbigene_id", valueKind: .geneID, description: "The NCBI Gene (Entrez) ID of the matched gene."),
        ColumnSpec(name: "source", valueKind: .geneSource,
                   description: "How the term reached the gene: \(GeneSource.prose(.sidecarTables))."),
        ColumnSpec(name: "count_direct", valueKind: .text,
                   description: "Per organism: the number of `\(GeneSource.ncbiSymbol.rawValue)` rows (`NA`: none)."),
        ColumnSpec(name: "count_synonym", valueKind: .text,
                   description: "Per organism: the number of `\(GeneSource.ncbiSynonym.rawValue)` rows (`NA`: none)."),
        ColumnSpec(name: "count_match", valueKind: .text, description: "Per organism: the number of distinct `match` values."),
    ]

    public static let chemicals: [ColumnSpec] = meshColumns(
        ColumnSpec(name: "chebi", valueKind: .text, description: "`chebi:` and the ChEBI ID (`NA`: none)."))
    public static let diseases: [ColumnSpec] = meshColumns(
        ColumnSpec(name: "doid", valueKind: .text, description: "`doid:` and the Disease Ontology ID (`NA`: none)."))

    /// The columns of a table of `kind`, in the current header's order.
    public static func columns(of kind: SidecarKind) -> [ColumnSpec] {
        switch kind {
        case .genes: genes
        case .chemicals: chemicals
        case .diseases: diseases
        }
    }

    public static func column(_ name: String, in kind: SidecarKind) -> ColumnSpec? {
        columns(of: kind).first { $0.name == name }
    }

    private static let word = "The raw OCR text that matched (or PubTator's mention)."
    private static let match = "The lexicon term the word matched, normalized."

    private static func meshColumns(_ crossReference: ColumnSpec) -> [ColumnSpec] {
        [
            ColumnSpec(name: "word", valueKind: .text, description: word),
            ColumnSpec(name: "mesh", valueKind: .meshID,
                       description: "`mesh:` and the MeSH descriptor or supplementary concept PubTator mapped the word to (`NA`: unmapped)."),
            ColumnSpec(name: "match", valueKind: .text, description: match),
            ColumnSpec(name: "name", valueKind: .text, description: "The ChEBI or DOID name of the concept (not a MeSH label)."),
            crossReference,
        ]
    }
}

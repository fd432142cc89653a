/// The values of a gene's `source`: how the PFOCR lexicon reached the gene from the
/// matched term, spelled as each layout writes it. The one place these names are spelled
/// outside the rules (the schema, the parser's interned strings, the editor's texts).
public enum GeneSource: String, Sendable, CaseIterable {
    /// The term is the gene's approved HGNC symbol.
    case hgncSymbol = "hgnc_symbol"
    /// An HGNC alias symbol.
    case hgncAlias = "hgnc_alias_symbol"
    /// A previous HGNC symbol.
    case hgncPrevious = "hgnc_prev_symbol"
    /// A FamPlex (once "bioentities") family or complex the gene belongs to.
    case bioentities = "bioentities_symbol"
    /// NCBI Gene's symbol for the gene.
    case ncbiSymbol = "ncbigene_symbol"
    /// One of NCBI Gene's synonyms for the gene.
    case ncbiSynonym = "ncbigene_synonym"
    /// A FamPlex family or complex expanded to its members.
    case famplex = "famplex_relations"

    /// The layout that writes it: the front matter's `genes` entries, or a genes table.
    public var layout: AnnotationLayout {
        switch self {
        case .hgncSymbol, .hgncAlias, .hgncPrevious, .bioentities: .frontMatterLists
        case .ncbiSymbol, .ncbiSynonym, .famplex: .sidecarTables
        }
    }

    /// The values `layout` writes, in this order.
    public static func values(in layout: AnnotationLayout) -> [String] {
        allCases.filter { $0.layout == layout }.map(\.rawValue)
    }

    /// As `values(in:)` for a list in prose: `` `a`, `b` or `c` ``.
    static func prose(_ layout: AnnotationLayout) -> String {
        let quoted = values(in: layout).map { "`\($0)`" }
        return quoted.count < 2 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}

/// What several sidecar rules share about gene rows: the known `source` values, the
/// columns that must hold a value, the organisms, and the key that makes two rows the same.
enum SidecarSource: String, CaseIterable, Sendable {
    case symbol = "ncbigene_symbol"
    case synonym = "ncbigene_synonym"
    case famplex = "famplex_relations"

    /// The claim the value makes (`GeneClaim`, both layouts).
    var claim: GeneClaim {
        switch self {
        case .symbol: .ncbiSymbol
        case .synonym: .ncbiSynonym
        case .famplex: .family
        }
    }
}

enum SidecarRows {
    /// Gene columns that must hold a value (not `NA`, not empty). The counts may be `NA`
    /// (R's missing count: zero rows of that kind), as may `organism_group`.
    static let requiredGeneColumns = ["organism_id", "organism_name", "word", "match", "ncbigene_symbol",
                                      "ncbigene_id", "source"]
    /// MeSH-table columns that must hold a value. `mesh` is `NA` for a term PubTator found
    /// but could not map (the old layout's empty `identifier`); `match`, `name` and the
    /// ChEBI/DOID cross-reference are `NA` when the concept has no ChEBI/DOID counterpart.
    static let requiredMeSHColumns = ["word"]

    /// NCBI Taxonomy IDs and names of the organisms PFOCR annotates (the published
    /// tables' `organism_id` / `organism_name` pairs).
    static let taxa: [String: String] = [
        "9606": "Homo sapiens", "10090": "Mus musculus", "10116": "Rattus norvegicus",
        "7227": "Drosophila melanogaster", "6239": "Caenorhabditis elegans", "7955": "Danio rerio",
        "559292": "Saccharomyces cerevisiae S288C", "4932": "Saccharomyces cerevisiae", "3702": "Arabidopsis thaliana",
        "9031": "Gallus gallus", "9913": "Bos taurus", "9615": "Canis lupus familiaris", "9796": "Equus caballus",
        "9823": "Sus scrofa", "9544": "Macaca mulatta", "10029": "Cricetulus griseus", "8364": "Xenopus tropicalis",
        "8355": "Xenopus laevis", "511145": "Escherichia coli str. K-12 substr. MG1655", "1282": "Staphylococcus epidermidis",
        "1280": "Staphylococcus aureus", "9986": "Oryctolagus cuniculus", "9940": "Ovis aries", "4896": "Schizosaccharomyces pombe",
    ]

    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// A row's identity without its count columns: two rows with the same key say the same
    /// thing (the counts describe the organism's block, not the row).
    static func key(_ row: SidecarGeneRow) -> [String] {
        [row.organismID, row.word, row.match, row.symbol, row.ncbigeneID, row.source].map { $0?.text ?? "" }
    }

    /// Gene rows grouped by `organism_id`, in order of first appearance.
    static func byOrganism(_ rows: [SidecarGeneRow]) -> [(id: String, rows: [SidecarGeneRow])] {
        var order: [String] = []
        var groups: [String: [SidecarGeneRow]] = [:]
        for row in rows {
            let id = row.organismID?.text ?? ""
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(row)
        }
        return order.map { ($0, groups[$0]!) }
    }
}


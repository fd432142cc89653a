/// The three sidecar tables of the current PFOCR layout: `_data/<figid>-genes.tsv`,
/// `-chemicals.tsv` and `-diseases.tsv` beside `_figures/<figid>.md`.
public enum SidecarKind: String, Sendable, CaseIterable, Hashable {
    case genes, chemicals, diseases

    /// The file-name ending: `-genes.tsv`.
    public var suffix: String { "-\(rawValue).tsv" }

    /// The kind and figid a sidecar's file name gives (`…/_data/PMC1__f1-genes.tsv` →
    /// genes, `PMC1__f1`); nil for any other name.
    public static func parse(path: String) -> (kind: SidecarKind, figid: String)? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        for kind in allCases where name.hasSuffix(kind.suffix) && name.utf8.count > kind.suffix.utf8.count {
            return (kind, String(name.dropLast(kind.suffix.count)))
        }
        return nil
    }
}

/// The header revisions seen in the published tables.
public enum SidecarHeaderRevision: String, Sendable, CaseIterable {
    /// Genes, with `count_synonym` (most files).
    case genes
    /// Genes, the older revision without `count_synonym`.
    case genesWithoutSynonymCount
    case chemicals
    case diseases

    public var kind: SidecarKind {
        switch self {
        case .genes, .genesWithoutSynonymCount: .genes
        case .chemicals: .chemicals
        case .diseases: .diseases
        }
    }

    public var columns: [String] {
        switch self {
        case .genes:
            ["organism_id", "organism_name", "organism_group", "word", "match", "ncbigene_symbol", "ncbigene_id",
             "source", "count_direct", "count_synonym", "count_match"]
        case .genesWithoutSynonymCount:
            ["organism_id", "organism_name", "organism_group", "word", "match", "ncbigene_symbol", "ncbigene_id",
             "source", "count_direct", "count_match"]
        case .chemicals: ["word", "mesh", "match", "name", "chebi"]
        case .diseases: ["word", "mesh", "match", "name", "doid"]
        }
    }

    public static func revisions(of kind: SidecarKind) -> [SidecarHeaderRevision] {
        allCases.filter { $0.kind == kind }
    }
}

/// One row of a genes table. Cells are looked up by header name, so a table with its
/// columns in another order still reads; a column the header lacks is nil.
public struct SidecarGeneRow: Sendable {
    public let row: TableRow
    public let organismID: TableCell?
    public let organismName: TableCell?
    public let organismGroup: TableCell?
    public let word: TableCell?
    public let match: TableCell?
    public let symbol: TableCell?
    public let ncbigeneID: TableCell?
    public let source: TableCell?
    public let countDirect: TableCell?
    public let countSynonym: TableCell?
    public let countMatch: TableCell?

    public var index: Int { row.index }
    /// A human row (`organism_id` 9606).
    public var isHuman: Bool { organismID?.text == "9606" }
}

/// One row of a chemicals or diseases table.
public struct SidecarMeSHRow: Sendable {
    public let row: TableRow
    public let word: TableCell?
    /// `mesh:D005947`.
    public let mesh: TableCell?
    /// The ChEBI or DOID name matched (not a MeSH label).
    public let match: TableCell?
    public let name: TableCell?
    /// `chebi:4167` in chemicals, `doid:…` in diseases.
    public let crossReference: TableCell?

    public var index: Int { row.index }

    /// The MeSH ID without its `mesh:` prefix, when the cell has the prefix (in any case:
    /// some newer files write `MESH:`).
    public var meshID: String? { mesh?.value.flatMap(SidecarMeSHRow.withoutMeSHPrefix) }

    /// `text` without a `mesh:` prefix in any case; nil when it has none.
    public static func withoutMeSHPrefix(_ text: String) -> String? {
        guard text.utf8.count > 5, text.utf8.prefix(5).map({ $0 | 0x20 }).elementsEqual("mesh:".utf8) else { return nil }
        return String(text.dropFirst(5))
    }
}

/// A sidecar table read and typed: the kind its name gives, the header revision it
/// matches (nil when the header matches none), and its rows.
public struct SidecarTable: Sendable {
    public let kind: SidecarKind
    /// From the file name; nil when the name is not `<figid>-<kind>.tsv`.
    public let figid: String?
    public let table: TSVTable
    public let revision: SidecarHeaderRevision?
    public let geneRows: [SidecarGeneRow]
    public let meshRows: [SidecarMeSHRow]

    public init(kind: SidecarKind, figid: String?, table: TSVTable) {
        self.kind = kind
        self.figid = figid
        self.table = table
        let names = table.header.map(\.text)
        revision = SidecarHeaderRevision.revisions(of: kind).first { $0.columns == names }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
        func cell(_ row: TableRow, _ name: String) -> TableCell? {
            guard let position = index[name], position < row.cells.count else { return nil }
            return row.cells[position]
        }
        switch kind {
        case .genes:
            geneRows = table.rows.map { row in
                SidecarGeneRow(row: row, organismID: cell(row, "organism_id"), organismName: cell(row, "organism_name"),
                               organismGroup: cell(row, "organism_group"), word: cell(row, "word"),
                               match: cell(row, "match"), symbol: cell(row, "ncbigene_symbol"),
                               ncbigeneID: cell(row, "ncbigene_id"), source: cell(row, "source"),
                               countDirect: cell(row, "count_direct"), countSynonym: cell(row, "count_synonym"),
                               countMatch: cell(row, "count_match"))
            }
            meshRows = []
        case .chemicals, .diseases:
            let reference = kind == .chemicals ? "chebi" : "doid"
            meshRows = table.rows.map { row in
                SidecarMeSHRow(row: row, word: cell(row, "word"), mesh: cell(row, "mesh"), match: cell(row, "match"),
                               name: cell(row, "name"), crossReference: cell(row, reference))
            }
            geneRows = []
        }
    }

    /// Reads `source` as the sidecar its path names; nil when the path is no sidecar name.
    public init?(path: String, source: SourceText) {
        guard let (kind, figid) = SidecarKind.parse(path: path) else { return nil }
        self.init(kind: kind, figid: figid, table: TSVTable(source: source))
    }
}

/// What a sidecar's rules may know of the other files of its figure: the figure file's
/// typed front matter and the figure's other tables. The CLI and the editor read these
/// files; the core only looks at them.
public struct SidecarFigure: Sendable {
    public let path: String
    /// The figure's front matter; nil when the figure file is missing or does not parse.
    public let annotation: Annotation?
    /// Whether the figure file exists at all.
    public let exists: Bool
    /// The figure's other sidecars that exist, by kind.
    public let siblings: [SidecarKind: SidecarTable]

    public init(path: String, annotation: Annotation?, exists: Bool, siblings: [SidecarKind: SidecarTable] = [:]) {
        self.path = path
        self.annotation = annotation
        self.exists = exists
        self.siblings = siblings
    }
}

/// How a mention's term reached its gene: the lexicon's claim, whichever layout wrote it.
public enum GeneClaim: Sendable, Hashable {
    /// The term is the gene's approved HGNC symbol (`hgnc_symbol`).
    case approvedSymbol
    /// The term is NCBI Gene's symbol for the gene (`ncbigene_symbol`): HGNC's approved
    /// symbol, or a previous one where NCBI has not followed a rename yet.
    case ncbiSymbol
    /// An HGNC alias symbol (`hgnc_alias_symbol`).
    case alias
    /// A previous HGNC symbol (`hgnc_prev_symbol`).
    case previousSymbol
    /// One of NCBI Gene's synonyms, HGNC's aliases and previous symbols among them (`ncbigene_synonym`).
    case ncbiSynonym
    /// A FamPlex family or complex the gene belongs to (`bioentities_symbol`, `famplex_relations`).
    case family

    /// The claim a `source` value makes in a file whose symbols are `authority`'s; nil
    /// for any other value.
    public init?(source: String, authority: SymbolAuthority) {
        let claim = switch authority {
        case .hgnc: SourceClaim(rawValue: source)?.claim
        case .ncbiGene: SidecarSource(rawValue: source)?.claim
        }
        guard let claim else { return nil }
        self = claim
    }

    /// Whether `term` is this kind of name of `record`, compared as the lexicon matched
    /// (case and punctuation aside). `geneID` is the mention's (FamPlex's 2018 lexicon
    /// lists members by ID).
    func holds(term: String, record: HGNCRecord, geneID: String?, reference: ReferenceSnapshot) -> Bool {
        switch self {
        case .approvedSymbol:
            return record.isApprovedSymbol(term)
        case .ncbiSymbol:
            return record.isApprovedSymbol(term) || record.isPreviousSymbol(term)
        case .alias:
            // The lexicon lower-cased nothing: `RhoA` as an alias of RHOA is the approved symbol itself.
            return record.isAlias(term) || record.isApprovedSymbol(term)
        case .previousSymbol:
            return record.isPreviousSymbol(term) || record.isApprovedSymbol(term)
        case .ncbiSynonym:
            // NCBI's synonyms reach further than HGNC's aliases: a family the gene belongs
            // to (`NF-KB` for NFKB1) is one too.
            return record.isAlias(term) || record.isPreviousSymbol(term) || record.isApprovedSymbol(term)
                || SourceClaim.isFamilyMember(record, named: term, entrez: geneID, famplex: reference.famplex)
        case .family:
            return SourceClaim.isFamilyMember(record, named: term, entrez: geneID, famplex: reference.famplex)
        }
    }

    /// `IFNY` for IFNG: the same length, one character different, at least three long.
    static func isOCRVariant(_ text: String, of names: [String]) -> Bool {
        let key = Array(SymbolKey.normalize(text).utf8)
        guard key.count >= 3 else { return false }
        return names.contains { name in
            let other = Array(SymbolKey.normalize(name).utf8)
            guard other.count == key.count else { return false }
            return zip(key, other).filter { $0 != $1 }.count == 1
        }
    }

    /// What the claim says, for completion: the term is … of the gene.
    var meaning: String {
        switch self {
        case .approvedSymbol: "symbol is the gene's approved HGNC symbol"
        case .ncbiSymbol: "match is the gene's NCBI Gene symbol"
        case .alias: "symbol is an HGNC alias of the gene"
        case .previousSymbol: "symbol is a previous HGNC symbol of the gene"
        case .ncbiSynonym: "match is one of the gene's NCBI Gene synonyms"
        case .family: "symbol names a gene family (FamPlex) the gene belongs to"
        }
    }

    /// How a message names the kind of name.
    var noun: String {
        switch self {
        case .approvedSymbol: "the approved symbol"
        case .ncbiSymbol: "the symbol"
        case .alias: "an alias"
        case .previousSymbol: "a previous symbol"
        case .ncbiSynonym: "a synonym"
        case .family: "a family name"
        }
    }
}

/// Whose names a mention's `symbol` field holds: HGNC's (old layout) or NCBI Gene's
/// (current layout, where a human symbol HGNC lacks is an NCBI record, not a mistake).
public enum SymbolAuthority: Sendable, Hashable {
    case hgnc
    case ncbiGene

    /// The `source` values a file of this authority writes (spelled by `SourceClaim` and
    /// `SidecarSource`), and the claim each makes.
    public var sourceValues: [(value: String, claim: GeneClaim)] {
        switch self {
        case .hgnc: SourceClaim.allCases.map { ($0.rawValue, $0.claim) }
        case .ncbiGene: SidecarSource.allCases.map { ($0.rawValue, $0.claim) }
        }
    }

    /// `sourceValues` in the lexicon's order of priority: the claim it would have made first.
    public var sourceValuesByPriority: [(value: String, claim: GeneClaim)] {
        let order: [GeneClaim] = [.approvedSymbol, .ncbiSymbol, .family, .alias, .previousSymbol, .ncbiSynonym]
        return sourceValues.sorted { order.firstIndex(of: $0.claim)! < order.firstIndex(of: $1.claim)! }
    }
}

/// An OCR word that became a gene: a `genes` entry or a genes-table row.
///
/// An immutable final class, as `GeneEntry` is: every gene rule walks the mentions, and
/// copying a struct of five fields retained each of their strings.
public final class GeneMention: Sendable {
    /// Position among the figure's gene mentions (entry or row index).
    public let index: Int
    /// The raw OCR text (`word`).
    public let word: Field?
    /// The lexicon term it matched (`symbol` / `match`).
    public let term: Field?
    /// The gene's symbol (`hgnc_symbol` / `ncbigene_symbol`).
    public let symbol: Field?
    /// The gene's NCBI Gene (Entrez) ID (`entrez` / `ncbigene_id`).
    public let geneID: Field?
    /// The `source` field, and the claim it makes (nil when the value is no known claim).
    public let source: Field?
    public let claim: GeneClaim?
    /// NCBI Taxonomy ID of the organism (`9606` throughout the old layout).
    public let taxon: String?
    public let authority: SymbolAuthority
    /// A table row's count columns as written (`NA` included); none in the front matter.
    public let counts: [String]
    /// The whole entry (its YAML mapping) or row.
    public let range: ByteRange
    let origin: MentionOrigin
    /// Where a finding about the mention as a whole is reported (its first field).
    public let anchor: ByteRange

    init(index: Int, word: Field?, term: Field?, symbol: Field?, geneID: Field?, source: Field?, claim: GeneClaim?,
         taxon: String?, authority: SymbolAuthority, counts: [String], range: ByteRange, origin: MentionOrigin,
         anchor: ByteRange) {
        self.index = index
        self.word = word
        self.term = term
        self.symbol = symbol
        self.geneID = geneID
        self.source = source
        self.claim = claim
        self.taxon = taxon
        self.authority = authority
        self.counts = counts
        self.range = range
        self.origin = origin
        self.anchor = anchor
    }

    /// The lines a fix deletes to remove the mention; nil when the entry shares its lines
    /// with other YAML (a flow list). Worked out on demand: few fixes remove a mention.
    public func removal(in source: SourceText) -> ByteRange? { origin.removal(in: source) }

    /// The edit that deletes the mention from a list of `count`: its lines, and for the
    /// last entry of a front-matter list an empty list (`genes: []`), not a null.
    public func deletion(inListOf count: Int, in source: SourceText) -> TextEdit? { origin.deletion(inListOf: count, in: source) }

    public var isHuman: Bool { taxon == "9606" }

    /// What the file calls one mention, for messages: `entry` (front matter) or `row` (table).
    public var kindName: String { authority == .hgnc ? "entry" : "row" }
}

/// A PubTator term mapped to MeSH: a `chemicals`/`diseases` entry or table row. A final
/// class, like `GeneMention`.
public final class MeSHMention: Sendable {
    public enum Category: String, Sendable { case chemical, disease }

    public let index: Int
    public let category: Category
    public let word: Field?
    /// The identifier field as written (`identifier: D012694`, `mesh:D012694`).
    public let identifier: Field?
    /// The MeSH ID without any prefix (read in any case: `MESH:D012694` too); nil when
    /// the field is missing or carries another prefix.
    public let meshID: String?
    /// What the file writes before a MeSH ID: nothing in the front matter, `mesh:` in a table.
    public let idPrefix: String
    /// The `source` field (`MESH`); only the front matter has one.
    public let source: Field?
    public let range: ByteRange
    let origin: MentionOrigin
    public let anchor: ByteRange

    init(index: Int, category: Category, word: Field?, identifier: Field?, meshID: String?, idPrefix: String,
         source: Field?, range: ByteRange, origin: MentionOrigin, anchor: ByteRange) {
        self.index = index
        self.category = category
        self.word = word
        self.identifier = identifier
        self.meshID = meshID
        self.idPrefix = idPrefix
        self.source = source
        self.range = range
        self.origin = origin
        self.anchor = anchor
    }

    /// The lines a fix deletes to remove the mention (as `GeneMention.removal`).
    public func removal(in source: SourceText) -> ByteRange? { origin.removal(in: source) }

    /// The edit that deletes the mention from a list of `count` (as `GeneMention.deletion`).
    public func deletion(inListOf count: Int, in source: SourceText) -> TextEdit? { origin.deletion(inListOf: count, in: source) }

    /// The edit that makes the mention's identifier the MeSH ID `id`; nil without the field.
    public func settingID(_ id: String) -> TextEdit? { identifier?.setting(idPrefix + id) }
}

/// Where a mention was read from: what removing it deletes.
enum MentionOrigin: Sendable {
    case entry(YAMLMapping)
    case row(TableRow)

    func removal(in source: SourceText) -> ByteRange? {
        switch self {
        case .entry(let node): BlockEdits.itemLines(of: .mapping(node), in: source)
        case .row(let row): Figure.lines(of: row, in: source)
        }
    }

    func deletion(inListOf count: Int, in source: SourceText) -> TextEdit? {
        switch self {
        case .entry(let node): BlockEdits.deletion(of: .mapping(node), inListOf: count, in: source)
        case .row(let row): TextEdit(range: Figure.lines(of: row, in: source), newText: "")
        }
    }

    /// What the file calls one mention, for messages: `entry` (front matter) or `row` (table).
    var kindName: String {
        switch self {
        case .entry: "entry"
        case .row: "row"
        }
    }

    /// The line of the file the mention starts on, counted from 0.
    func line(in source: SourceText) -> Int {
        switch self {
        case .entry(let node): source.line(containing: node.range.start)
        case .row(let row): row.line
        }
    }
}

/// What a gene entry's `source` claims about its `symbol` and gene, and whether that
/// holds in the reference data, compared the way the PFOCR lexicon matched: case- and
/// punctuation-insensitively.
enum SourceClaim: String, Sendable, CaseIterable {
    case hgncSymbol = "hgnc_symbol"
    case alias = "hgnc_alias_symbol"
    case previous = "hgnc_prev_symbol"
    case family = "bioentities_symbol"

    /// As the synthesized initializer, without its generic string-switch search (every
    /// gene rule reads every entry's source).
    init?(rawValue: String) {
        switch rawValue.utf8.count {
        case 11 where rawValue == "hgnc_symbol": self = .hgncSymbol
        case 17 where rawValue == "hgnc_alias_symbol": self = .alias
        case 16 where rawValue == "hgnc_prev_symbol": self = .previous
        case 18 where rawValue == "bioentities_symbol": self = .family
        default: return nil
        }
    }

    /// The claim as the mention model has it (`GeneClaim`, both layouts).
    var claim: GeneClaim {
        switch self {
        case .hgncSymbol: .approvedSymbol
        case .alias: .alias
        case .previous: .previousSymbol
        case .family: .family
        }
    }

    /// Whether `symbol` is this kind of name of `record` (`GeneClaim.holds` decides).
    func holds(symbol: String, record: HGNCRecord, entrez: String?, reference: ReferenceSnapshot) -> Bool {
        claim.holds(term: symbol, record: record, geneID: entrez, reference: reference)
    }

    /// The claims that do hold, best first (the lexicon's priority).
    static func claims(of symbol: String, record: HGNCRecord, entrez: String?, reference: ReferenceSnapshot) -> [SourceClaim] {
        [.hgncSymbol, .family, .alias, .previous].filter {
            $0.holds(symbol: symbol, record: record, entrez: entrez, reference: reference)
        }
    }

    /// Member of the FamPlex entity `name` names, through nested families, under today's
    /// name, a grounding-map text, or the 2018 lexicon's old name.
    static func isFamilyMember(_ record: HGNCRecord, named name: String, entrez: String?, famplex: FamPlexIndex) -> Bool {
        let symbols = [record.symbol] + record.previousSymbols
        for entity in famplex.entities(named: name) where famplex.hasMember(entity, among: symbols) {
            return true
        }
        let lexiconMembers = famplex.lexicon2018Members(named: name)
        return (!record.entrez.isEmpty && lexiconMembers.contains(record.entrez))
            || (entrez.map { !$0.isEmpty && lexiconMembers.contains($0) } ?? false)
    }
}

extension SourceClaim {
    /// How a message names the kind of name.
    var noun: String {
        switch self {
        case .hgncSymbol: "the approved symbol"
        case .alias: "an alias"
        case .previous: "a previous symbol"
        case .family: "a family name"
        }
    }
}

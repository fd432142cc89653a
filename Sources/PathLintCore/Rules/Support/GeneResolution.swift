/// What an entry's `hgnc_symbol` is in today's HGNC, decided once and shared by the gene
/// rules so that one mistake gives one finding: a renamed symbol is reported by
/// `outdated-hgnc-symbol` only, and the other rules check against the current gene.
enum GeneResolution: Sendable {
    /// The exact approved symbol of an approved entry.
    case approved(HGNCRecord)
    /// The approved symbol written with other case or punctuation (`C9ORF3` for `C9orf3`).
    case spelledDifferently(HGNCRecord)
    /// A previous symbol, or the symbol of a withdrawn entry, with the approved entries it
    /// went to; `preferred` is the one the entry's `entrez` already names, or the only one.
    /// `entrezOwner` is set instead of `preferred` when the entry's `entrez` belongs to
    /// another approved gene that the symbol still names (TAZ with WWTR1's ID: TAZ is
    /// TAFAZZIN's previous symbol and WWTR1's alias): the entry does not say which it means.
    case renamed(candidates: [HGNCRecord], preferred: HGNCRecord?, withdrawn: Bool, entrezOwner: HGNCRecord? = nil)
    /// A withdrawn entry that HGNC names no successor for.
    case withdrawnWithoutSuccessor(HGNCRecord)
    case unknown

    init(symbol: String, entrez: String?, hgnc: HGNCIndex) {
        let matches = hgnc.matches(for: symbol)
        // Exact case first, and the approved row first: some strings are both an approved
        // symbol and a withdrawn one (AK6).
        if let match = matches.first(where: { $0.claim == .approved && $0.text == symbol }),
           let record = hgnc.record(number: match.hgncNumber) {
            self = .approved(record)
            return
        }
        if let resolved = GeneResolution.renamed(matches.filter { $0.text == symbol }, entrez: entrez, hgnc: hgnc) {
            self = resolved
            return
        }
        if let match = matches.first(where: { $0.claim == .approved }), let record = hgnc.record(number: match.hgncNumber) {
            self = .spelledDifferently(record)
            return
        }
        if let resolved = GeneResolution.renamed(matches, entrez: entrez, hgnc: hgnc) {
            self = resolved
            return
        }
        if let match = matches.first(where: { $0.claim == .withdrawn }), let record = hgnc.record(number: match.hgncNumber) {
            self = .withdrawnWithoutSuccessor(record)
            return
        }
        self = .unknown
    }

    /// The approved gene the entry means today, if one can be named.
    var current: HGNCRecord? {
        switch self {
        case .approved(let record), .spelledDifferently(let record): record
        case .renamed(_, let preferred, _, _): preferred
        case .withdrawnWithoutSuccessor, .unknown: nil
        }
    }

    private static func renamed(_ matches: [SymbolMatch], entrez: String?, hgnc: HGNCIndex) -> GeneResolution? {
        var candidates: [HGNCRecord] = []
        var viaWithdrawn = false
        func add(_ record: HGNCRecord) {
            if record.isApproved && !candidates.contains(where: { $0.number == record.number }) { candidates.append(record) }
        }
        for match in matches {
            switch match.claim {
            case .previous:
                if let record = hgnc.record(number: match.hgncNumber) { add(record) }
            case .withdrawn:
                guard let withdrawn = hgnc.record(number: match.hgncNumber) else { continue }
                for successor in withdrawn.successors {
                    guard let record = hgnc.record(number: successor) else { continue }
                    viaWithdrawn = true
                    add(record)
                }
            case .approved, .alias:
                continue
            }
        }
        guard !candidates.isEmpty else { return nil }
        if let byEntrez = candidates.first(where: { $0.entrez == entrez && !$0.entrez.isEmpty }) {
            return .renamed(candidates: candidates, preferred: byEntrez, withdrawn: viaWithdrawn)
        }
        if let entrez, let owner = hgnc.approved(entrez: entrez), let symbol = matches.first?.text,
           owner.isAlias(symbol) || owner.isPreviousSymbol(symbol) || owner.isApprovedSymbol(symbol) {
            return .renamed(candidates: candidates, preferred: nil, withdrawn: viaWithdrawn, entrezOwner: owner)
        }
        return .renamed(candidates: candidates, preferred: candidates.count == 1 ? candidates[0] : nil,
                        withdrawn: viaWithdrawn)
    }
}

extension HGNCRecord {
    /// `MAP2K1 (HGNC:6840, Entrez 5604)`.
    var citation: String {
        entrez.isEmpty ? "\(symbol) (\(hgncID))" : "\(symbol) (\(hgncID), Entrez \(entrez))"
    }

    /// Whether `text` is, case and punctuation aside, this gene's approved symbol.
    func isApprovedSymbol(_ text: String) -> Bool { SymbolKey.equivalent(symbol, text) }
    func isAlias(_ text: String) -> Bool { aliases.contains { SymbolKey.equivalent($0, text) } }
    func isPreviousSymbol(_ text: String) -> Bool { previousSymbols.contains { SymbolKey.equivalent($0, text) } }
}

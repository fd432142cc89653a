/// One HGNC entry as the snapshot records it.
///
/// A class, immutable: records are shared through the lookup caches by every thread
/// and copied into each gene's resolution, and a copy of a struct of nine strings and
/// arrays retained each of them (contended atomics between cores).
public final class HGNCRecord: Sendable, Hashable {
    public enum Status: String, Sendable {
        case approved = "A"
        case entryWithdrawn = "E"
        case symbolWithdrawn = "S"
    }

    /// The number of the HGNC ID (`5` for `HGNC:5`).
    public let number: String
    public let symbol: String
    public let status: Status
    /// NCBI Gene (Entrez) ID; empty for the few approved entries without one.
    public let entrez: String
    public let locusType: String
    public let name: String
    public let aliases: [String]
    public let previousSymbols: [String]
    /// For a withdrawn symbol: the HGNC numbers of the entries it went to.
    public let successors: [String]

    public static func == (lhs: HGNCRecord, rhs: HGNCRecord) -> Bool {
        lhs === rhs || (lhs.number == rhs.number && lhs.symbol == rhs.symbol && lhs.status == rhs.status
            && lhs.entrez == rhs.entrez && lhs.locusType == rhs.locusType && lhs.name == rhs.name
            && lhs.aliases == rhs.aliases && lhs.previousSymbols == rhs.previousSymbols && lhs.successors == rhs.successors)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(symbol)
        hasher.combine(status)
        hasher.combine(entrez)
        hasher.combine(locusType)
        hasher.combine(name)
        hasher.combine(aliases)
        hasher.combine(previousSymbols)
        hasher.combine(successors)
    }

    public var hgncID: String { "HGNC:\(number)" }
    public var isApproved: Bool { status == .approved }

    init?(columns: [Substring]) {
        guard columns.count >= 9, let status = Status(rawValue: String(columns[2])) else { return nil }
        number = String(columns[0])
        symbol = String(columns[1])
        self.status = status
        entrez = String(columns[3])
        locusType = String(columns[4])
        name = String(columns[5])
        aliases = SortedLines.values(columns[6])
        previousSymbols = SortedLines.values(columns[7])
        successors = SortedLines.values(columns[8])
    }
}

/// How a string names an HGNC entry.
public enum SymbolClaim: String, Sendable, Hashable, Comparable {
    /// The approved symbol of an approved entry.
    case approved = "a"
    /// A previous symbol of an approved entry.
    case previous = "p"
    /// An alias symbol of an approved entry.
    case alias = "l"
    /// The symbol of a withdrawn entry (entry or symbol withdrawn).
    case withdrawn = "w"

    /// The lexicon's priority: approved > alias > previous; withdrawn last.
    var rank: Int {
        switch self {
        case .approved: 0
        case .alias: 1
        case .previous: 2
        case .withdrawn: 3
        }
    }

    public static func < (lhs: SymbolClaim, rhs: SymbolClaim) -> Bool { lhs.rank < rhs.rank }
}

/// One way a string reaches an HGNC entry: `text` (as HGNC spells it) is a `claim` of it.
public struct SymbolMatch: Sendable, Hashable {
    public let claim: SymbolClaim
    public let text: String
    public let hgncNumber: String
}

/// Lookups into the HGNC part of the snapshot.
public struct HGNCIndex: Sendable {
    let records: SortedLines
    let symbols: SortedLines
    let entrez: SortedLines
    private let recordCache = LookupCache<String, HGNCRecord?>()
    private let matchCache = LookupCache<String, [SymbolMatch]>()
    private let entrezCache = LookupCache<String, HGNCRecord?>()

    init(records: SortedLines, symbols: SortedLines, entrez: SortedLines) {
        self.records = records
        self.symbols = symbols
        self.entrez = entrez
    }

    public func record(number: String) -> HGNCRecord? {
        recordCache.value(for: number) { records.record(forKey: number).flatMap(HGNCRecord.init(columns:)) }
    }

    /// Every entry that `text` names, case- and punctuation-insensitively, exact-case
    /// matches first, then by claim (approved, alias, previous, withdrawn).
    public func matches(for text: some StringProtocol) -> [SymbolMatch] {
        let exact = String(text)
        return matchCache.value(for: exact) { uncachedMatches(for: exact) }
    }

    private func uncachedMatches(for exact: String) -> [SymbolMatch] {
        let key = SymbolKey.normalize(exact)
        guard !key.isEmpty else { return [] }
        let found = symbols.records(forKey: key).compactMap { columns -> SymbolMatch? in
            guard columns.count >= 4, let claim = SymbolClaim(rawValue: String(columns[1])) else { return nil }
            return SymbolMatch(claim: claim, text: String(columns[2]), hgncNumber: String(columns[3]))
        }
        return found.sorted { lhs, rhs in
            let lhsExact = lhs.text == exact, rhsExact = rhs.text == exact
            if lhsExact != rhsExact { return lhsExact }
            if lhs.claim != rhs.claim { return lhs.claim < rhs.claim }
            return lhs.hgncNumber < rhs.hgncNumber
        }
    }

    /// The approved entry whose approved symbol is exactly `symbol`.
    public func approved(symbol: some StringProtocol) -> HGNCRecord? {
        let exact = String(symbol)
        return matches(for: symbol)
            .first { $0.claim == .approved && $0.text == exact }
            .flatMap { record(number: $0.hgncNumber) }
    }

    /// The approved entry with this NCBI Gene ID.
    public func approved(entrez id: some StringProtocol) -> HGNCRecord? {
        let id = String(id)
        return entrezCache.value(for: id) {
            entrez.record(forKey: id).flatMap { columns in
                columns.count >= 2 ? record(number: String(columns[1])) : nil
            }
        }
    }

    /// Approved symbols (and aliases, previous symbols) starting with `prefix`'s key, for completion.
    public func matches(withKeyPrefix prefix: String, limit: Int) -> [SymbolMatch] {
        symbols.records(withKeyPrefix: SymbolKey.normalize(prefix), limit: limit).compactMap { columns in
            guard columns.count >= 4, let claim = SymbolClaim(rawValue: String(columns[1])) else { return nil }
            return SymbolMatch(claim: claim, text: String(columns[2]), hgncNumber: String(columns[3]))
        }
    }
}

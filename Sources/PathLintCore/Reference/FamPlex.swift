/// Lookups into the FamPlex part of the snapshot: entities, the names that lead to
/// them, and their members (transitive: a family of families lists every gene below).
public struct FamPlexIndex: Sendable {
    let entities: SortedLines
    let names: SortedLines
    let lexicon2018: SortedLines
    private let entityCache = LookupCache<String, [String]>()
    private let memberCache = LookupCache<String, Set<String>>()
    private let lexiconCache = LookupCache<String, [String]>()
    /// `families(of:)`'s table, built on first use (one entry, key "").
    private let familyTable = LookupCache<String, [String: [FamilyMembership]]>()

    init(entities: SortedLines, names: SortedLines, lexicon2018: SortedLines) {
        self.entities = entities
        self.names = names
        self.lexicon2018 = lexicon2018
    }

    /// FamPlex entities a text names: by the entity's own name or a grounding-map text,
    /// compared case- and punctuation-insensitively.
    public func entities(named text: some StringProtocol) -> [String] {
        let key = SymbolKey.normalize(text)
        guard !key.isEmpty else { return [] }
        return entityCache.value(for: key) { uncachedEntities(forKey: key) }
    }

    private func uncachedEntities(forKey key: String) -> [String] {
        var result: [String] = []
        for columns in names.records(forKey: key) where columns.count >= 2 {
            let entity = String(columns[1])
            if !result.contains(entity) { result.append(entity) }
        }
        return result
    }

    /// HGNC approved symbols of every gene below `entity`, through nested families.
    public func members(of entity: some StringProtocol) -> [String] {
        guard let columns = entities.record(forKey: String(entity)), columns.count >= 2, !columns[1].isEmpty else {
            return []
        }
        return columns[1].split(separator: "|").map(String.init)
    }

    /// The FamPlex entities `symbol` (an approved HGNC symbol) belongs to, through nested
    /// families, each with its number of members.
    public func families(of symbol: String) -> [FamilyMembership] {
        familyTable.value(for: "") {
            var table: [String: [FamilyMembership]] = [:]
            for columns in entities.records(withKeyPrefix: "", limit: Int.max) where columns.count >= 2 {
                let members = columns[1].split(separator: "|")
                let membership = FamilyMembership(entity: String(columns[0]), memberCount: members.count)
                for member in members { table[String(member), default: []].append(membership) }
            }
            return table
        }[symbol] ?? []
    }

    /// Whether any of `symbols` is among `entity`'s members.
    public func hasMember(_ entity: some StringProtocol, among symbols: [String]) -> Bool {
        let entity = String(entity)
        let memberSet = memberCache.value(for: entity) { Set(self.members(of: entity)) }
        return symbols.contains(where: memberSet.contains)
    }

    /// Entrez IDs the 2018 PFOCR lexicon expanded a family name to (its old FamPlex
    /// names, such as `AC` for today's `ADCY`), compared like `entities(named:)`.
    public func lexicon2018Members(named text: some StringProtocol) -> [String] {
        let key = SymbolKey.normalize(text)
        guard !key.isEmpty else { return [] }
        return lexiconCache.value(for: key) { uncachedLexiconMembers(forKey: key) }
    }

    private func uncachedLexiconMembers(forKey key: String) -> [String] {
        lexicon2018.records(forKey: key).flatMap { columns in
            columns.count >= 3 ? columns[2].split(separator: "|").map(String.init) : []
        }
    }

    /// Whether `text` names any FamPlex entity, today's or the 2018 lexicon's.
    public func isFamilyName(_ text: some StringProtocol) -> Bool {
        !entities(named: text).isEmpty || !lexicon2018Members(named: text).isEmpty
    }
}

/// One FamPlex entity a gene belongs to.
public struct FamilyMembership: Sendable, Hashable {
    public let entity: String
    public let memberCount: Int
}

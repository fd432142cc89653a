/// Completion in an annotation file's front matter, as the user types:
///
/// - `hgnc_symbol`, `symbol`, `word` of a `genes` entry: HGNC symbols by case- and
///   punctuation-insensitive prefix (`map2k` finds MAP2K1), approved symbols, aliases and
///   previous symbols. In `hgnc_symbol` an alias inserts its approved symbol and the
///   entry's `entrez` is set too; in `symbol`/`word` the matched text is inserted.
/// - `entrez`: the Entrez ID of the entry's gene.
/// - `identifier` of a `chemicals`/`diseases` entry: MeSH concepts by label or entry
///   term (the ID is inserted), Diseases (tree C) first in `diseases`, Chemicals and
///   Drugs (tree D) first in `chemicals`; or by ID when an ID is being typed.
/// - `source`: the four gene sources (the one that holds for the entry first); `MESH`.
/// - keys: the entry's missing keys, or the missing figure fields at the top level.
///
/// It works on the lines around the cursor, so it keeps working while a half-typed line
/// stops the YAML from parsing.
public enum Completion {
    /// Completion at byte offset `offset` of the document (cursor between bytes).
    public static func complete(_ document: AnnotationDocument, at offset: Int, reference: ReferenceSnapshot,
                                limit: Int = 50) -> CompletionList {
        if document.kind == .tsv { return TableEditor.complete(document, at: offset, reference: reference, limit: limit) }
        guard limit > 0, let context = EditorContext(document, at: offset) else { return .empty }
        let source = document.source
        switch context.place {
        case .key(let prefix, let range, let hasColon):
            return keyCompletion(context, prefix: prefix, range: range, hasColon: hasColon, source: source)
        case .value(let key, let typed, let field):
            let target = ValueTarget(field: field, typed: typed, offset: offset, source: source)
            switch context.fieldSpec(key)?.valueKind {
            case .approvedGeneSymbol?, .geneText?:
                return GeneCompletion(reference: reference, context: context, key: key,
                                      approved: context.fieldSpec(key)?.valueKind == .approvedGeneSymbol,
                                      target: target, limit: limit, source: source).run()
            case .geneID?:
                return entrezCompletion(context, target: target, reference: reference)
            case .geneSource?:
                return geneSourceCompletion(context, target: target, reference: reference)
            case .meshSource?:
                return list(FrontMatterSchema.meshSources.filter { !$0.isEmpty }.enumerated().map { rank, name in
                    item(label: name, kind: .value, detail: "mapped to MeSH",
                         documentation: "The entry's `identifier` is a MeSH ID (`''` when unmapped).",
                         value: name, target: target, rank: rank)
                }, incomplete: false)
            case .meshID?:
                return MeSHCompletion(reference: reference, context: context, target: target, limit: limit).run()
            case .text?, nil:
                return .empty
            }
        }
    }

    /// Where a completed value goes and how it is written.
    struct ValueTarget {
        /// Replaced by the item: the scalar, or the empty range at the cursor.
        var range: ByteRange
        /// What the value's text before the cursor is (inside the quotes).
        var typed: String
        var style: ScalarStyle
        /// Text before the value's content inside `range` (an opening quote), which the
        /// client compares along with what is typed.
        var filterPrefix: String
        /// Written before the value when the cursor is right after `key:` with no space.
        var leadingSpace: Bool
        var existingValue: String

        init(field: EditorContext.Field, typed: String, offset: Int, source: SourceText) {
            self.typed = typed
            existingValue = field.value
            if field.valueRange.isEmpty {
                range = ByteRange(offset, offset)
                style = .plain
                filterPrefix = ""
                leadingSpace = offset > 0 && source.bytes[offset - 1] == UInt8(ascii: ":")
            } else {
                range = field.valueRange
                style = field.style
                filterPrefix = field.style == .plain || field.style == .literal || field.style == .folded
                    ? "" : source.text(ByteRange(field.valueRange.start, field.valueRange.start + 1))
                leadingSpace = false
            }
        }

        func newText(_ value: String, style override: ScalarStyle? = nil) -> String {
            let style = override ?? style
            // A MeSH ID reads as a string when plain (YAMLText would quote it: `D` is a hex digit).
            let plainID = (style == .plain || style == .literal || style == .folded) && MeSHIndex.isWellFormedID(value)
            return (leadingSpace ? " " : "") + (plainID ? value : YAMLText.scalar(value, style: style))
        }
    }

    static func sortText(_ rank: Int) -> String {
        let digits = String(rank)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    static func item(label: String, kind: CompletionItem.Kind, detail: String?, documentation: String?,
                     value: String, filter: String? = nil, target: ValueTarget, rank: Int,
                     style: ScalarStyle? = nil, additionalEdits: [TextEdit] = []) -> CompletionItem {
        CompletionItem(label: label, kind: kind, detail: detail, documentation: documentation,
                       filterText: target.filterPrefix + (filter ?? value), sortText: sortText(rank),
                       edit: TextEdit(range: target.range, newText: target.newText(value, style: style)),
                       additionalEdits: additionalEdits)
    }

    static func list(_ items: [CompletionItem], incomplete: Bool) -> CompletionList {
        CompletionList(items: items, isIncomplete: incomplete)
    }

    // MARK: Keys

    static func keyCompletion(_ context: EditorContext, prefix: String, range: ByteRange, hasColon: Bool,
                              source: SourceText) -> CompletionList {
        let specs: [FieldSpec]
        var present: Set<String> = []
        if let entry = context.entry {
            specs = context.fieldSpecs
            // The key being typed does not count as present.
            for field in entry.fields where !field.keyRange.overlaps(range) && field.keyRange != range {
                present.insert(field.key)
            }
        } else if context.isTopLevel {
            specs = FrontMatterSchema.figureFields
            present = context.topLevelKeys(except: range)
        } else {
            return .empty
        }
        let before = range.start > 0 ? source.bytes[range.start - 1] : 0x20
        let space = before == 0x20 || before == 0x09 || before == 0x0A || before == 0x0D ? "" : " "
        // Keys the typed text is a prefix of first, then those it is a subsequence of
        // (`hsym` finds hgnc_symbol), each in schema order.
        let typed = Array(prefix.lowercased().utf8)
        let candidates = specs.filter { !present.contains($0.name) && isSubsequence(typed, of: Array($0.name.utf8)) }
        let ordered = candidates.filter { $0.name.utf8.starts(with: typed) }
            + candidates.filter { !$0.name.utf8.starts(with: typed) }
        let items = ordered.enumerated().map { rank, spec in
            CompletionItem(label: spec.name, kind: .key, detail: spec.description, documentation: nil,
                           filterText: spec.name, sortText: sortText(rank),
                           edit: TextEdit(range: range, newText: space + spec.name + (hasColon ? "" : ": ")))
        }
        return list(items, incomplete: false)
    }

    static func isSubsequence(_ needle: [UInt8], of haystack: [UInt8]) -> Bool {
        var index = 0
        for byte in haystack where index < needle.count && needle[index] == byte { index += 1 }
        return index == needle.count
    }

    // MARK: Entrez, source

    /// The approved genes an entry means: its `hgnc_symbol` resolved as the rules do, else
    /// the genes its `symbol` names.
    static func genes(of entry: EditorContext.Entry?, reference: ReferenceSnapshot) -> [HGNCRecord] {
        guard let entry else { return [] }
        let hgnc = reference.hgnc
        if let symbol = entry.value("hgnc_symbol") {
            if let current = GeneResolution(symbol: symbol, entrez: entry.value("entrez"), hgnc: hgnc).current {
                return [current]
            }
            if case .renamed(let candidates, _, _, _) = GeneResolution(symbol: symbol, entrez: nil, hgnc: hgnc) {
                return candidates
            }
            return []
        }
        var result: [HGNCRecord] = []
        for text in [entry.value("symbol"), entry.value("word")].compactMap({ $0 }) where result.isEmpty {
            for match in hgnc.matches(for: text) where match.claim != .withdrawn {
                if let record = hgnc.record(number: match.hgncNumber), record.isApproved,
                   !result.contains(where: { $0.number == record.number }) {
                    result.append(record)
                }
            }
        }
        return result
    }

    static func entrezCompletion(_ context: EditorContext, target: ValueTarget,
                                 reference: ReferenceSnapshot) -> CompletionList {
        let style: ScalarStyle = target.style == .doubleQuoted ? .doubleQuoted : .singleQuoted
        var items: [CompletionItem] = []
        for record in genes(of: context.entry, reference: reference) where !record.entrez.isEmpty {
            let typedDigits = target.typed.filter(\.isNumber)
            guard record.entrez.hasPrefix(typedDigits) else { continue }
            items.append(item(label: record.entrez, kind: .gene, detail: "\(record.symbol) · \(record.name)",
                              documentation: EditorMarkdown.gene(record, hgnc: reference.hgnc), value: record.entrez,
                              filter: YAMLText.scalar(record.entrez, style: style).dropFirst(target.filterPrefix.count)
                                  .description,
                              target: target, rank: items.count, style: style))
        }
        return list(items, incomplete: false)
    }

    static let sourceDescriptions = Dictionary(uniqueKeysWithValues: SourceClaim.allCases.map { ($0.rawValue, $0.claim.meaning) })

    static func geneSourceCompletion(_ context: EditorContext, target: ValueTarget,
                                     reference: ReferenceSnapshot) -> CompletionList {
        // The claims that hold for this entry's symbol and gene come first.
        var holding: [SourceClaim] = []
        if let symbol = context.entry?.value("symbol") {
            for record in genes(of: context.entry, reference: reference) {
                for claim in SourceClaim.claims(of: symbol, record: record, entrez: record.entrez, reference: reference)
                where !holding.contains(claim) {
                    holding.append(claim)
                }
            }
        }
        let ordered = holding.map(\.rawValue) + FrontMatterSchema.geneSources.filter { name in
            !holding.contains { $0.rawValue == name }
        }
        let items = ordered.enumerated().map { rank, name in
            let holds = holding.contains { $0.rawValue == name }
            let description = sourceDescriptions[name] ?? ""
            return item(label: name, kind: .value, detail: holds ? description + " (holds for this entry)" : description,
                        documentation: nil, value: name, target: target, rank: rank)
        }
        return list(items, incomplete: false)
    }
}

extension EditorContext {
    /// The keys of the top-level `key:` lines, except the one at `range` (being typed).
    func topLevelKeys(except range: ByteRange) -> Set<String> {
        var keys: Set<String> = []
        for line in lines where YAMLLine.mayBeTopLevelKey(source, line: line) {
            let shape = YAMLLine(source, line: line)
            if shape.indent == 0 && shape.dash == nil, let key = shape.key, !key.range.overlaps(range) {
                keys.insert(key.text)
            }
        }
        return keys
    }
}

// MARK: Genes

/// HGNC symbol completion in `hgnc_symbol`, `symbol` and `word`.
struct GeneCompletion {
    let reference: ReferenceSnapshot
    let context: EditorContext
    let key: String
    /// Whether the field holds an approved symbol (one item per gene, which sets the
    /// entry's gene ID) rather than text as the lexicon wrote it.
    let approved: Bool
    let target: Completion.ValueTarget
    let limit: Int
    let source: SourceText

    private var hgnc: HGNCIndex { reference.hgnc }

    /// A candidate: a match and its entry, and how it ranks.
    struct Candidate {
        let match: SymbolMatch
        let record: HGNCRecord
        let exact: Bool
    }

    func run() -> CompletionList {
        let typedKey = SymbolKey.normalize(target.typed)
        var candidates: [Candidate]
        var incomplete: Bool
        if typedKey.isEmpty {
            // Nothing typed: what the entry's other fields name (symbol, then word).
            let others = key == "word" ? ["symbol"] : key == "symbol" ? ["word"] : ["symbol", "word"]
            candidates = []
            for other in others {
                guard candidates.isEmpty, let text = context.entry?.value(other) else { continue }
                let textKey = SymbolKey.normalize(text)
                candidates = hgnc.matches(for: text).compactMap { candidate($0, typedKey: textKey) }
            }
            incomplete = true
        } else {
            let fetch = limit * 4
            let matches = hgnc.matches(withKeyPrefix: typedKey, limit: fetch)
            incomplete = matches.count >= fetch
            candidates = matches.compactMap { candidate($0, typedKey: typedKey) }
        }
        candidates.sort(by: ranks)
        var items = approved ? approvedItems(candidates) : textItems(candidates)
        if items.count > limit {
            items.removeLast(items.count - limit)
            incomplete = true
        }
        return CompletionList(items: items, isIncomplete: incomplete)
    }

    private func candidate(_ match: SymbolMatch, typedKey: String) -> Candidate? {
        guard match.claim != .withdrawn, let record = hgnc.record(number: match.hgncNumber), record.isApproved else {
            return nil
        }
        return Candidate(match: match, record: record, exact: SymbolKey.normalize(match.text) == typedKey)
    }

    /// Exact matches first, then prefix matches; approved before alias before previous;
    /// shorter symbols first; then alphabetically.
    private func ranks(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.exact != rhs.exact { return lhs.exact }
        if lhs.exact {  // the same spelling as typed first
            let lhsSame = lhs.match.text == target.typed, rhsSame = rhs.match.text == target.typed
            if lhsSame != rhsSame { return lhsSame }
        }
        if lhs.match.claim != rhs.match.claim { return lhs.match.claim < rhs.match.claim }
        if lhs.match.text.utf8.count != rhs.match.text.utf8.count {
            return lhs.match.text.utf8.count < rhs.match.text.utf8.count
        }
        if lhs.match.text != rhs.match.text { return lhs.match.text < rhs.match.text }
        return lhs.record.symbol < rhs.record.symbol
    }

    /// `hgnc_symbol`: one item per gene, inserting its approved symbol and setting `entrez`.
    private func approvedItems(_ candidates: [Candidate]) -> [CompletionItem] {
        var seen: Set<String> = []
        var items: [CompletionItem] = []
        for candidate in candidates where seen.insert(candidate.record.number).inserted {
            let record = candidate.record
            let isApproved = candidate.match.claim == .approved
            let relation = candidate.match.claim == .alias ? "alias" : "previous symbol"
            items.append(Completion.item(
                label: isApproved ? record.symbol : "\(candidate.match.text) → \(record.symbol)",
                kind: isApproved ? .gene : .geneAlias,
                detail: isApproved ? record.name : "\(record.name) (\(relation) \(candidate.match.text))",
                documentation: EditorMarkdown.gene(record, hgnc: hgnc),
                value: record.symbol, filter: candidate.match.text, target: target, rank: items.count,
                additionalEdits: entrezEdits(record)))
        }
        return items
    }

    /// `symbol`/`word`: one item per spelling, inserting it as HGNC writes it.
    private func textItems(_ candidates: [Candidate]) -> [CompletionItem] {
        var order: [String] = []
        var byText: [String: [Candidate]] = [:]
        for candidate in candidates {
            if byText[candidate.match.text] == nil { order.append(candidate.match.text) }
            byText[candidate.match.text, default: []].append(candidate)
        }
        return order.enumerated().map { rank, text in
            let all = byText[text]!
            let best = all[0]
            let describe = { (candidate: Candidate) -> String in
                switch candidate.match.claim {
                case .approved: candidate.record.name
                case .alias: "alias of \(candidate.record.symbol) — \(candidate.record.name)"
                default: "previous symbol of \(candidate.record.symbol) — \(candidate.record.name)"
                }
            }
            var detail = describe(best)
            let others = all.dropFirst().map { $0.record.symbol }
            if !others.isEmpty { detail += "; also names " + others.joined(separator: ", ") }
            return Completion.item(
                label: text, kind: best.match.claim == .approved ? .gene : .geneAlias, detail: detail,
                documentation: all.prefix(3).map { EditorMarkdown.gene($0.record, hgnc: hgnc) }
                    .joined(separator: "\n\n---\n\n"),
                value: text, target: target, rank: rank)
        }
    }

    /// Sets the entry's `entrez` to the gene's: replaces the existing scalar, or adds an
    /// `entrez:` line after the entry's last line.
    private func entrezEdits(_ record: HGNCRecord) -> [TextEdit] {
        guard !record.entrez.isEmpty, let entry = context.entry else { return [] }
        if let existing = entry.field("entrez") {
            if existing.value == record.entrez && (existing.style == .singleQuoted || existing.style == .doubleQuoted) {
                return []
            }
            let text = YAMLText.singleQuoted(record.entrez)
            if existing.valueRange.isEmpty {
                // `entrez:` with no value: write after the colon.
                let at = existing.valueRange.start
                let needsSpace = at > 0 && source.bytes[at - 1] == UInt8(ascii: ":")
                return [TextEdit(range: existing.valueRange, newText: (needsSpace ? " " : "") + text)]
            }
            return [TextEdit(range: existing.valueRange, newText: text)]
        }
        let lineBreak = BlockEdits.lineBreak(in: source)
        let line = String(repeating: " ", count: entry.keyIndent) + "entrez: " + YAMLText.singleQuoted(record.entrez)
        if entry.lastLine + 1 < source.lineCount {
            let at = source.lineStarts[entry.lastLine + 1]
            return [TextEdit(range: ByteRange(at, at), newText: line + lineBreak)]
        }
        let end = source.bytes.count
        return [TextEdit(range: ByteRange(end, end), newText: lineBreak + line)]
    }
}

// MARK: MeSH

/// MeSH completion in the `identifier` of a chemicals/diseases entry.
struct MeSHCompletion {
    let reference: ReferenceSnapshot
    let context: EditorContext
    let target: Completion.ValueTarget
    let limit: Int

    private var mesh: MeSHIndex { reference.mesh }

    struct Candidate {
        let concept: MeSHConcept
        let term: String
        let isLabel: Bool
        let exact: Bool
        let inCategory: Bool
    }

    /// The tree this list's concepts belong to: C for diseases, D for chemicals.
    private var preferredTree: Character { context.section == .diseases ? "C" : "D" }

    func run() -> CompletionList {
        var query = target.typed.trimmingBlanks
        var incomplete = true
        // Nothing typed: what the entry's word names (and ask again once something is typed).
        let fromWord = query.isEmpty
        if fromWord, let word = context.entry?.value("word") { query = word }
        guard !SymbolKey.normalize(query).isEmpty else { return CompletionList(items: [], isIncomplete: true) }
        var candidates: [Candidate] = []
        if MeSHCompletion.looksLikeID(query) {
            // An ID being typed: IDs starting with it.
            let upper = query.uppercased()
            for columns in mesh.concepts.records(withKeyPrefix: upper, limit: limit * 4) {
                guard let concept = MeSHConcept(columns: columns) else { continue }
                candidates.append(Candidate(concept: concept, term: concept.label, isLabel: true,
                                            exact: concept.id == upper, inCategory: inCategory(concept)))
            }
        }
        // Diseases are a small part of the label index: look further for them.
        let fetch = context.section == .diseases ? max(limit * 40, 2000) : max(limit * 8, 400)
        let found = mesh.concepts(withLabelPrefix: query, limit: fetch)
        if found.count < fetch && !fromWord { incomplete = false }
        let queryKey = SymbolKey.normalize(query)
        for match in found {
            candidates.append(Candidate(concept: match.concept, term: match.term, isLabel: match.isLabel,
                                        exact: SymbolKey.normalize(match.term) == queryKey,
                                        inCategory: inCategory(match.concept)))
        }
        candidates.sort(by: ranks)
        var seen: Set<String> = []
        var items: [CompletionItem] = []
        for candidate in candidates where seen.insert(candidate.concept.id).inserted {
            if items.count == limit {
                incomplete = true
                break
            }
            items.append(item(candidate, rank: items.count))
        }
        return CompletionList(items: items, isIncomplete: incomplete)
    }

    private func inCategory(_ concept: MeSHConcept) -> Bool {
        mesh.effectiveTreeLetters(of: concept).contains(preferredTree)
    }

    /// In the list's category first; exact matches; labels before entry terms;
    /// descriptors before supplementary concepts; shorter terms; then alphabetically.
    private func ranks(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.inCategory != rhs.inCategory { return lhs.inCategory }
        if lhs.exact != rhs.exact { return lhs.exact }
        if lhs.concept.kind != rhs.concept.kind { return lhs.concept.kind == .descriptor }
        if lhs.isLabel != rhs.isLabel { return lhs.isLabel }
        if lhs.term.utf8.count != rhs.term.utf8.count { return lhs.term.utf8.count < rhs.term.utf8.count }
        if lhs.term != rhs.term { return lhs.term < rhs.term }
        return lhs.concept.id < rhs.concept.id
    }

    private func item(_ candidate: Candidate, rank: Int) -> CompletionItem {
        let concept = candidate.concept
        var detail = concept.id
        if !candidate.isLabel { detail += " · " + concept.label }
        detail += concept.kind == .descriptor ? " · descriptor" : " · supplementary"
        if let category = EditorMarkdown.category(concept, mesh: mesh) { detail += " · " + category }
        // What is typed is a label (or an ID): filter on the term, and on the ID too.
        let filter = MeSHCompletion.looksLikeID(target.typed) ? concept.id : candidate.term
        return Completion.item(label: candidate.term, kind: context.section == .diseases ? .disease : .chemical,
                               detail: detail, documentation: EditorMarkdown.mesh(concept, mesh: mesh),
                               value: concept.id, filter: filter, target: target, rank: rank)
    }

    /// `D`/`C` (either case) followed by digits only.
    static func looksLikeID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, "DdCc".utf8.contains(bytes[0]) else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

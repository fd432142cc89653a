/// A value read from the front matter together with the exact range of its YAML node.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let range: ByteRange

    public init(_ value: Value, range: ByteRange) {
        self.value = value
        self.range = range
    }
}

extension Located {
    func moved(by delta: Int) -> Located { Located(value, range: range.shifted(by: delta)) }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// One entry of `genes` (old layout): how an OCR word became an HGNC gene.
///
/// An immutable final class: every gene rule walks the entries, and copying a struct of
/// five located strings and a mapping retained each of them.
public final class GeneEntry: Sendable {
    /// Position in the `genes` list.
    public let index: Int
    public let node: YAMLMapping
    /// The raw OCR text that matched (`PLC,`, `JNK-`).
    public let word: Located<String>?
    /// The lexicon term it matched (`JNK`, `TNF-alpha`).
    public let symbol: Located<String>?
    /// How the term reached the gene: `hgnc_symbol`, `hgnc_alias_symbol`, `hgnc_prev_symbol`, `bioentities_symbol`.
    public let source: Located<String>?
    public let hgncSymbol: Located<String>?
    public let entrez: Located<String>?
    /// The five values as one key, hashed once (an entry moved by an edit keeps it).
    let contentKey: GeneEntryKey

    /// Reads the five fields in one pass over the entry's keys, the last of duplicate keys
    /// winning (as `YAMLMapping.entry` has it).
    init(index: Int, node: YAMLMapping) {
        self.index = index
        self.node = node
        var word, symbol, source, hgncSymbol, entrez: YAMLNode?
        for entry in node.entries {
            guard case .scalar(let key) = entry.key else { continue }
            let name = key.value
            switch name.utf8.count {  // by length first: a string switch compares case by case
            case 4 where name == "word": word = entry.value
            case 6 where name == "symbol": symbol = entry.value
            case 6 where name == "source": source = entry.value
            case 6 where name == "entrez": entrez = entry.value
            case 11 where name == "hgnc_symbol": hgncSymbol = entry.value
            default: break
            }
        }
        self.word = Annotation.text(word)
        self.symbol = Annotation.text(symbol)
        self.source = Annotation.text(source)
        self.hgncSymbol = Annotation.text(hgncSymbol)
        self.entrez = Annotation.text(entrez)
        contentKey = GeneEntryKey(word: self.word?.value, symbol: self.symbol?.value, source: self.source?.value,
                                  hgncSymbol: self.hgncSymbol?.value, entrez: self.entrez?.value)
    }

    /// `old` for `node`, the same entry moved by `delta` bytes (an edit before it).
    init(index: Int, node: YAMLMapping, moving old: GeneEntry, by delta: Int) {
        self.index = index
        self.node = node
        word = old.word?.moved(by: delta)
        symbol = old.symbol?.moved(by: delta)
        source = old.source?.moved(by: delta)
        hgncSymbol = old.hgncSymbol?.moved(by: delta)
        entrez = old.entrez?.moved(by: delta)
        contentKey = old.contentKey
    }
}

/// One entry of `chemicals` or `diseases`: a PubTator match mapped to MeSH. A final
/// class, like `GeneEntry`.
public final class MeSHEntry: Sendable {
    public let index: Int
    public let node: YAMLMapping
    public let word: Located<String>?
    public let source: Located<String>?
    public let identifier: Located<String>?

    init(index: Int, node: YAMLMapping, word: Located<String>?, source: Located<String>?, identifier: Located<String>?) {
        self.index = index
        self.node = node
        self.word = word
        self.source = source
        self.identifier = identifier
    }

    /// `old` for `node`, the same entry moved by `delta` bytes (an edit before it).
    init(index: Int, node: YAMLMapping, moving old: MeSHEntry, by delta: Int) {
        self.index = index
        self.node = node
        word = old.word?.moved(by: delta)
        source = old.source?.moved(by: delta)
        identifier = old.identifier?.moved(by: delta)
    }
}

/// The two published layouts of a figure file.
public enum AnnotationLayout: String, Sendable {
    /// Genes, chemicals and diseases as lists in the front matter (PFOCR until 2023).
    case frontMatterLists
    /// Metadata only; the lists live in `_data/<figid>-*.tsv` beside `_figures/`.
    case sidecarTables
}

/// The typed view of an annotation file's front matter. It is lenient: a field of the
/// wrong shape is simply absent here (the `field-type` rule reports it), so rules that
/// read the typed view only ever see values of the shape they expect.
public struct Annotation: Sendable {
    public let root: YAMLMapping
    public let layout: AnnotationLayout
    public let genes: [GeneEntry]
    public let chemicals: [MeSHEntry]
    public let diseases: [MeSHEntry]

    public init(root: YAMLMapping) {
        self.root = root
        layout = Annotation.layout(of: root)
        genes = Annotation.mappings(in: root["genes"]).enumerated().map { index, node in
            GeneEntry(index: index, node: node)
        }
        chemicals = Annotation.meshEntries(root["chemicals"])
        diseases = Annotation.meshEntries(root["diseases"])
    }

    /// The view of `root`, a tree that `YAMLParser.reparse` made from `previous.root` by
    /// replacing one list item (`replaced`). Entries before it are `previous`'s own
    /// objects, the replaced one is read afresh, and those after it are `previous`'s moved
    /// by the edit's length change: the same view `init(root:)` gives, without reading
    /// thousands of entries again on each keystroke.
    init(root: YAMLMapping, updating previous: Annotation, replaced: ReplacedItem) {
        self.root = root
        layout = Annotation.layout(of: root)
        genes = Annotation.updated(previous.genes, key: "genes", in: root, replaced: replaced,
                                   fresh: { GeneEntry(index: $0, node: $1) },
                                   moved: { GeneEntry(index: $0, node: $1, moving: $2, by: replaced.delta) })
            ?? Annotation.mappings(in: root["genes"]).enumerated().map { GeneEntry(index: $0, node: $1) }
        chemicals = Annotation.updated(previous.chemicals, key: "chemicals", in: root, replaced: replaced,
                                       fresh: { Annotation.meshEntry(index: $0, node: $1) },
                                       moved: { MeSHEntry(index: $0, node: $1, moving: $2, by: replaced.delta) })
            ?? Annotation.meshEntries(root["chemicals"])
        diseases = Annotation.updated(previous.diseases, key: "diseases", in: root, replaced: replaced,
                                      fresh: { Annotation.meshEntry(index: $0, node: $1) },
                                      moved: { MeSHEntry(index: $0, node: $1, moving: $2, by: replaced.delta) })
            ?? Annotation.meshEntries(root["diseases"])
    }

    /// The current layout when the figure has no `genes` but has the fields only that layout writes.
    private static func layout(of root: YAMLMapping) -> AnnotationLayout {
        let hasGenes = root.entry("genes") != nil
        let hasSidecarFields = root.entry("organisms_ner") != nil || root.entry("automl_pathway") != nil
        return !hasGenes && hasSidecarFields ? .sidecarTables : .frontMatterLists
    }

    /// One list's entries after the edit, or nil when they cannot be carried over (the key
    /// repeats, or the list holds something other than mappings, so entry and item
    /// numbers differ): then the caller reads the list afresh.
    private static func updated<Entry>(_ previous: [Entry], key: String, in root: YAMLMapping, replaced: ReplacedItem,
                                       fresh: (Int, YAMLMapping) -> Entry,
                                       moved: (Int, YAMLMapping, Entry) -> Entry) -> [Entry]? {
        let positions = root.entries.indices.filter { root.entries[$0].keyText == key }
        guard let position = positions.last else { return previous.isEmpty ? [] : nil }
        guard positions.count == 1 else { return nil }
        guard case .sequence(let list) = root.entries[position].value else { return previous.isEmpty ? [] : nil }
        guard list.items.count == previous.count else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(previous.count)
        for (index, item) in list.items.enumerated() {
            guard case .mapping(let node) = item else { return nil }
            if position < replaced.listEntry || (position == replaced.listEntry && index < replaced.item) {
                entries.append(previous[index])
            } else if position == replaced.listEntry && index == replaced.item {
                entries.append(fresh(index, node))
            } else {
                entries.append(moved(index, node, previous[index]))
            }
        }
        return entries
    }

    static func meshEntry(index: Int, node: YAMLMapping) -> MeSHEntry {
        MeSHEntry(index: index, node: node, word: text(node["word"]), source: text(node["source"]),
                  identifier: text(node["identifier"]))
    }

    /// A top-level scalar field as text.
    public func text(_ key: String) -> Located<String>? { Annotation.text(root[key]) }

    public var figid: Located<String>? { text("figid") }
    public var pmcid: Located<String>? { text("pmcid") }
    public var filename: Located<String>? { text("filename") }
    public var figlink: Located<String>? { text("figlink") }
    public var number: Located<String>? { text("number") }
    public var caption: Located<String>? { text("caption") }
    public var figtitle: Located<String>? { text("figtitle") }
    public var papertitle: Located<String>? { text("papertitle") }
    public var reftext: Located<String>? { text("reftext") }
    public var year: Located<String>? { text("year") }
    public var figidAlias: Located<String>? { text("figid_alias") }
    public var redirectFrom: Located<String>? { text("redirect_from") }

    /// `organisms`, whether written as one string or as a list of strings.
    public var organisms: [Located<String>] {
        switch root["organisms"] {
        case .scalar(let scalar)?: scalar.isNull ? [] : [Located(scalar.value, range: scalar.range)]
        case .sequence(let list)?: list.items.compactMap(Annotation.text)
        default: []
        }
    }

    /// The `schema-jsonld` mapping, when it is one.
    public var schemaJSONLD: YAMLMapping? { root["schema-jsonld"]?.mapping }

    /// A scalar node's text; nil for a null, a collection or an alias.
    static func text(_ node: YAMLNode?) -> Located<String>? {
        guard case .scalar(let scalar)? = node else { return nil }
        if scalar.isNull && !scalar.value.isEmpty { return nil }  // `~`, `null`: no value (an empty plain scalar reads as "")
        return Located(scalar.value, range: scalar.range)
    }

    static func mappings(in node: YAMLNode?) -> [YAMLMapping] {
        guard case .sequence(let list)? = node else { return [] }
        return list.items.compactMap(\.mapping)
    }

    static func meshEntries(_ node: YAMLNode?) -> [MeSHEntry] {
        mappings(in: node).enumerated().map { meshEntry(index: $0, node: $1) }
    }
}

extension Annotation {
    /// R's missing value as the pipeline wrote it into YAML: `NA` (a list item `- NA`),
    /// `.na.character`, `.na`.
    public static func isRMissing(_ text: String) -> Bool {
        text == "NA" || text == ".na.character" || text == ".na" || text == ".na.real" || text == ".na.integer"
    }

    /// `organisms` without R's missing values (`- NA`): what a curator named.
    public var curatedOrganisms: [Located<String>] { organisms.filter { !Annotation.isRMissing($0.value) } }

    /// A top-level scalar field as text, nil when absent, not a scalar, or R's missing
    /// value (`.na.character`, `NA`).
    public func presentText(_ key: String) -> Located<String>? {
        text(key).flatMap { Annotation.isRMissing($0.value) ? nil : $0 }
    }

    // Fields of the current layout (R writes a missing one as `.na.character`).
    public var doi: Located<String>? { presentText("doi") }
    public var journalTitle: Located<String>? { presentText("journal_title") }
    public var figtype: Located<String>? { presentText("figtype") }
    public var ndex: Located<String>? { presentText("ndex").flatMap { $0.value.isEmpty ? nil : $0 } }
    /// The classifier's pathway score, 0…1.
    public var automlPathway: Double? { presentText("automl_pathway").flatMap { Double($0.value) } }

    /// `organisms_ner`, the organisms text mining found, without R's missing values.
    public var organismsNER: [Located<String>] {
        let values: [Located<String>] = switch root["organisms_ner"] {
        case .scalar(let scalar)?: scalar.isNull ? [] : [Located(scalar.value, range: scalar.range)]
        case .sequence(let list)?: list.items.compactMap(Annotation.text)
        default: []
        }
        return values.filter { !Annotation.isRMissing($0.value) }
    }
}

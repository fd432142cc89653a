/// A check over one annotation file. Each rule lives in its own file under `Rules/`,
/// with its documentation; `RuleRegistry.all` lists them.
///
/// A rule is a pure function of the document and the reference data: no I/O, no state.
public protocol Rule: Sendable {
    /// Kebab-case id, as users select, ignore and suppress it (`entrez-mismatch`).
    var id: String { get }
    var defaultSeverity: Severity { get }
    /// One line for `pathlint rules`.
    var summary: String { get }
    /// Markdown with the sections *What it checks*, *Why it matters*, *Example*,
    /// *Correct*, *Fix*, *Curation action*, *Data*: what `pathlint explain` prints.
    var documentation: String { get }

    /// The kinds of document the rule reads: front matter (Markdown, YAML) unless it says
    /// otherwise; the sidecar rules read `.tsv` tables.
    var documentKinds: Set<DocumentKind> { get }

    /// When and how the linter produces the rule's findings (`.perFile` unless it says otherwise).
    var kind: RuleKind { get }

    /// The rule's findings in one document; only `.perFile` and `.derived` rules are asked.
    func check(_ context: RuleContext) -> [Diagnostic]
}

/// How a rule's findings come about. The linter, not the rules, orders the work.
public enum RuleKind: Sendable, Hashable {
    /// A pure function of one document and the reference data.
    case perFile
    /// Checks a field derived from others (`keywords`): runs after every `.perFile` rule
    /// and sees their findings (`RuleContext.findings`), so a cause that has its own
    /// finding is not reported again as a stale derived field.
    case derived
    /// Needs every file of a run (`duplicate-figid`): `FigidRegistry` reports it as the
    /// CLI feeds it the files.
    case crossFile
    /// Reports on suppression comments (`unused-suppression`): `Linter.lint` makes its
    /// findings while applying them.
    case suppressionReport
}

extension Rule {
    public var documentKinds: Set<DocumentKind> { DocumentKind.frontMatterKinds }
    public var kind: RuleKind { .perFile }
    /// The linter never asks a cross-file or suppression rule to check one file.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }
}

/// What a rule sees: the document at every stage it reached, and the reference data.
public struct RuleContext: Sendable {
    public let document: AnnotationDocument
    public let reference: ReferenceSnapshot
    var rule: any Rule
    let facts: DocumentFacts
    /// For a `.derived` rule: the `.perFile` rules' findings in this document (severity
    /// overrides applied); empty for every other rule.
    public internal(set) var findings: [Diagnostic] = []

    public var source: SourceText { document.source }
    public var annotation: Annotation? { document.annotation }

    /// The figure and its mentions, whichever layout the document is in (built once per lint).
    public var figure: Figure { facts.figure }

    /// What a mention's symbol is in today's HGNC (with its gene ID); nil when it has none.
    func resolution(of mention: GeneMention) -> GeneResolution? {
        let resolutions = facts.mentionResolutions
        return mention.index < resolutions.count ? resolutions[mention.index] : nil
    }

    /// What the entry's `hgnc_symbol` is in today's HGNC; nil when it has none.
    func resolution(of gene: GeneEntry) -> GeneResolution? {
        let resolutions = facts.geneResolutions
        return gene.index < resolutions.count ? resolutions[gene.index] : nil
    }

    /// The comparison keys of a MeSH concept's names (`MeSHTermKey`), worked out once per run.
    func nameKeys(of concept: MeSHConcept) -> Set<MeSHTermKey.Key> {
        facts.caches.meshNameKeys.value(for: concept.id) {
            ([concept.label] + concept.entryTerms).reduce(into: Set<MeSHTermKey.Key>()) { $0.formUnion(MeSHTermKey.keys($1)) }
        }
    }

    /// What `symbol` (with the row's `entrez`) is in today's HGNC; memoized per linter.
    func resolution(symbol: String, entrez: String?) -> GeneResolution {
        facts.resolution(symbol: symbol, entrez: entrez)
    }

    /// A finding of this rule at its default severity (the linter applies overrides).
    public func diagnostic(_ message: String, at range: ByteRange, fixes: [Fix] = []) -> Diagnostic {
        Diagnostic(ruleID: rule.id, severity: rule.defaultSeverity, message: message, range: range, fixes: fixes)
    }

}

extension Fix {
    /// A fix that replaces one scalar's bytes with `value`, quoted as `style` says.
    static func replace(_ range: ByteRange, with value: String, style: ScalarStyle = .plain,
                        title: String, safety: Safety) -> Fix {
        Fix(title: title, safety: safety, edits: [TextEdit(range: range, newText: YAMLText.scalar(value, style: style))])
    }
}

/// Facts about a document that several rules need, worked out once per lint and only
/// when a rule asks (a run of `--select yaml-syntax` resolves no gene).
///
/// `@unchecked Sendable`: one instance serves one `Linter.lint` call, on one thread.
final class DocumentFacts: @unchecked Sendable {
    private let document: AnnotationDocument
    private let reference: ReferenceSnapshot
    let caches: RuleCaches
    private var resolved: [GeneResolution?]?
    private var builtFigure: Figure?
    private var resolvedMentions: [GeneResolution?]?

    var figure: Figure {
        if let builtFigure { return builtFigure }
        let built = Figure(document: document)
        builtFigure = built
        return built
    }

    init(document: AnnotationDocument, reference: ReferenceSnapshot, caches: RuleCaches) {
        self.document = document
        self.reference = reference
        self.caches = caches
    }

    /// Per-entry answers that several rules ask for (one mistake, one finding: each rule
    /// asks whether a stronger rule already reports the entry), by question and entry
    /// index. An array per question: a dictionary of `Any` cost more than most answers.
    private var answers: [AnyObject?] = Array(repeating: nil, count: EntryQuestionSlots.count)

    func memo<Answer>(_ question: EntryQuestion<Answer>, _ index: Int, _ compute: () -> Answer) -> Answer {
        let table: EntryAnswers<Answer>
        if let existing = answers[question.slot] {
            table = unsafeDowncast(existing, to: EntryAnswers<Answer>.self)  // one type per slot
        } else {
            table = EntryAnswers(count: document.annotation?.genes.count ?? 0)
            answers[question.slot] = table
        }
        guard table.values.indices.contains(index) else { return compute() }
        if let known = table.values[index] { return known }
        let value = compute()
        table.values[index] = value
        return value
    }

    func resolution(symbol: String, entrez: String?) -> GeneResolution {
        let hgnc = reference.hgnc
        return caches.resolutions.value(for: ResolutionKey(symbol: symbol, entrez: entrez)) {
            GeneResolution(symbol: symbol, entrez: entrez, hgnc: hgnc)
        }
    }

    /// Per gene mention, by index: the front matter's entries are the `genes` entries
    /// (the same answers as `geneResolutions`), a table's its rows.
    var mentionResolutions: [GeneResolution?] {
        if document.sidecar == nil { return geneResolutions }
        if let resolvedMentions { return resolvedMentions }
        let computed = figure.genes.map { mention -> GeneResolution? in
            guard let symbol = mention.symbol?.value, !symbol.isEmpty else { return nil }
            return resolution(symbol: symbol, entrez: mention.geneID?.value)
        }
        resolvedMentions = computed
        return computed
    }

    /// Per `genes` entry, by index.
    var geneResolutions: [GeneResolution?] {
        if let resolved { return resolved }
        let hgnc = reference.hgnc
        let computed = (document.annotation?.genes ?? []).map { gene -> GeneResolution? in
            guard let symbol = gene.hgncSymbol?.value, !symbol.isEmpty else { return nil }
            let entrez = gene.entrez?.value
            return caches.resolutions.value(for: ResolutionKey(symbol: symbol, entrez: entrez)) {
                GeneResolution(symbol: symbol, entrez: entrez, hgnc: hgnc)
            }
        }
        resolved = computed
        return computed
    }
}

/// Memos a `Linter` keeps across the files it lints (one reference snapshot each, so
/// entries never mix snapshots). The same (symbol, entrez) pairs recur in file after file.
final class RuleCaches: Sendable {
    let resolutions = LookupCache<ResolutionKey, GeneResolution>()
    /// `MeSHTermKey` keys of each concept's label and entry terms, by MeSH ID.
    let meshNameKeys = LookupCache<String, Set<MeSHTermKey.Key>>()
    /// The false-match rules' answers per entry content: an entry's evidence depends only
    /// on its five values, and the same entries recur in file after file (and edit after edit).
    let notAGeneWordEvidence = LookupCache<GeneEntryKey, String?>()
    let strongerCandidates = LookupCache<GeneEntryKey, [AmbiguousGeneSymbol.Candidate]>()
    /// Whether the entry's `source` claim holds (`symbol-source-mismatch`; FamPlex claims
    /// take several lookups each).
    let sourceClaimHolds = LookupCache<GeneEntryKey, Bool>()
    /// `GeneChemicalCollision.wordKey`: an OCR token normalised.
    let geneWordKeys = LookupCache<GeneEntryKey, String?>()
    /// `MeSHWordMismatch.mismatchedConcept`: whether a chemical's word names its concept.
    let meshWordMismatches = LookupCache<MeSHWordKey, MeSHConcept?>()
}

/// A question about one `genes` entry whose answers `DocumentFacts.memo` keeps.
struct EntryQuestion<Answer>: Sendable {
    let slot: Int
}

/// The questions below use slots `0..<count`, one each.
private enum EntryQuestionSlots {
    static let count = 2
}

extension EntryQuestion where Answer == String? {
    /// `NotAGeneWord.evidence`.
    static var notAGeneWord: Self { Self(slot: 0) }
}

extension EntryQuestion where Answer == [AmbiguousGeneSymbol.Candidate] {
    /// `AmbiguousGeneSymbol.strongerCandidates`.
    static var strongerCandidates: Self { Self(slot: 1) }
}

/// One question's answers, by entry index (nil: not asked yet).
private final class EntryAnswers<Answer> {
    var values: [Answer?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
}

/// An entry's `hgnc_symbol` and `entrez`, hashed once as `GeneEntryKey` is.
struct ResolutionKey: Hashable, Sendable {
    let symbol: String
    let entrez: String?
    private let fingerprint: UInt64

    init(symbol: String, entrez: String?) {
        self.symbol = symbol
        self.entrez = entrez
        var hash = Fingerprint()
        hash.add(symbol)
        hash.add(entrez)
        fingerprint = hash.value
    }

    static func == (lhs: ResolutionKey, rhs: ResolutionKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.symbol == rhs.symbol && lhs.entrez == rhs.entrez
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}

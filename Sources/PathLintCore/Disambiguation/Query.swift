/// The small value the disambiguation step reads, independent of the file layout: one
/// mention of a gene (a front-matter `genes` entry or a genes-table row) and the figure it
/// sits in. `Rules/FalseMatch.swift` builds these from either layout.

/// How the pipeline's lexicon reached the annotated gene from the matched term.
public enum MentionClaim: String, Sendable, Hashable {
    /// The gene's own symbol (`hgnc_symbol`, `ncbigene_symbol`).
    case symbol
    /// An HGNC alias (`hgnc_alias_symbol`).
    case alias
    /// An HGNC previous symbol (`hgnc_prev_symbol`).
    case previous
    /// An NCBI Gene synonym (`ncbigene_synonym`): alias or previous symbol, or a name only NCBI lists.
    case synonym
    /// A FamPlex family or complex expanded to its members (`bioentities_symbol`, `famplex_relations`).
    case family
    case unknown

    /// The claim a `source` value makes, in either layout.
    public init(source: String) {
        switch source {
        case "hgnc_symbol", "ncbigene_symbol": self = .symbol
        case "hgnc_alias_symbol": self = .alias
        case "hgnc_prev_symbol": self = .previous
        case "ncbigene_synonym": self = .synonym
        case "bioentities_symbol", "famplex_relations": self = .family
        default: self = .unknown
        }
    }
}

/// One gene mention: the OCR word, the lexicon term it matched, and the gene annotated.
public struct GeneQuery: Sendable, Hashable {
    public let word: String
    /// The lexicon term matched (`symbol` in the old layout, `match` in tables).
    public let term: String
    /// The annotated gene's symbol and NCBI Gene ID.
    public let symbol: String
    public let geneID: String
    public let claim: MentionClaim
    /// NCBI Taxonomy ID of the annotated gene's organism (9606 in the old layout).
    public let taxon: String
    public let organismName: String

    public init(word: String, term: String, symbol: String, geneID: String, claim: MentionClaim,
                taxon: String = "9606", organismName: String = "Homo sapiens") {
        self.word = word
        self.term = term
        self.symbol = symbol
        self.geneID = geneID
        self.claim = claim
        self.taxon = taxon
        self.organismName = organismName
        token = String(OCRWord.token(word, matching: term.isEmpty ? symbol : term))
    }

    public var isHuman: Bool { taxon == "9606" }

    /// The part of the word that matched (`ALS` in `FTD/ALS`), without surrounding punctuation.
    public let token: String
}

/// One chemical or disease mention: the word and the MeSH concept annotated (nil when unmapped).
public struct MeSHQuery: Sendable, Hashable {
    public enum Kind: String, Sendable { case chemical, disease }
    public var word: String
    public var meshID: String?
    public var kind: Kind

    public init(word: String, meshID: String?, kind: Kind) {
        self.word = word
        self.meshID = meshID
        self.kind = kind
    }
}

/// What the figure says about itself, and its other mentions.
public struct FigureContext: Sendable {
    public var paperTitle: String
    public var figureTitle: String
    public var caption: String
    /// The journal's name (`journal_title`, or the old layout's `reftext`): `Plant J`
    /// says what organisms the paper is about.
    public var journal: String
    /// `organisms` as a curator wrote it (R's `NA` left out).
    public var curatedOrganisms: [String]
    /// `organisms_ner` (text mining; current layout only).
    public var textMinedOrganisms: [String]
    /// Whether the figure's front matter was read: a table linted without its figure file
    /// says nothing about the figure's organisms.
    public var isKnown: Bool
    /// Every gene mention of the figure, this one included.
    public var genes: [GeneQuery]

    init(paperTitle: String = "", figureTitle: String = "", caption: String = "", journal: String = "",
                curatedOrganisms: [String] = [], textMinedOrganisms: [String] = [], genes: [GeneQuery] = [],
                isKnown: Bool = true, organismVocabulary: OrganismWords.Vocabulary = OrganismWords.Vocabulary(reference: nil)) {
        self.isKnown = isKnown
        self.paperTitle = paperTitle
        self.journal = journal
        self.figureTitle = figureTitle
        self.caption = caption
        self.curatedOrganisms = curatedOrganisms
        self.textMinedOrganisms = textMinedOrganisms
        self.genes = genes
        text = [paperTitle, figureTitle, caption].joined(separator: "\n")
        facts = Facts(text: text, titles: [paperTitle, figureTitle, journal].joined(separator: "\n"), vocabulary: organismVocabulary)
    }

    /// Titles and caption in one text.
    public let text: String
    /// What the text says, worked out on first use: most documents need none of it.
    private let facts: Facts

    /// The abbreviations the text defines, by `SymbolKey`.
    var definitions: [String: String] { facts.definitions }
    /// The text's lower-cased words.
    var words: Set<String> { facts.words }
    /// The organism words the text and the journal's name use.
    var organismsNamed: [OrganismWords.Entry] { facts.organismsNamed }
    /// Those of the titles and the journal's name.
    var organismsInTitles: [OrganismWords.Entry] { facts.organismsInTitles }

    /// The human candidates of a term and token, worked out once per figure (a family
    /// name's rows all ask for the same).
    func humanCandidates(term: String, token: String, _ compute: () -> [GeneCandidate]) -> [GeneCandidate] {
        let key = term + "\u{0}" + token
        if let known = facts.candidates[key] { return known }
        let value = compute()
        facts.candidates[key] = value
        return value
    }

    /// A decision already made for the same mention in this figure (a file repeats
    /// entries; the answer depends only on the mention and the figure).
    func decided(_ mention: GeneQuery, _ compute: () -> Disambiguation) -> Disambiguation {
        if let known = facts.decisions[mention] { return known }
        let value = compute()
        facts.decisions[mention] = value
        return value
    }

    /// The figure's genes by family and stem (`CompanyEvidence`), built on first use.
    func companyIndex(_ build: () -> CompanyEvidence.Index) -> CompanyEvidence.Index {
        if let known = facts.companyIndex { return known }
        let index = build()
        facts.companyIndex = index
        return index
    }

    /// `@unchecked Sendable`: a figure's context serves one lint, on one thread.
    private final class Facts: @unchecked Sendable {
        let text: String
        let titles: String
        let vocabulary: OrganismWords.Vocabulary
        init(text: String, titles: String, vocabulary: OrganismWords.Vocabulary) {
            self.text = text
            self.titles = titles
            self.vocabulary = vocabulary
        }
        lazy var definitions: [String: String] = FalseMatchEvidence.captionDefinitions(text)
        lazy var wordList: [String] = OrganismWords.words(text)
        lazy var words: Set<String> = Set(wordList)
        lazy var organismsNamed: [OrganismWords.Entry] = OrganismWords.named(inWords: wordList + [""] + OrganismWords.words(titles),
                                                                            vocabulary: vocabulary)
        lazy var organismsInTitles: [OrganismWords.Entry] = OrganismWords.named(in: titles, vocabulary: vocabulary)
        var candidates: [String: [GeneCandidate]] = [:]
        var decisions: [GeneQuery: Disambiguation] = [:]
        var companyIndex: CompanyEvidence.Index?
    }
}

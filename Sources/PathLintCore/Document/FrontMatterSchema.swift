/// The fields of the annotation front matter: their shape, whether they are required,
/// and what they mean. `required-field` and `field-type` check against this table, and
/// it is the one place to change when the format grows.
public enum FieldShape: Sendable, Hashable {
    /// A scalar read as text; when `quoted`, a plain scalar that YAML reads as a number,
    /// boolean or null is a type error (`year: 2001` is an integer, not `'2001'`).
    case text(quoted: Bool)
    /// A scalar that YAML reads as a number.
    case number
    /// One string, or a list of strings (`organisms`).
    case textOrTextList
    case textList
    case mapping
    /// Any list (`annotations: []`).
    case list
    case geneList
    case meshList
}

/// What a field's value names: the editor's completion and hover for the value follow
/// from it, so a new field needs only its row in the table.
public enum FieldValueKind: Sendable, Hashable {
    /// Nothing the reference data knows.
    case text
    /// An HGNC approved symbol: completion offers approved symbols (an alias or previous
    /// symbol leads to its gene) and sets the entry's gene ID; hover shows the gene it is.
    case approvedGeneSymbol
    /// Text the lexicon matched to a gene: completion offers HGNC symbols, aliases and
    /// previous symbols as they are written; hover shows every gene it names.
    case geneText
    /// The NCBI Gene (Entrez) ID of the entry's gene.
    case geneID
    /// How the term reached the gene (`geneSources`).
    case geneSource
    /// Whether a chemical or disease is mapped to MeSH (`meshSources`).
    case meshSource
    /// A MeSH descriptor or supplementary concept ID.
    case meshID
}

public struct FieldSpec: Sendable, Hashable {
    public let name: String
    public let shape: FieldShape
    public let valueKind: FieldValueKind
    /// Required in which layouts; empty when optional.
    public let requiredIn: Set<AnnotationLayout>
    public let description: String
    /// The form a string value must have (an ECMA-262 regular expression, as JSON Schema
    /// uses); the rule named in the description reports values that do not match.
    public let pattern: String?
    /// The only values the field takes, when it is an enumeration or a constant.
    public let allowedValues: [String]?
    /// The fields of a `.mapping` (`schema-jsonld`, its `creator`); none are required.
    public let fields: [FieldSpec]

    public init(name: String, shape: FieldShape, valueKind: FieldValueKind = .text, requiredIn: Set<AnnotationLayout>,
                description: String, pattern: String? = nil, allowedValues: [String]? = nil, fields: [FieldSpec] = []) {
        self.name = name
        self.shape = shape
        self.valueKind = valueKind
        self.requiredIn = requiredIn
        self.description = description
        self.pattern = pattern
        self.allowedValues = allowedValues
        self.fields = fields
    }
}

public enum FrontMatterSchema {
    private static let both: Set<AnnotationLayout> = [.frontMatterLists, .sidecarTables]
    private static let old: Set<AnnotationLayout> = [.frontMatterLists]

    public static let figureFields: [FieldSpec] = [
        FieldSpec(name: "figid", shape: .text(quoted: false), requiredIn: both,
                  description: "Figure id: `<pmcid>__<filename without extension>`; also the file name.",
                  pattern: "^PMC[0-9]+__."),
        FieldSpec(name: "pmcid", shape: .text(quoted: false), requiredIn: both,
                  description: "PubMed Central id of the article (`PMC199174`).", pattern: "^PMC[0-9]+$"),
        FieldSpec(name: "filename", shape: .text(quoted: false), requiredIn: both,
                  description: "File name of the figure image in PMC."),
        FieldSpec(name: "figlink", shape: .text(quoted: false), requiredIn: both,
                  description: "Path of the figure page at PMC: `/pmc/articles/<pmcid>/figure/<id>/`.",
                  pattern: "^/pmc/articles/PMC[0-9]+/figure/"),
        FieldSpec(name: "number", shape: .text(quoted: false), requiredIn: [],
                  description: "Figure number as printed (`Figure 9`, `F3`, `''`)."),
        FieldSpec(name: "caption", shape: .text(quoted: false), requiredIn: [], description: "Figure caption."),
        FieldSpec(name: "figtitle", shape: .text(quoted: false), requiredIn: [], description: "Figure title."),
        FieldSpec(name: "papertitle", shape: .text(quoted: false), requiredIn: [], description: "Title of the article."),
        FieldSpec(name: "reftext", shape: .text(quoted: false), requiredIn: [], description: "Citation of the article."),
        FieldSpec(name: "year", shape: .text(quoted: true), requiredIn: [],
                  description: "Publication year as a quoted string, or `''`."),
        FieldSpec(name: "pmc_ranked_result_index", shape: .text(quoted: false), requiredIn: [],
                  description: "Rank of the figure in the PMC search that found it."),
        FieldSpec(name: "pathway_score", shape: .number, requiredIn: [],
                  description: "Classifier score that the figure is a pathway figure."),
        FieldSpec(name: "automl_pathway", shape: .number, requiredIn: [],
                  description: "AutoML classifier score (current layout)."),
        FieldSpec(name: "organisms", shape: .textOrTextList, requiredIn: [],
                  description: "Curated organisms of the figure (a string or a list; `NA` when unknown)."),
        FieldSpec(name: "organisms_ner", shape: .textOrTextList, requiredIn: [],
                  description: "Organisms found by text mining (current layout)."),
        FieldSpec(name: "ndex", shape: .text(quoted: false), requiredIn: [], description: "NDEx network UUID, or `''`."),
        FieldSpec(name: "annotations", shape: .list, requiredIn: [], description: "Free annotations (usually `[]`)."),
        FieldSpec(name: "seo", shape: .text(quoted: false), requiredIn: [], description: "Always `CreativeWork`.",
                  allowedValues: ["CreativeWork"]),
        FieldSpec(name: "schema-jsonld", shape: .mapping, requiredIn: [],
                  description: "schema.org Dataset record derived from the fields above.", fields: schemaJSONLDFields),
        FieldSpec(name: "genes", shape: .geneList, requiredIn: old,
                  description: "Genes found in the figure (layout with lists in the front matter)."),
        FieldSpec(name: "chemicals", shape: .meshList, requiredIn: [], description: "Chemicals found (MeSH)."),
        FieldSpec(name: "diseases", shape: .meshList, requiredIn: [], description: "Diseases found (MeSH)."),
        FieldSpec(name: "figid_alias", shape: .text(quoted: false), requiredIn: [],
                  description: "`<pmcid>__<number>`."),
        FieldSpec(name: "redirect_from", shape: .textOrTextList, requiredIn: [],
                  description: "`/figures/<figid_alias>`."),
        FieldSpec(name: "figtype", shape: .text(quoted: false), requiredIn: [], description: "`Figure` or similar."),
        FieldSpec(name: "doi", shape: .text(quoted: false), requiredIn: [], description: "Article DOI (current layout)."),
        FieldSpec(name: "journal_title", shape: .text(quoted: false), requiredIn: [], description: "Journal title."),
        FieldSpec(name: "journal_nlm_ta", shape: .text(quoted: false), requiredIn: [], description: "NLM journal abbreviation."),
        FieldSpec(name: "publisher_name", shape: .text(quoted: false), requiredIn: [], description: "Publisher."),
        FieldSpec(name: "keywords", shape: .textOrTextList, requiredIn: [], description: "Article keywords."),
        FieldSpec(name: "wpid", shape: .text(quoted: false), requiredIn: [],
                  description: "WikiPathways ID of a pathway made from the figure (`WP5095`)."),
    ]

    public static let geneFields: [FieldSpec] = [
        FieldSpec(name: "word", shape: .text(quoted: false), valueKind: .geneText, requiredIn: both,
                  description: "OCR text that matched."),
        FieldSpec(name: "symbol", shape: .text(quoted: false), valueKind: .geneText, requiredIn: both,
                  description: "Lexicon term it matched."),
        FieldSpec(name: "source", shape: .text(quoted: false), valueKind: .geneSource, requiredIn: both,
                  description: "How the term reached the gene (`symbol-source-mismatch` checks the claim).",
                  allowedValues: geneSources),
        FieldSpec(name: "hgnc_symbol", shape: .text(quoted: false), valueKind: .approvedGeneSymbol, requiredIn: both,
                  description: "HGNC approved symbol."),
        FieldSpec(name: "entrez", shape: .text(quoted: true), valueKind: .geneID, requiredIn: both,
                  description: "NCBI Gene (Entrez) ID of hgnc_symbol, a quoted string of digits.", pattern: "^[0-9]+$"),
    ]

    public static let meshFields: [FieldSpec] = [
        FieldSpec(name: "word", shape: .text(quoted: false), requiredIn: both, description: "Text PubTator tagged."),
        FieldSpec(name: "source", shape: .text(quoted: false), valueKind: .meshSource, requiredIn: both,
                  description: "`MESH`, or `''` when unmapped.", allowedValues: meshSources),
        FieldSpec(name: "identifier", shape: .text(quoted: false), valueKind: .meshID, requiredIn: both,
                  description: "MeSH descriptor (`D…`) or supplementary concept (`C…`) ID, or `''`.",
                  pattern: "^([CD]([0-9]{6}|[0-9]{9}))?$"),
    ]

    /// The `schema-jsonld` record: constants, and values derived from the figure fields
    /// (`description-mismatch`, `keywords-mismatch`, `figure-id-mismatch` check those).
    public static let schemaJSONLDFields: [FieldSpec] = [
        FieldSpec(name: "@context", shape: .text(quoted: false), requiredIn: [], description: "Always `https://schema.org/`.",
                  allowedValues: ["https://schema.org/"]),
        FieldSpec(name: "@id", shape: .text(quoted: false), requiredIn: [],
                  description: "`https://pfocr.wikipathways.org/figures/<figid>.html`.",
                  pattern: "^https://pfocr\\.wikipathways\\.org/figures/.+\\.html$"),
        FieldSpec(name: "@type", shape: .text(quoted: false), requiredIn: [], description: "Always `Dataset`.",
                  allowedValues: ["Dataset"]),
        FieldSpec(name: "description", shape: .text(quoted: false), requiredIn: [], description: "The `caption`."),
        FieldSpec(name: "license", shape: .text(quoted: false), requiredIn: [], description: "Always `CC0`.",
                  allowedValues: ["CC0"]),
        FieldSpec(name: "name", shape: .text(quoted: false), requiredIn: [], description: "Always `CreativeWork`.",
                  allowedValues: ["CreativeWork"]),
        FieldSpec(name: "creator", shape: .mapping, requiredIn: [], description: "Always the WikiPathways organization.",
                  fields: [
                    FieldSpec(name: "@type", shape: .text(quoted: false), requiredIn: [], description: "Always `Organization`.",
                              allowedValues: ["Organization"]),
                    FieldSpec(name: "name", shape: .text(quoted: false), requiredIn: [], description: "Always `WikiPathways`.",
                              allowedValues: ["WikiPathways"]),
                  ]),
        FieldSpec(name: "keywords", shape: .textList, requiredIn: [],
                  description: "Distinct `hgnc_symbol`s, then chemical words, then disease words, each in order of first appearance."),
    ]

    /// Values of gene `source` in the front matter.
    public static let geneSources = GeneSource.values(in: .frontMatterLists)
    /// Values of chemical and disease `source`.
    public static let meshSources = ["MESH", ""]
    /// Without `genes`, any of these fields marks the layout whose lists live in `_data/`
    /// (what `Annotation.layout` decides; a test keeps the two in step).
    public static let sidecarLayoutMarkers = ["organisms_ner", "automl_pathway"]

    public static func figureField(_ name: String) -> FieldSpec? { figureFields.first { $0.name == name } }

    /// The fields of an item of the list field `name` (`genes`, `chemicals`, `diseases`),
    /// by its shape; nil for a field that is no such list.
    public static func itemFields(ofList name: String) -> [FieldSpec]? {
        switch figureField(name)?.shape {
        case .geneList?: geneFields
        case .meshList?: meshFields
        default: nil
        }
    }
}

/// What YAML 1.1 (PyYAML's reading, which built these files) makes of a plain scalar.
/// Decided on the UTF-8 bytes: it runs for many scalars of every file.
public enum PlainScalarType: Sendable, Equatable {
    case string, integer, float, boolean, null

    private static let nulls: Set<String> = ["~", "null", "Null", "NULL"]
    private static let booleans: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
                                                "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]
    private static let specialFloats: Set<String> = [".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN"]

    public init(_ scalar: YAMLScalar) {
        guard scalar.style == .plain else { self = .string; return }
        let value = scalar.value
        let bytes = value.utf8
        guard let first = bytes.first else { self = .null; return }
        // Every YAML 1.1 null, boolean and number starts with one of these bytes.
        let isCandidate = (first >= 0x30 && first <= 0x39) || "+-.~nNyYtTfFoO".utf8.contains(first)
        guard isCandidate, bytes.count <= 40 else { self = .string; return }
        if PlainScalarType.nulls.contains(value) { self = .null; return }
        if PlainScalarType.booleans.contains(value) { self = .boolean; return }
        if PlainScalarType.specialFloats.contains(value) { self = .float; return }
        self = PlainScalarType.number(bytes)
    }

    /// Integer (`12`, `-3`, `1_000`) or float (`0.95`, `1e5`, `.5`) or neither.
    private static func number(_ bytes: String.UTF8View) -> PlainScalarType {
        var index = bytes.startIndex
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index = bytes.index(after: index) }
        var digits = 0, dots = 0, exponent = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "_"): break
            case UInt8(ascii: "."):
                if exponent { return .string }
                dots += 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                if exponent || digits == 0 { return .string }
                exponent = true
                let next = bytes.index(after: index)
                if next < bytes.endIndex, bytes[next] == UInt8(ascii: "-") || bytes[next] == UInt8(ascii: "+") {
                    index = next
                }
            default:
                return .string
            }
            index = bytes.index(after: index)
        }
        if digits == 0 || dots > 1 { return .string }
        return dots == 0 && !exponent ? .integer : .float
    }
}

/// Every rule pathlint has, in the order `pathlint rules` lists them. Adding a rule is
/// one file in this folder, one test file, and one line here.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        FrontMatterPresence(),
        YAMLSyntax(),
        MarkdownBody(),
        DuplicateKey(),
        RequiredField(),
        FieldType(),
        UnknownField(),
        UnknownHGNCSymbol(),
        OutdatedHGNCSymbol(),
        EntrezMismatch(),
        DiscontinuedGeneID(),
        SymbolSourceMismatch(),
        AmbiguousGeneSymbol(),
        AmbiguousSymbol(),
        NotAGeneWord(),
        GeneChemicalCollision(),
        DuplicateGene(),
        UnknownMeSHID(),
        MeSHWordMismatch(),
        MeSHCategory(),
        KeywordsMismatch(),
        DescriptionMismatch(),
        FigureIdentityMismatch(),
        OrganismMismatch(),
        FileNameMismatch(),
        DuplicateFigid(),
        UnusedSuppression(),
        TableSyntax(),
        TableHeader(),
        MissingFigure(),
        MissingSidecar(),
        SidecarRowValue(),
        SidecarCounts(),
        SidecarNCBIGene(),
        SidecarShadowedSynonym(),
        SidecarAmbiguousSynonym(),
        // Both layouts.
        FalseMatch(),
    ]

    /// Ids a merged check used to have, and the id it has now. Old ids keep working
    /// wherever a user writes rule ids (`--select`, `--ignore`, `.pathlint.yaml`,
    /// `per-file-ignores`, suppression comments), as ruff keeps redirected codes; findings
    /// always carry the current id.
    public static let aliases: [String: String] = [
        "sidecar-entrez-mismatch": "entrez-mismatch",
        "sidecar-outdated-symbol": "outdated-hgnc-symbol",
        "sidecar-disease-category": "mesh-category",
        "sidecar-mesh-word": "mesh-word-mismatch",
        "sidecar-duplicate-row": "duplicate-gene",
        "sidecar-source-mismatch": "symbol-source-mismatch",
        "retired-mesh-id": "unknown-mesh-id",
        "sidecar-mesh-id": "unknown-mesh-id",
        "sidecar-english-word": "not-a-gene-word",
        "sidecar-chemical-synonym": "not-a-gene-word",
        "sidecar-caption-definition": "not-a-gene-word",
        "sidecar-gene-chemical-collision": "gene-chemical-collision",
        "sidecar-organism": "organism-mismatch",
    ]

    /// Which rule keeps a mention that two rules report (`RulePrecedence`): the disambiguation
    /// step's general account gives way to a rule that names the specific cause.
    public static let precedence: [RulePrecedence] = [
        RulePrecedence("not-a-gene-word", over: "false-match",
                       because: "it names the word's own reason (the curated list, MeSH, the caption) and offers the deletion"),
        RulePrecedence("gene-chemical-collision", over: "false-match",
                       because: "the figure's own chemicals say what the word is, and it reports the side that is wrong"),
        RulePrecedence("mesh-word-mismatch", over: "false-match", because: "it names the concept the word does match"),
        RulePrecedence("sidecar-shadowed-synonym", over: "false-match",
                       because: "it names the gene or family whose own symbol the synonym is"),
        RulePrecedence("organism-mismatch", over: "false-match",
                       because: "it reports a block of rows once, on its first row, with what names the organism"),
    ]

    /// The rules whose findings override `id`'s on the same mention, with the reason.
    public static func precedence(over id: String) -> [RulePrecedence] { precedence.filter { $0.weaker == id } }

    /// The current id of a rule named by its id or by an alias; nil for no rule.
    public static func canonicalID(_ id: String) -> String? {
        if let target = aliases[id] { return target }
        return ruleByID[id] != nil ? id : nil
    }

    /// `id` as the current id when it names a rule, else unchanged (for the error the
    /// caller reports about it).
    public static func resolving(_ id: String) -> String { canonicalID(id) ?? id }

    /// The aliases of the rule `id`, sorted.
    public static func aliases(of id: String) -> [String] { aliases.filter { $0.value == id }.keys.sorted() }

    /// The rule an id or an alias names.
    public static func rule(_ id: String) -> (any Rule)? { canonicalID(id).flatMap { ruleByID[$0] } }

    private static let ruleByID: [String: any Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}

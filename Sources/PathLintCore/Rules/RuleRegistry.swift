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
        SidecarChemicalSynonym(),
        SidecarEnglishWord(),
        SidecarCaptionDefinition(),
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
        "sidecar-gene-chemical-collision": "gene-chemical-collision",
        "sidecar-organism": "organism-mismatch",
    ]

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

/// Every rule pathlint has, in the order `pathlint rules` lists them. Adding a rule is
/// one file in this folder, one test file, and one line here.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        FrontMatterPresence(),
        YAMLSyntax(),
        DuplicateKey(),
        RequiredField(),
        FieldType(),
        UnknownHGNCSymbol(),
        OutdatedHGNCSymbol(),
        EntrezMismatch(),
        SymbolSourceMismatch(),
        AmbiguousSymbol(),
        DuplicateGene(),
        UnknownMeSHID(),
        MeSHCategory(),
        KeywordsMismatch(),
        DescriptionMismatch(),
        FigureIdentityMismatch(),
        FileNameMismatch(),
        DuplicateFigid(),
        UnusedSuppression(),
        TableSyntax(),
        TableHeader(),
        MissingFigure(),
        MissingSidecar(),
        SidecarRowValue(),
        SidecarDuplicateRow(),
        SidecarCounts(),
        SidecarEntrezMismatch(),
        SidecarOutdatedSymbol(),
        SidecarSourceMismatch(),
        SidecarOrganism(),
        SidecarMeSHID(),
        SidecarDiseaseCategory(),
        SidecarMeSHWord(),
    ]

    public static func rule(_ id: String) -> (any Rule)? { all.first { $0.id == id } }
}

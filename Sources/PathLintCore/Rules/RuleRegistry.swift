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
        AmbiguousGeneSymbol(),
        AmbiguousSymbol(),
        NotAGeneWord(),
        GeneChemicalCollision(),
        DuplicateGene(),
        UnknownMeSHID(),
        RetiredMeSHID(),
        MeSHWordMismatch(),
        MeSHCategory(),
        KeywordsMismatch(),
        DescriptionMismatch(),
        FigureIdentityMismatch(),
        OrganismMismatch(),
        FileNameMismatch(),
        DuplicateFigid(),
        UnusedSuppression(),
    ]

    public static func rule(_ id: String) -> (any Rule)? { all.first { $0.id == id } }
}

/// Diseases come from the MeSH Diseases tree, chemicals from Chemicals and Drugs.
struct MeSHCategory: Rule {
    let id = "mesh-category"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "A disease outside the MeSH Diseases tree (C), or a chemical outside Chemicals and Drugs (D)."
    let documentation = """
    ## What it checks
    That a disease's MeSH ID (`identifier` in the front matter's `diseases`, `mesh` in a \
    diseases table) is a descriptor in the Diseases tree (tree numbers `C…`), or a \
    supplementary concept mapped to one; and that a chemical's is a descriptor in the \
    Chemicals and Drugs tree (`D…`) or a supplementary concept (most supplementary \
    concepts are chemicals). The message names the concept and its trees. IDs the \
    snapshot lacks are `unknown-mesh-id`'s.

    ## Why it matters
    A concept in the wrong list is usually a PubTator mis-tag (a gene product tagged as \
    a chemical, an anatomy term as a disease) and puts the figure in the wrong searches.

    ## Example
    ```yaml
    diseases:
    - word: insulin
      source: MESH
      identifier: D007328
    ```
    or, in `_data/<figid>-diseases.tsv`:
    ```
    liver\tmesh:D008099\tNA\tNA\tNA
    ```
    (D008099 is Liver, in the Anatomy tree.)

    ## Correct
    Move the entry to `chemicals`, or delete the entry or row if the figure does not show it.

    ## Fix
    None.

    ## Curation action
    Check in the figure what the word refers to.

    ## Data
    MeSH tree numbers and supplementary concepts' mapped headings.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        let mesh = context.reference.mesh
        var diagnostics: [Diagnostic] = []
        for mention in context.figure.meshTerms {
            guard let field = mention.identifier, let id = mention.meshID, let concept = mesh.concept(id: id) else {
                continue
            }
            switch mention.category {
            case .disease:
                let trees = mesh.effectiveTreeLetters(of: concept)
                guard !trees.contains("C") else { continue }
                diagnostics.append(context.diagnostic(
                    "disease \(concept.id) (\(concept.label)) is not in the MeSH Diseases tree (C); its trees: \(describe(trees))",
                    at: field.range))
            case .chemical:
                guard concept.kind == .descriptor, !concept.treeLetters.contains("D") else { continue }
                diagnostics.append(context.diagnostic(
                    "chemical \(concept.id) (\(concept.label)) is not in the MeSH Chemicals and Drugs tree (D); its trees: \(describe(concept.treeLetters))",
                    at: field.range))
            }
        }
        return diagnostics
    }

    private func describe(_ trees: Set<Character>) -> String {
        trees.isEmpty ? "none" : trees.sorted().map(String.init).joined(separator: ", ")
    }
}

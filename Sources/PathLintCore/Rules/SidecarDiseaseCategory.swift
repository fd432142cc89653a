/// A diseases row's MeSH concept must be a disease.
struct SidecarDiseaseCategory: Rule {
    let id = "sidecar-disease-category"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A diseases-table `mesh` concept is not in the MeSH Diseases tree (C)."
    let documentation = """
    ## What it checks
    In a diseases table, that the `mesh` concept lies in the MeSH Diseases tree (tree \
    numbers starting with C); a supplementary concept through the descriptors it maps \
    to. IDs the snapshot lacks are `sidecar-mesh-id`'s.

    ## Why it matters
    PubTator tags words of the figure as diseases by context; a concept outside the \
    Diseases tree (a protein, an anatomical term) means the word was mistagged, and the \
    figure is listed under a disease it is not about.

    ## Example
    ```
    liver\tmesh:D008099\tNA\tNA\tNA
    ```
    (D008099 is Liver, in the Anatomy tree.)

    ## Correct
    A disease concept, or no row.

    ## Fix
    None.

    ## Curation action
    Delete the row when the word is no disease in the figure.

    ## Data
    MeSH tree numbers and supplementary concepts' mapped headings.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .diseases else { return [] }
        let mesh = context.reference.mesh
        var diagnostics: [Diagnostic] = []
        for row in sidecar.meshRows {
            guard let cell = row.mesh, let id = row.meshID, let concept = mesh.concept(id: id) else { continue }
            let trees = concept.kind == .descriptor
                ? concept.treeLetters
                : Set(concept.mappedHeadings.compactMap { mesh.concept(id: $0) }.flatMap(\.treeLetters))
            guard !trees.contains("C") else { continue }
            let described = trees.isEmpty ? "none" : trees.sorted().map(String.init).joined(separator: ", ")
            diagnostics.append(context.diagnostic(
                "disease \(concept.id) (\(concept.label)) is not in the MeSH Diseases tree (C); its trees: \(described)",
                at: cell.range))
        }
        return diagnostics
    }
}

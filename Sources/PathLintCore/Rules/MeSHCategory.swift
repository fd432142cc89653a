/// Diseases come from the MeSH Diseases tree, chemicals from Chemicals and Drugs.
struct MeSHCategory: Rule {
    let id = "mesh-category"
    let defaultSeverity = Severity.warning
    let summary = "A disease outside the MeSH Diseases tree (C), or a chemical outside Chemicals and Drugs (D)."
    let documentation = """
    ## What it checks
    That a `diseases` identifier is a descriptor in the Diseases tree (tree numbers `C…`), \
    or a supplementary concept mapped to one; and that a `chemicals` identifier is a \
    descriptor in the Chemicals and Drugs tree (`D…`) or a supplementary concept (most \
    supplementary concepts are chemicals). The message names the concept and its trees.

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

    ## Correct
    Move the entry to `chemicals`, or delete it if the figure does not show it.

    ## Fix
    None.

    ## Curation action
    Check in the figure what the word refers to.

    ## Data
    MeSH tree numbers and supplementary concepts' mapped headings.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation else { return [] }
        let mesh = context.reference.mesh
        var diagnostics: [Diagnostic] = []
        for entry in annotation.diseases {
            guard let identifier = entry.identifier, let concept = mesh.concept(id: identifier.value) else { continue }
            let trees = concept.kind == .descriptor
                ? concept.treeLetters
                : Set(concept.mappedHeadings.compactMap { mesh.concept(id: $0) }.flatMap(\.treeLetters))
            if !trees.contains("C") {
                diagnostics.append(context.diagnostic(
                    "disease \(concept.id) (\(concept.label)) is not in the MeSH Diseases tree (C); its trees: \(describe(trees))",
                    at: identifier.range))
            }
        }
        for entry in annotation.chemicals {
            guard let identifier = entry.identifier, let concept = mesh.concept(id: identifier.value),
                  concept.kind == .descriptor, !concept.treeLetters.contains("D") else { continue }
            diagnostics.append(context.diagnostic(
                "chemical \(concept.id) (\(concept.label)) is not in the MeSH Chemicals and Drugs tree (D); its trees: \(describe(concept.treeLetters))",
                at: identifier.range))
        }
        return diagnostics
    }

    private func describe(_ trees: Set<Character>) -> String {
        trees.isEmpty ? "none" : trees.sorted().map(String.init).joined(separator: ", ")
    }
}

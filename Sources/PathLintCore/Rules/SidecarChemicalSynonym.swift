/// A chemical's abbreviation taken as a gene synonym.
struct SidecarChemicalSynonym: Rule {
    let id = "sidecar-chemical-synonym"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A gene row's synonym `match` is the MeSH name of a chemical (`ATP`, `AMP`, `GTP`)."
    let documentation = """
    ## What it checks
    For each row with `source` `ncbigene_synonym`, whether `match` is the label or an \
    entry term of a MeSH descriptor in the Chemicals and Drugs tree (D) that is not a \
    protein, enzyme, hormone or biological factor (`ATP` is Adenosine Triphosphate, \
    `AMP` Adenosine Monophosphate), and not an approved HGNC symbol of the row's gene. \
    The message names the chemical. Rows that the figure's chemicals table or caption \
    already show to be the chemical are left to `gene-chemical-collision` and \
    `sidecar-caption-definition`. Applies to every organism: a fly gene with the \
    synonym ATP is no better a match for the metabolite.

    ## Why it matters
    Metabolic and signalling figures are full of chemical abbreviations; NCBI synonyms \
    such as ATP (ATP8A2), AMP (APRT) or GTP (MTG1) turn each into a gene the figure does \
    not show.

    ## Example
    ```
    9606\tHomo sapiens\tPrimates\tATP\tATP\tATP8A2\t51761\tncbigene_synonym\t…
    ```

    ## Correct
    No gene row; `ATP` in the chemicals table (`mesh:D000255`).

    ## Fix
    None.

    ## Curation action
    Delete the row unless the figure names the gene.

    ## Data
    MeSH descriptors, tree numbers and entry terms; HGNC approved symbols.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        let reference = context.reference
        var diagnostics: [Diagnostic] = []
        let definitions = context.document.figure?.annotation?.caption.map { FalseMatchEvidence.captionDefinitions($0.value) } ?? [:]
        for row in sidecar.geneRows where row.source?.text == SidecarSource.synonym.rawValue {
            guard let matchCell = row.match, let match = matchCell.value, let symbol = row.symbol?.value,
                  !SymbolKey.equivalent(match, symbol),
                  let chemical = FalseMatchEvidence.chemical(named: match, mesh: reference.mesh) else { continue }
            // One mistake, one finding: stronger evidence belongs to the collision and caption rules.
            if GeneChemicalCollision.reportsGene(at: row.index, context: context)
                || FalseMatchEvidence.nonGeneDefinition(of: row, definitions: definitions, hgnc: reference.hgnc) != nil {
                continue
            }
            diagnostics.append(context.diagnostic(
                "`\(match)` is MeSH's \(chemical.label) (\(chemical.id)), a chemical: \(symbol) is probably a false match",
                at: matchCell.range))
        }
        return diagnostics
    }
}

/// A word the figure's caption defines as something other than a gene.
struct SidecarCaptionDefinition: Rule {
    let id = "sidecar-caption-definition"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A gene row's word is one the caption defines as something that is not a gene (`FOS (fosfomycin)`)."
    let documentation = """
    ## What it checks
    For a genes table whose figure file was found, the abbreviations its `caption` \
    defines (`Arg: arginine;`, `FOS (fosfomycin)`, `reactive oxygen species (ROS)`). A \
    row with `source` `ncbigene_synonym` or `famplex_relations` whose `word` or \
    `match` is such an abbreviation is reported when the definition does not name a \
    gene or protein: none of its words is a protein word (`kinase`, `receptor`, \
    `transporter`, a word in -ase, …) or a word of the gene's HGNC name. Rows whose \
    `word` is the gene's own symbol (`ncbigene_symbol`) are not reported, nor rows \
    whose word the figure's chemicals table holds under a MeSH concept of that name \
    (`gene-chemical-collision` reports those).

    ## Why it matters
    The authors said what the word means: when that is a metabolite, a pathway or an \
    antibiotic, the gene matched to it is not in the figure.

    ## Example
    Caption: `… Arg: arginine; …`, and
    ```
    9606\tHomo sapiens\tPrimates\tArg\tARG\tABL2\t27\tncbigene_synonym\t…
    ```

    ## Correct
    No gene row for `Arg` (arginine belongs in the chemicals table).

    ## Fix
    None.

    ## Curation action
    Delete the row; add the chemical if the chemicals table lacks it.

    ## Data
    The figure's caption; HGNC gene names.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes,
              let caption = context.document.figure?.annotation?.caption?.value else { return [] }
        let definitions = FalseMatchEvidence.captionDefinitions(caption)
        guard !definitions.isEmpty else { return [] }
        let hgnc = context.reference.hgnc
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows {
            guard let wordCell = row.word, let symbol = row.symbol?.value,
                  let expansion = FalseMatchEvidence.nonGeneDefinition(of: row, definitions: definitions, hgnc: hgnc),
                  // One mistake, one finding: a word that is also the figure's chemical is gene-chemical-collision's.
                  !GeneChemicalCollision.reportsGene(at: row.index, context: context) else { continue }
            diagnostics.append(context.diagnostic(
                "the caption defines `\(wordCell.text)` as `\(expansion)`, not a gene: \(symbol) is probably a false match",
                at: wordCell.range))
        }
        return diagnostics
    }
}

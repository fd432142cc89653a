/// One OCR word annotated both as a gene and as a chemical.
struct GeneChemicalCollision: Rule {
    let id = "gene-chemical-collision"
    let defaultSeverity = Severity.warning
    let summary = "The same word is annotated as a gene and as a chemical in one figure; names the side that is likely wrong."
    let documentation = """
    ## What it checks
    Words (their punctuation aside, case-insensitively) that appear both in `genes` \
    and in `chemicals`. The weaker side is reported: the gene when it came in only as \
    an alias or previous symbol (`ATP` as an alias, beside the chemical ATP, D000255) or \
    when the word is a chemical, ion or amino-acid code of pathlint's curated list \
    (`Tyr` is tyrosine, not the gene TYR); otherwise the chemical, whose word is then the \
    gene's approved symbol or FamPlex name (`APC` the gene is right, `APC` the chemical \
    3,4-APC is not). Chemicals that `mesh-word-mismatch` reports are left to it. Genes that `not-a-gene-word` \
    already reports are left to it. Diseases are not compared: a gene and a disease \
    share words by design (APC, CHM).

    ## Why it matters
    A figure shows a word once; one of the two readings is a false match.

    ## Example
    ```yaml
    genes:
    - word: PEP
      symbol: PEP
      source: hgnc_alias_symbol
      hgnc_symbol: PAEP
    chemicals:
    - word: PEP
      source: MESH
      identifier: D010728
    ```

    ## Correct
    The gene entry removed.

    ## Fix
    Unsafe: delete the entry on the weaker side.

    ## Curation action
    Check which the figure shows; delete the other entry.

    ## Data
    The file's own gene and chemical entries; HGNC and FamPlex for the gene's claim.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation, !annotation.genes.isEmpty, !annotation.chemicals.isEmpty else { return [] }
        let chemicalsByKey = GeneChemicalCollision.chemicalsByWord(annotation)
        guard !chemicalsByKey.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        var reportedChemicals: Set<Int> = []
        for gene in annotation.genes {
            guard let word = gene.word, let symbol = gene.symbol?.value, let source = gene.source?.value,
                  let key = GeneChemicalCollision.wordKey(of: gene, context: context), let chemical = chemicalsByKey[key],
                  let chemicalWord = chemical.word
            else { continue }
            let concept = chemical.identifier.flatMap { context.reference.mesh.concept(id: $0.value) }
            let chemicalName = concept.map { "\($0.label) (\($0.id))" } ?? "`\(chemicalWord.value)`"
            let line = context.source.location(of: chemicalWord.range.start).line + 1
            let weakGene = source == SourceClaim.alias.rawValue || source == SourceClaim.previous.rawValue
            let token = OCRWord.token(word.value, matching: symbol)
            let curated = context.reference.words.entries(for: token).first { ["chemical", "ion", "amino-acid"].contains($0.list) }
            if weakGene || curated != nil {
                guard NotAGeneWord.evidence(for: gene, context: context) == nil,
                      let record = context.resolution(of: gene)?.current, !record.isApprovedSymbol(String(token)) || curated != nil
                else { continue }
                let why: String
                if let curated {
                    why = "`\(token)` is \(curated.reason) on pathlint's curated list"
                } else {
                    let claim = source == SourceClaim.previous.rawValue ? "a previous symbol" : "an alias"
                    why = "as a gene it reached \(record.symbol) only as \(claim)"
                }
                diagnostics.append(context.diagnostic(
                    "`\(word.value)` is also annotated as the chemical \(chemicalName) (line \(line)); \(why): "
                        + "the gene \(record.symbol) is likely the false match",
                    at: word.range, fixes: GeneChemicalCollision.deletion(of: gene.node, inListOf: annotation.genes.count, context: context, what: "gene")))
            } else if MeSHWordMismatch.mismatchedConcept(of: chemical, context: context) == nil,
                      reportedChemicals.insert(chemical.index).inserted, let hgnc = gene.hgncSymbol?.value {
                let how = source == SourceClaim.family.rawValue ? "FamPlex family `\(symbol)`" : "approved symbol"
                let geneLine = context.source.location(of: word.range.start).line + 1
                diagnostics.append(context.diagnostic(
                    "`\(chemicalWord.value)` is also annotated as the gene \(hgnc) (line \(geneLine), its \(how)); "
                        + "as the chemical \(chemicalName) it is likely the false match",
                    at: chemicalWord.range, fixes: GeneChemicalCollision.deletion(of: chemical.node, inListOf: annotation.chemicals.count, context: context,
                                                                  what: "chemical")))
            }
        }
        return diagnostics
    }

    /// The file's chemicals by the key of their word (punctuation and case aside), the
    /// first of each.
    static func chemicalsByWord(_ annotation: Annotation) -> [String: MeSHEntry] {
        var chemicals: [String: MeSHEntry] = [:]
        for chemical in annotation.chemicals {
            guard let word = chemical.word?.value else { continue }
            let key = SymbolKey.normalize(OCRWord.trimmed(word))
            if !key.isEmpty, chemicals[key] == nil { chemicals[key] = chemical }
        }
        return chemicals
    }

    /// The key under which a gene's word meets a chemical's: that of the token that matched.
    static func wordKey(of gene: GeneEntry, context: RuleContext) -> String? {
        guard let word = gene.word?.value, let symbol = gene.symbol?.value else { return nil }
        return context.facts.caches.geneWordKeys.value(for: gene.contentKey) {
            SymbolKey.normalize(OCRWord.token(word, matching: symbol))
        }
    }

    private static func deletion(of node: YAMLMapping, inListOf count: Int, context: RuleContext, what: String) -> [Fix] {
        guard let deletion = BlockEdits.deletion(of: .mapping(node), inListOf: count, in: context.source) else { return [] }
        return [Fix(title: "Delete this \(what) entry", safety: .unsafe, edits: [deletion])]
    }
}

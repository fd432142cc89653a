/// One word matched as a synonym of several genes.
struct SidecarAmbiguousSynonym: Rule {
    let id = "sidecar-ambiguous-synonym"
    let defaultSeverity = Severity.info
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "One `match` is taken as an NCBI synonym of several genes of the same organism."
    let documentation = """
    ## What it checks
    Whether rows of one organism with `source` `ncbigene_synonym` give the same `match` \
    to several genes (`P38` to CRK, MAPK1, GRAP2 and POLDIP2). One finding per match, on \
    its first row, naming the genes. Family expansions (`famplex_relations` rows, and \
    human synonym rows whose gene is in the FamPlex family the word names: `PI3K` for \
    PIK3CA and PIK3CB) are one word for several genes by design and are not counted; a gene whose approved \
    symbol or HGNC alias the word is counts as the word's likely meaning.

    ## Why it matters
    An NCBI synonym shared by several genes names at most one of them in a given \
    figure: the others are false matches. The PFOCR 2018 lexicon dropped such aliases \
    altogether.

    ## Example
    ```
    9606\tHomo sapiens\tPrimates\tp38\tP38\tCRK\t1398\tncbigene_synonym\t…
    9606\tHomo sapiens\tPrimates\tp38\tP38\tMAPK1\t5594\tncbigene_synonym\t…
    ```

    ## Correct
    The one gene the figure means (here MAPK14, through `famplex_relations` of `p38`), \
    or none.

    ## Fix
    None.

    ## Curation action
    Keep the row of the gene the figure shows, delete the others.

    ## Data
    HGNC aliases and approved symbols, for the likely meaning.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        var groups: [String: [SidecarGeneRow]] = [:]
        var order: [String] = []
        for row in sidecar.geneRows where row.source?.text == SidecarSource.synonym.rawValue {
            guard let match = row.match?.value, row.symbol?.value != nil else { continue }
            let key = (row.organismID?.text ?? "") + "\t" + SymbolKey.normalize(match)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        var diagnostics: [Diagnostic] = []
        for key in order {
            let rows = groups[key]!
            var genes: [String] = []
            let reference = context.reference
            for row in rows where !genes.contains(row.symbol!.text) {
                // A human gene in the family the word names (`PI3K` for PIK3CB) is a family expansion.
                if row.isHuman, let record = reference.hgnc.approved(symbol: row.symbol!.text),
                   let match = row.match?.value,
                   SourceClaim.isFamilyMember(record, named: match, entrez: row.ncbigeneID?.value, famplex: reference.famplex) {
                    continue
                }
                genes.append(row.symbol!.text)
            }
            guard genes.count > 1, let first = rows.first, let matchCell = first.match,
                  // A chemical's name: `not-a-gene-word` reports each of its rows.
                  FalseMatchEvidence.chemical(named: matchCell.text, mesh: reference.mesh) == nil else { continue }
            var message = "`\(matchCell.text)` is taken as a synonym of \(genes.count) genes: " + genes.joined(separator: ", ")
            if first.isHuman {
                let hgnc = context.reference.hgnc
                let likely = genes.filter { symbol in
                    guard let record = hgnc.approved(symbol: symbol) else { return false }
                    return record.isApprovedSymbol(matchCell.text) || record.isAlias(matchCell.text)
                }
                if !likely.isEmpty && likely.count < genes.count {
                    message += "; HGNC gives it to " + likely.joined(separator: ", ") + " only"
                }
            }
            diagnostics.append(context.diagnostic(message, at: matchCell.range))
        }
        return diagnostics
    }
}

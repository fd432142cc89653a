/// A `symbol` that HGNC gives to several genes.
struct AmbiguousSymbol: Rule {
    let id = "ambiguous-symbol"
    let defaultSeverity = Severity.hint
    let summary = "The entry's `symbol` also names other genes (as approved, alias or previous symbol)."
    let documentation = """
    ## What it checks
    For an entry that reached its gene through an alias or a previous symbol, whether \
    the same `symbol` is also the approved symbol, an alias or a previous symbol of \
    other HGNC genes, and names them. `PTB` is an alias of PTBP2 and a previous symbol \
    of PTBP1; `CDC2` is CDK1's previous symbol.

    ## Why it matters
    The pipeline picked one gene by a fixed priority, not by the figure; the other \
    gene may be the one the figure shows.

    ## Example
    ```yaml
    - word: PTB
      symbol: PTB
      source: hgnc_alias_symbol
      hgnc_symbol: PTBP2
    ```

    ## Correct
    Whichever gene the figure means; a hint only.

    ## Fix
    None.

    ## Curation action
    Read the figure around the word: does it mean the annotated gene or one of the others?

    ## Data
    HGNC approved symbols, aliases and previous symbols.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let genes = context.annotation?.genes else { return [] }
        let hgnc = context.reference.hgnc
        var diagnostics: [Diagnostic] = []
        for gene in genes {
            guard let symbol = gene.symbol, let source = gene.source?.value,
                  source == SourceClaim.alias.rawValue || source == SourceClaim.previous.rawValue,
                  let record = context.resolution(of: gene)?.current,
                  // One mistake, one finding: the stronger rules say it better.
                  AmbiguousGeneSymbol.strongerCandidates(for: gene, context: context).isEmpty,
                  NotAGeneWord.evidence(for: gene, context: context) == nil
            else { continue }
            var others: [(SymbolMatch, HGNCRecord)] = []
            for match in hgnc.matches(for: symbol.value) where match.claim != .withdrawn && match.hgncNumber != record.number {
                guard !others.contains(where: { $0.0.hgncNumber == match.hgncNumber }),
                      let other = hgnc.record(number: match.hgncNumber) else { continue }
                others.append((match, other))
            }
            guard !others.isEmpty else { continue }
            let names = others.map { match, other in "\(other.citation) (\(match.claim.noun))" }
            diagnostics.append(context.diagnostic(
                "`\(symbol.value)` also names \(names.joined(separator: ", ")); annotated as \(record.symbol)",
                at: symbol.range))
        }
        return diagnostics
    }
}

extension SymbolClaim {
    var noun: String {
        switch self {
        case .approved: "approved symbol"
        case .alias: "alias"
        case .previous: "previous symbol"
        case .withdrawn: "withdrawn symbol"
        }
    }
}

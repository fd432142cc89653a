/// `hgnc_symbol` must be today's approved symbol, not a renamed or withdrawn one.
struct OutdatedHGNCSymbol: Rule {
    let id = "outdated-hgnc-symbol"
    let defaultSeverity = Severity.warning
    let summary = "`hgnc_symbol` is a previous or withdrawn HGNC symbol; names the current one."
    let documentation = """
    ## What it checks
    That a gene entry's `hgnc_symbol` is the current approved HGNC symbol. The PFOCR \
    annotations were made with a 2020 HGNC release, and HGNC has renamed many genes since \
    (`C11orf95` is now `ZFTA`). Reported: a previous symbol of an approved gene, the symbol \
    of a withdrawn entry (with the entries it went to), and an approved symbol written \
    with other case or punctuation. When a previous symbol has several successors, the \
    one whose Entrez ID the entry already has is chosen (TAZ is TAFAZZIN's previous symbol).

    ## Why it matters
    Tools that join on HGNC symbols (enrichment, WikiPathways, Enrichr) no longer find \
    the gene under its old name.

    ## Example
    ```yaml
    hgnc_symbol: C11orf95
    entrez: '65998'
    ```

    ## Correct
    ```yaml
    hgnc_symbol: ZFTA
    entrez: '65998'
    ```

    ## Fix
    Safe when exactly one current gene is meant and its Entrez ID is the entry's \
    `entrez` (the rename is HGNC's, the gene is the same); unsafe when the entry's \
    `entrez` does not settle it.

    ## Curation action
    None for a safe fix. For an unsafe one, check which of the named genes the figure shows.

    ## Data
    HGNC approved, previous and withdrawn symbols, and withdrawn symbols' successors.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let genes = context.annotation?.genes else { return [] }
        var diagnostics: [Diagnostic] = []
        for gene in genes {
            guard let symbol = gene.hgncSymbol, !symbol.value.isEmpty else { continue }
            let entrez = gene.entrez?.value
            switch context.resolution(of: gene) {
            case .approved?, .unknown?, nil:
                continue
            case .spelledDifferently(let record)?:
                diagnostics.append(context.diagnostic(
                    "`\(symbol.value)` is written `\(record.symbol)` by HGNC", at: symbol.range,
                    fixes: [.replace(symbol.range, with: record.symbol, title: "Write \(record.symbol)", safety: .safe)]))
            case .renamed(let candidates, let preferred, let withdrawn, let entrezOwner)?:
                let how = withdrawn ? "a withdrawn HGNC symbol" : "a previous HGNC symbol"
                var fixes: [Fix] = []
                let message: String
                if let preferred {
                    message = "`\(symbol.value)` is \(how); the current symbol is \(preferred.citation)"
                    let safe = !preferred.entrez.isEmpty && preferred.entrez == entrez
                    fixes.append(.replace(symbol.range, with: preferred.symbol, title: "Rename to \(preferred.symbol)",
                                          safety: safe ? .safe : .unsafe))
                } else if let entrezOwner {
                    let names = candidates.map(\.citation).joined(separator: ", ")
                    message = "`\(symbol.value)` is \(how) of \(names), but entrez \(entrez ?? "") is "
                        + "\(entrezOwner.citation), which `\(symbol.value)` also names: check which gene the figure shows"
                    fixes.append(.replace(symbol.range, with: entrezOwner.symbol,
                                          title: "Rename to \(entrezOwner.symbol) (the gene of entrez \(entrez ?? ""))",
                                          safety: .unsafe))
                    for candidate in candidates where !candidate.entrez.isEmpty {
                        var edits = [TextEdit(range: symbol.range, newText: candidate.symbol)]
                        if let entrezField = gene.entrez {
                            edits.append(TextEdit(range: entrezField.range,
                                                  newText: YAMLText.singleQuoted(candidate.entrez)))
                        }
                        fixes.append(Fix(title: "Rename to \(candidate.symbol) and set entrez to \(candidate.entrez)",
                                         safety: .unsafe, edits: edits))
                    }
                } else {
                    let names = candidates.map(\.citation).joined(separator: ", ")
                    message = "`\(symbol.value)` is \(how) of several genes: \(names); none has entrez \(entrez ?? "(none)")"
                    fixes = candidates.map {
                        .replace(symbol.range, with: $0.symbol, title: "Rename to \($0.symbol)", safety: .unsafe)
                    }
                }
                diagnostics.append(context.diagnostic(message, at: symbol.range, fixes: fixes))
            case .withdrawnWithoutSuccessor(let record)?:
                diagnostics.append(context.diagnostic(
                    "`\(symbol.value)` is a withdrawn HGNC entry (\(record.hgncID): \(record.name)) with no successor",
                    at: symbol.range))
            }
        }
        return diagnostics
    }
}

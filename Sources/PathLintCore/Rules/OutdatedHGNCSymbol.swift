/// A human gene's symbol must be today's approved HGNC symbol, not a renamed or withdrawn one.
struct OutdatedHGNCSymbol: Rule {
    let id = "outdated-hgnc-symbol"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "A human gene's symbol (`hgnc_symbol`, `ncbigene_symbol`) is a previous or withdrawn HGNC symbol."
    let documentation = """
    ## What it checks
    That a human gene mention's symbol (`hgnc_symbol` in the front matter, \
    `ncbigene_symbol` in a genes-table row with `organism_id` 9606) is the current \
    approved HGNC symbol. The PFOCR annotations were made with older HGNC releases, and \
    HGNC has renamed many genes since (`C11orf95` is now `ZFTA`). Reported: a previous \
    symbol of an approved gene, the symbol of a withdrawn entry (with the entries it went \
    to), and an approved symbol written with other case or punctuation. When a previous \
    symbol has several successors, the one whose Entrez ID the mention already has is \
    chosen (TAZ is TAFAZZIN's previous symbol).

    ## Why it matters
    Tools that join on HGNC symbols (enrichment, WikiPathways, Enrichr) no longer find \
    the gene under its old name.

    ## Example
    ```yaml
    hgnc_symbol: C11orf95
    entrez: '65998'
    ```
    or, in `_data/<figid>-genes.tsv`:
    ```
    9606\tHomo sapiens\tPrimates\tTAZ\tTAZ\tTAZ\t6901\tncbigene_symbol\t…
    ```

    ## Correct
    ```yaml
    hgnc_symbol: ZFTA
    entrez: '65998'
    ```

    ## Fix
    Rename to the current symbol: safe when exactly one current gene is meant and the \
    mention's ID (`entrez`, `ncbigene_id`) is already that gene's (the rename is HGNC's, \
    the gene is the same); otherwise unsafe, and the ID is set to the new gene's too.

    ## Curation action
    None for a safe fix. For an unsafe one, check which of the named genes the figure shows.

    ## Data
    HGNC approved, previous and withdrawn symbols, and withdrawn symbols' successors.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for mention in context.figure.genes where mention.isHuman {
            guard let symbolField = mention.symbol, let resolution = context.resolution(of: mention) else { continue }
            let symbol = symbolField.value
            let idField = mention.geneID
            let id = idField?.value
            let idName = idField?.name ?? "the gene ID"
            switch resolution {
            case .approved, .unknown:
                continue
            case .spelledDifferently(let record):
                diagnostics.append(context.diagnostic(
                    "`\(symbol)` is written `\(record.symbol)` by HGNC", at: symbolField.range,
                    fixes: [Fix(title: "Write \(record.symbol)", safety: .safe, edits: [symbolField.setting(record.symbol)])]))
            case .renamed(let candidates, let preferred, let withdrawn, let entrezOwner):
                let how = withdrawn ? "a withdrawn HGNC symbol" : "a previous HGNC symbol"
                // The rename alone when the ID already is the new gene's; else the ID follows.
                func rename(to record: HGNCRecord, safe: Bool, why: String = "") -> Fix {
                    let sameID = !record.entrez.isEmpty && record.entrez == id
                    var edits = [symbolField.setting(record.symbol)]
                    if !sameID, let idField, !record.entrez.isEmpty { edits.append(idField.setting(record.entrez)) }
                    return Fix(title: sameID || idField == nil || record.entrez.isEmpty
                                   ? "Rename to \(record.symbol)\(why)"
                                   : "Rename to \(record.symbol) and set \(idName) to \(record.entrez)",
                               safety: safe && sameID ? .safe : .unsafe, edits: edits)
                }
                let names = candidates.map(\.citation).joined(separator: ", ")
                let message: String
                let fixes: [Fix]
                if let preferred {
                    message = "`\(symbol)` is \(how); the current symbol is \(preferred.citation)"
                    fixes = [rename(to: preferred, safe: true)]
                } else if let entrezOwner {
                    message = "`\(symbol)` is \(how) of \(names), but \(idName) \(id ?? "") is "
                        + "\(entrezOwner.citation), which `\(symbol)` also names: check which gene the figure shows"
                    fixes = [rename(to: entrezOwner, safe: false, why: " (the gene of \(idName) \(id ?? ""))")]
                        + candidates.map { rename(to: $0, safe: false) }
                } else {
                    message = "`\(symbol)` is \(how) of several genes: \(names); none has \(idName) \(id ?? "(none)")"
                    fixes = candidates.map { rename(to: $0, safe: false) }
                }
                diagnostics.append(context.diagnostic(message, at: symbolField.range, fixes: fixes))
            case .withdrawnWithoutSuccessor(let record):
                diagnostics.append(context.diagnostic(
                    "`\(symbol)` is a withdrawn HGNC entry (\(record.hgncID): \(record.name)) with no successor",
                    at: symbolField.range))
            }
        }
        return diagnostics
    }
}

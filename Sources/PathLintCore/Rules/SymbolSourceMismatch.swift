/// The entry's `source` must describe how `symbol` names `hgnc_symbol`.
struct SymbolSourceMismatch: Rule {
    let id = "symbol-source-mismatch"
    let defaultSeverity = Severity.warning
    let summary = "The `source` claim does not hold: `symbol` is not that kind of name of `hgnc_symbol`."
    let documentation = """
    ## What it checks
    That `source` is one of `hgnc_symbol`, `hgnc_alias_symbol`, `hgnc_prev_symbol`, \
    `bioentities_symbol` (anything else is an error), and that its claim holds in the reference data:

    | source | what must hold |
    |---|---|
    | `hgnc_symbol` | `symbol` is `hgnc_symbol` |
    | `hgnc_alias_symbol` | `symbol` is an HGNC alias of `hgnc_symbol` |
    | `hgnc_prev_symbol` | `symbol` is an HGNC previous symbol of `hgnc_symbol` |
    | `bioentities_symbol` | `symbol` names a FamPlex family or complex with `hgnc_symbol` among its members, directly or through nested families |

    Names are compared as the PFOCR lexicon compared them: ignoring case and punctuation \
    (`TNF-alpha`, `TNFALPHA`). Family names are matched under today's FamPlex names, \
    FamPlex's grounding map (`IKK` is `IKK_complex`) and the old names of the 2018 \
    lexicon (`AC` for `ADCY`, `NFKB` for `NFkappaB`). An alias claim whose `symbol` is \
    the approved symbol in other case (`RhoA`) holds. Entries whose `hgnc_symbol` is \
    outdated or unknown are left to those rules.

    ## Why it matters
    A claim that does not hold usually means the entry was matched to the wrong gene, \
    or edited by hand without updating `source`.

    ## Example
    ```yaml
    - word: MEK1
      symbol: MEK1
      source: hgnc_symbol
      hgnc_symbol: MAP2K1
    ```

    ## Correct
    ```yaml
    - word: MEK1
      symbol: MEK1
      source: hgnc_alias_symbol
      hgnc_symbol: MAP2K1
    ```

    ## Fix
    When `symbol` is another kind of name of the same gene, setting `source` to that \
    kind is safe (the gene stays the same).

    ## Curation action
    With no fix: the symbol does not name this gene; check the figure for which gene the \
    `word` is and correct the entry, or delete it.

    ## Data
    HGNC aliases and previous symbols; FamPlex relations and grounding map; the 2018 \
    PFOCR lexicon's family names.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let genes = context.annotation?.genes else { return [] }
        let reference = context.reference
        var diagnostics: [Diagnostic] = []
        for gene in genes {
            guard let source = gene.source else { continue }
            guard let claim = SourceClaim(rawValue: source.value) else {
                let known = SourceClaim.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                var unknown = context.diagnostic("unknown gene source `\(source.value)`; expected one of \(known)",
                                                 at: source.range)
                unknown.severity = .error  // not a doubtful claim: no claim at all
                diagnostics.append(unknown)
                continue
            }
            guard let symbol = gene.symbol, case .approved(let record)? = context.resolution(of: gene) else { continue }
            let entrez = gene.entrez?.value
            let holds = context.facts.caches.sourceClaimHolds.value(for: gene.contentKey) {
                claim.holds(symbol: symbol.value, record: record, entrez: entrez, reference: reference)
            }
            if holds { continue }
            let holding = SourceClaim.claims(of: symbol.value, record: record, entrez: entrez, reference: reference)
            let what = switch claim {
            case .hgncSymbol: "is not the approved symbol \(record.symbol)"
            case .alias: "is not an HGNC alias of \(record.symbol)"
            case .previous: "is not an HGNC previous symbol of \(record.symbol)"
            case .family: "does not name a FamPlex family or complex that has \(record.symbol) as a member"
            }
            var message = "source `\(claim.rawValue)` does not hold: `\(symbol.value)` \(what)"
            var fixes: [Fix] = []
            if let better = holding.first {
                message += "; it is \(better.noun) of it"
                fixes.append(.replace(source.range, with: better.rawValue, title: "Set source to \(better.rawValue)",
                                      safety: .safe))
            }
            diagnostics.append(context.diagnostic(message, at: source.range, fixes: fixes))
        }
        return diagnostics
    }
}

extension SourceClaim {
    var noun: String {
        switch self {
        case .hgncSymbol: "the approved symbol"
        case .alias: "an alias"
        case .previous: "a previous symbol"
        case .family: "a family name"
        }
    }
}

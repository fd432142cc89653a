/// A gene mention's `source` must say how its term names its gene.
struct SymbolSourceMismatch: Rule {
    let id = "symbol-source-mismatch"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "A gene's `source` claim does not hold: its term is not that kind of name of its gene."
    let documentation = """
    ## What it checks
    That a gene mention's `source` is one its layout writes (anything else is an error) \
    and, for a human gene whose symbol HGNC approves (a renamed or withdrawn one is \
    `outdated-hgnc-symbol`'s), that its claim about the term (`symbol` in the front matter, `match` \
    in a genes table) holds in the reference data:

    | source | what must hold |
    |---|---|
    | `hgnc_symbol`, `ncbigene_symbol` | the term is the gene's symbol (approved, or previous: renamed since) |
    | `hgnc_alias_symbol` | the term is an HGNC alias of the gene |
    | `hgnc_prev_symbol` | the term is an HGNC previous symbol of the gene |
    | `ncbigene_synonym` | the term is an HGNC alias or previous symbol, a FamPlex family the gene belongs to, or an OCR-style variant one character from one of its names (`IFNY` for IFNG); anything else is only an info, since NCBI's synonyms reach further |
    | `bioentities_symbol`, `famplex_relations` | the term names a FamPlex family or complex with the gene among its members, directly or through nested families |

    Names are compared as the PFOCR lexicon compared them: ignoring case and punctuation \
    (`TNF-alpha`, `TNFALPHA`). Family names are matched under today's FamPlex names, \
    FamPlex's grounding map (`IKK` is `IKK_complex`) and the old names of the 2018 \
    lexicon (`AC` for `ADCY`, `NFKB` for `NFkappaB`). An alias claim whose term is \
    the approved symbol in other case (`RhoA`) holds. A synonym that names a chemical, \
    another gene or a family is left to the false-match rules.

    ## Why it matters
    A claim that does not hold usually means the mention was matched to the wrong gene, \
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
    When the term is another kind of name of the same gene, setting `source` to that \
    kind is safe (the gene stays the same). An unknown `source` one spelling away from a \
    known one (`NCBIGENE_SYMBOL`) is corrected safely.

    ## Curation action
    With no fix: the term does not name this gene; check the figure for which gene the \
    word means, and correct the gene or delete the mention.

    ## Data
    HGNC symbols, aliases and previous symbols; FamPlex entities, members and grounding \
    map; the 2018 lexicon's families.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        let reference = context.reference
        var diagnostics: [Diagnostic] = []
        for mention in context.figure.genes {
            guard let source = mention.source else { continue }
            let known = mention.authority.sourceValues.map(\.value)
            guard let claim = mention.claim else {
                let suggestion = known.first { SymbolKey.equivalent($0, source.value) }
                var unknown = context.diagnostic(
                    "unknown gene source `\(source.value)`; expected one of " + known.map { "`\($0)`" }.joined(separator: ", "),
                    at: source.range,
                    fixes: suggestion.map { [Fix(title: "Set source to \($0)", safety: .safe, edits: [source.setting($0)])] } ?? [])
                unknown.severity = .error  // not a doubtful claim: no claim at all
                diagnostics.append(unknown)
                continue
            }
            // A renamed or withdrawn symbol is outdated-hgnc-symbol's (one mistake, one finding).
            guard mention.isHuman, let term = mention.term, let resolution = context.resolution(of: mention) else { continue }
            let record: HGNCRecord
            switch resolution {
            case .approved(let approved), .spelledDifferently(let approved): record = approved
            case .renamed, .withdrawnWithoutSuccessor, .unknown: continue
            }
            let geneID = mention.geneID?.value
            let key = GeneEntryKey(word: nil, symbol: term.value, source: source.value, hgncSymbol: record.symbol, entrez: geneID)
            let holds = context.facts.caches.sourceClaimHolds.value(for: key) {
                claim.holds(term: term.value, record: record, geneID: geneID, reference: reference)
                    || (claim == .ncbiSymbol && mention.symbol.map { SymbolKey.equivalent($0.value, term.value) } == true)
                    // An OCR-style variant of one of the gene's names (`IFNY` for IFNG) is a synonym NCBI may list.
                    || (claim == .ncbiSynonym
                        && GeneClaim.isOCRVariant(term.value, of: [record.symbol] + record.aliases + record.previousSymbols))
            }
            if holds { continue }
            if claim == .ncbiSynonym, namesSomethingElse(term.value, reference) { continue }  // the false-match rules'
            var message = "source `\(source.value)` does not hold: " + what(claim, term.value, record, reference)
            var fixes: [Fix] = []
            let better = mention.authority.sourceValuesByPriority.first { candidate in
                candidate.claim != claim && candidate.claim.holds(term: term.value, record: record, geneID: geneID, reference: reference)
            }
            if let better {
                message += "; it is \(better.claim.noun) of it"
                fixes.append(Fix(title: "Set source to \(better.value)", safety: .safe, edits: [source.setting(better.value)]))
            } else if claim == .ncbiSynonym {
                message += "; NCBI's synonyms may still list it"
            }
            var diagnostic = context.diagnostic(message, at: source.range, fixes: fixes)
            if claim == .ncbiSynonym && better == nil { diagnostic.severity = .info }
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    /// What is wrong with the claim, for the message.
    private func what(_ claim: GeneClaim, _ term: String, _ record: HGNCRecord, _ reference: ReferenceSnapshot) -> String {
        switch claim {
        case .approvedSymbol: return "`\(term)` is not the approved symbol \(record.symbol)"
        case .ncbiSymbol: return "`\(term)` is not the symbol of \(record.citation)"
        case .alias: return "`\(term)` is not an HGNC alias of \(record.symbol)"
        case .previousSymbol: return "`\(term)` is not an HGNC previous symbol of \(record.symbol)"
        case .ncbiSynonym: return "`\(term)` is not an HGNC alias or previous symbol of \(record.symbol), nor a family of it"
        case .family:
            let entities = reference.famplex.entities(named: term)
            if !entities.isEmpty {
                return "\(record.symbol) is not a member of FamPlex " + entities.joined(separator: ", ") + ", which `\(term)` names"
            }
            if let gene = reference.hgnc.approved(symbol: SymbolKey.normalize(term)) ?? reference.hgnc.approved(symbol: term),
               gene.number != record.number {
                return "`\(term)` names the gene \(gene.symbol), not a FamPlex family: \(record.symbol) is another gene"
            }
            return "no FamPlex entity is named `\(term)`"
        }
    }

    /// A chemical's name, another gene's approved symbol or a FamPlex entity: stronger
    /// evidence of a false match, which those rules report (one mistake, one finding).
    private func namesSomethingElse(_ term: String, _ reference: ReferenceSnapshot) -> Bool {
        FalseMatchEvidence.chemical(named: term, mesh: reference.mesh) != nil
            || SidecarShadowedSynonym.approvedOwner(of: term, hgnc: reference.hgnc) != nil
            || !reference.famplex.entities(named: term).isEmpty
    }
}

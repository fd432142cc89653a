/// A gene mention's NCBI Gene ID must be the one HGNC gives its symbol.
struct EntrezMismatch: Rule {
    let id = "entrez-mismatch"
    let defaultSeverity = Severity.error
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "A gene's NCBI Gene ID (`entrez`, `ncbigene_id`) is not HGNC's ID for its symbol, or is not digits."
    let documentation = """
    ## What it checks
    That a gene mention's ID (`entrez` in the front matter, `ncbigene_id` in a genes \
    table) is a string of digits and, for a human gene, is the NCBI Gene (Entrez) ID HGNC \
    gives the mention's symbol (`hgnc_symbol`, `ncbigene_symbol`). The message says which \
    gene the ID belongs to instead, if any. A symbol HGNC renamed or withdrew is \
    `outdated-hgnc-symbol`'s (one mistake, one finding). In a table, where symbols are \
    NCBI Gene's, a symbol HGNC lacks gets an info naming what HGNC calls the ID's gene \
    (NCBI's `CYTB` is HGNC's MT-CYB), or a hint that the pair cannot be checked; in the \
    front matter it is `unknown-hgnc-symbol`'s.

    Other organisms are not checked: HGNC names human genes only.

    ## Why it matters
    The ID is what the PFOCR exports and every enrichment tool key on: a wrong ID \
    silently puts the figure on another gene.

    ## Example
    ```yaml
    symbol: MEK1
    source: hgnc_alias_symbol
    hgnc_symbol: MAP2K1
    entrez: '5605'
    ```
    or, in `_data/<figid>-genes.tsv`:
    ```
    9606\tHomo sapiens\tPrimates\tMEK1\tMEK1\tMAP2K1\t5605\tncbigene_synonym\t…
    ```

    ## Correct
    ```yaml
    hgnc_symbol: MAP2K1
    entrez: '5604'
    ```

    ## Fix
    Whichever of the two fields the rest of the mention supports is kept: if the ID's \
    gene satisfies the mention's term (`symbol`, `match`) and `source` claim while the \
    symbol's gene does not, the symbol is corrected (safe); otherwise the ID is set to the \
    symbol's, safe when the term and claim support that gene, unsafe when they do not.

    ## Curation action
    For an unsafe fix, read the `word` in the figure and decide which gene it is.

    ## Data
    HGNC approved symbols and Entrez IDs; FamPlex for family claims; NCBI `gene_history`, \
    when the data have it, to leave a discontinued ID replaced by the right one to \
    `discontinued-gene-id`.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        let reference = context.reference
        var diagnostics: [Diagnostic] = []
        for mention in context.figure.genes {
            guard let idField = mention.geneID else { continue }
            let id = idField.value
            guard SidecarRows.isDigits(id) else {
                diagnostics.append(context.diagnostic(
                    "\(idField.name) must be a string of digits, not `\(id)`" + CharacterNames.containsClause(id),
                    at: idField.range))
                continue
            }
            guard mention.isHuman, let symbolField = mention.symbol, let resolution = context.resolution(of: mention) else {
                continue
            }
            switch resolution {
            case .approved(let expected), .spelledDifferently(let expected):
                guard !expected.entrez.isEmpty, expected.entrez != id else { continue }
                let owner = reference.hgnc.approved(entrez: id)
                // A discontinued ID replaced by the expected one is discontinued-gene-id's (in a
                // table, only when HGNC does not give the ID to another gene, as before the merge).
                if owner == nil || mention.authority == .hgnc,
                   reference.ncbi.currentID(replacing: id) == expected.entrez { continue }
                let expectedFits = fits(mention, expected, reference)
                let ownerFits = owner.map { fits(mention, $0, reference) } ?? false
                var message = "\(idField.name) \(id) is not the Entrez ID of \(expected.symbol) (\(expected.entrez))"
                message += owner.map { "; it belongs to \($0.citation)" } ?? "; no HGNC gene has it"
                var fixes: [Fix] = []
                let setID = "Set \(idField.name) to \(expected.entrez) (\(expected.symbol))"
                if let owner, ownerFits, !expectedFits {
                    fixes.append(Fix(title: "Set \(symbolField.name) to \(owner.symbol), the gene of \(idField.name) \(id)",
                                     safety: .safe, edits: [symbolField.setting(owner.symbol)]))
                    fixes.append(Fix(title: setID, safety: .unsafe, edits: [idField.setting(expected.entrez)]))
                } else {
                    fixes.append(Fix(title: setID, safety: expectedFits ? .safe : .unsafe,
                                     edits: [idField.setting(expected.entrez)]))
                }
                diagnostics.append(context.diagnostic(message, at: idField.range, fixes: fixes))
            case .unknown where mention.authority == .ncbiGene:
                // An NCBI Gene symbol HGNC lacks is no mistake; say what can be said of the pair.
                var diagnostic: Diagnostic
                let symbol = symbolField.value
                if let owner = reference.hgnc.approved(entrez: id) {
                    diagnostic = context.diagnostic(
                        "HGNC has no symbol `\(symbol)`\(CharacterNames.containsClause(symbol)); it calls NCBI Gene \(id) \(owner.citation)",
                        at: symbolField.range,
                        fixes: [Fix(title: "Set \(symbolField.name) to \(owner.symbol)", safety: .unsafe,
                                    edits: [symbolField.setting(owner.symbol)])])
                    diagnostic.severity = .info
                } else {
                    diagnostic = context.diagnostic(
                        "neither `\(symbol)` nor NCBI Gene \(id) is in the HGNC snapshot: the pair cannot be checked"
                            + CharacterNames.containsClause(symbol),
                        at: symbolField.range)
                    diagnostic.severity = .hint
                }
                diagnostics.append(diagnostic)
            case .unknown, .renamed, .withdrawnWithoutSuccessor:
                continue  // unknown-hgnc-symbol, outdated-hgnc-symbol
            }
        }
        return diagnostics
    }

    /// Whether the mention's term and claim support `record` as its gene.
    private func fits(_ mention: GeneMention, _ record: HGNCRecord, _ reference: ReferenceSnapshot) -> Bool {
        guard let claim = mention.claim, let term = mention.term?.value else { return false }
        return claim.holds(term: term, record: record, geneID: record.entrez, reference: reference)
    }
}

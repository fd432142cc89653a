/// A word matched as one gene's synonym while it is another gene's symbol or a family's name.
struct SidecarShadowedSynonym: Rule {
    let id = "sidecar-shadowed-synonym"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A human row's synonym `match` is another gene's approved symbol or a FamPlex family the gene is not in."
    let documentation = """
    ## What it checks
    For each human (9606) row with `source` `ncbigene_synonym`, whether `match` is, \
    compared as the lexicon did, the approved HGNC symbol of another gene, or the name \
    of a FamPlex family or complex that the row's gene does not belong to. The message \
    gives that evidence (`PLC` matched to HSPG2 through its NCBI synonym, while PLC is \
    FamPlex's phospholipase C family). A synonym that names a family of the gene itself \
    (`NF-KB` for NFKB1, `AMPK` for PRKAA1) is right and not reported; nor is a match \
    that is also an HGNC alias or previous symbol of the row's gene. Non-human rows \
    follow their own nomenclature and are not compared with HGNC.

    ## Why it matters
    The word most likely means the gene or family that owns the name: the row puts the \
    figure on a gene it does not show, and the PFOCR 2018 lexicon, which ranked symbols \
    above aliases, would not have made this match.

    ## Example
    ```
    9606\tHomo sapiens\tPrimates\tPLC\tPLC\tHSPG2\t3339\tncbigene_synonym\t…
    ```

    ## Correct
    The family's members (`famplex_relations` rows for PLCB1, PLCG1, …), or no row.

    ## Fix
    None: which gene the figure means needs a look.

    ## Curation action
    Delete the row when the word means the other gene or the family.

    ## Data
    HGNC approved symbols, aliases and previous symbols; FamPlex names, grounding map, \
    members; the 2018 lexicon's families.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        let reference = context.reference
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows where row.isHuman && row.source?.text == SidecarSource.synonym.rawValue {
            guard let matchCell = row.match, let match = matchCell.value, let symbol = row.symbol?.value,
                  let record = context.resolution(symbol: symbol, entrez: row.ncbigeneID?.value).current else { continue }
            if record.isApprovedSymbol(match) || record.isAlias(match) || record.isPreviousSymbol(match) { continue }
            if SourceClaim.isFamilyMember(record, named: match, entrez: row.ncbigeneID?.value, famplex: reference.famplex) {
                continue
            }
            if let owner = SidecarShadowedSynonym.approvedOwner(of: match, hgnc: reference.hgnc), owner.number != record.number {
                diagnostics.append(context.diagnostic(
                    "`\(match)` is the approved symbol of \(owner.citation), yet this row matched it as a synonym of \(record.symbol)",
                    at: matchCell.range))
                continue
            }
            let entities = reference.famplex.entities(named: match)
            if !entities.isEmpty {
                let members = entities.flatMap { reference.famplex.members(of: $0) }
                let sample = members.prefix(4).joined(separator: ", ") + (members.count > 4 ? ", …" : "")
                diagnostics.append(context.diagnostic(
                    "`\(match)` names the FamPlex " + entities.joined(separator: ", ")
                        + (sample.isEmpty ? "" : " (\(sample))") + ", which \(record.symbol) is not in; this row matched it as a synonym of \(record.symbol)",
                    at: matchCell.range))
            }
        }
        return diagnostics
    }

    /// The approved gene whose symbol `text` is, exact case first, else case- and
    /// punctuation-insensitively.
    static func approvedOwner(of text: String, hgnc: HGNCIndex) -> HGNCRecord? {
        if let exact = hgnc.approved(symbol: text) { return exact }
        return hgnc.matches(for: text).first { $0.claim == .approved }.flatMap { hgnc.record(number: $0.hgncNumber) }
    }
}

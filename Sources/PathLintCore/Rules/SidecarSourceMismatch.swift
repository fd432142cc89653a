/// In a human row, `match` must reach the gene the way `source` says.
struct SidecarSourceMismatch: Rule {
    let id = "sidecar-source-mismatch"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "In a human genes-table row, `match` does not reach the gene the way `source` claims."
    let documentation = """
    ## What it checks
    For each row with `organism_id` 9606 whose gene HGNC knows (the approved symbol, or \
    the current gene of a renamed one), what `source` claims of `match` (compared as the \
    lexicon did: case- and punctuation-insensitively):
    - `ncbigene_symbol`: `match` is the gene's symbol (approved or previous);
    - `ncbigene_synonym`: `match` is an HGNC alias or previous symbol of the gene. NCBI \
    synonyms reach further than HGNC aliases, so a `match` that names a FamPlex family \
    or complex the gene belongs to (`NF-KB` for NFKB1, `AMPK` for PRKAA1) and an \
    OCR-style variant one character away from the symbol or an alias (`IFNY` for IFNG) \
    are accepted, and anything else is only an info;
    - `famplex_relations`: the gene is a member (transitively) of the FamPlex entity \
    `match` names, through FamPlex's names and grounding map or the 2018 lexicon's \
    family names.

    ## Why it matters
    A claim that does not hold means the row's gene is not the one the word names: the \
    figure is annotated with a gene it does not show.

    ## Example
    ```
    9606\tHomo sapiens\tPrimates\tWnt\tWNT\tFZD1\t8321\tfamplex_relations\t…
    ```

    ## Correct
    ```
    9606\tHomo sapiens\tPrimates\tFZD\tFZD\tFZD1\t8321\tfamplex_relations\t…
    ```

    ## Fix
    None: whether the word or the gene is wrong needs the figure.

    ## Curation action
    Look at the word in the figure; delete the row if it names another gene.

    ## Data
    HGNC symbols, aliases and previous symbols; FamPlex entities, members and grounding \
    map; the 2018 lexicon's families.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows where row.isHuman {
            guard let symbol = row.symbol?.value, let matchCell = row.match, let match = matchCell.value,
                  let source = row.source?.value.flatMap(SidecarSource.init(rawValue:)),
                  let record = context.resolution(symbol: symbol, entrez: row.ncbigeneID?.value).current else { continue }
            let id = row.ncbigeneID?.value
            let reference = context.reference
            switch source {
            case .symbol:
                if record.isApprovedSymbol(match) || record.isPreviousSymbol(match) || SymbolKey.equivalent(symbol, match) {
                    continue
                }
                diagnostics.append(context.diagnostic(
                    "source is ncbigene_symbol, but match `\(match)` is not the symbol of \(record.citation)"
                        + (record.isAlias(match) ? " (it is an alias: source ncbigene_synonym)" : ""),
                    at: matchCell.range))
            case .synonym:
                if record.isAlias(match) || record.isPreviousSymbol(match) || record.isApprovedSymbol(match) { continue }
                if SourceClaim.isFamilyMember(record, named: match, entrez: id, famplex: reference.famplex) { continue }
                if SidecarSourceMismatch.isOCRVariant(match, of: [record.symbol] + record.aliases + record.previousSymbols) {
                    continue
                }
                // One mistake, one finding: a chemical's name or another gene's symbol or
                // family is the stronger evidence, and the false-match rules report it.
                if FalseMatchEvidence.chemical(named: match, mesh: reference.mesh) != nil
                    || SidecarShadowedSynonym.approvedOwner(of: match, hgnc: reference.hgnc) != nil
                    || !reference.famplex.entities(named: match).isEmpty {
                    continue
                }
                var diagnostic = context.diagnostic(
                    "match `\(match)` is not an HGNC alias or previous symbol of \(record.citation), nor a family of it; "
                        + "NCBI's synonyms may still list it", at: matchCell.range)
                diagnostic.severity = .info
                diagnostics.append(diagnostic)
            case .famplex:
                if SourceClaim.isFamilyMember(record, named: match, entrez: id, famplex: reference.famplex) { continue }
                let entities = reference.famplex.entities(named: match)
                let message: String
                if !entities.isEmpty {
                    message = "\(record.symbol) is not a member of FamPlex " + entities.joined(separator: ", ")
                        + ", which `\(match)` names"
                } else if let gene = reference.hgnc.approved(symbol: SymbolKey.normalize(match)) ?? reference.hgnc.approved(symbol: match),
                          gene.number != record.number {
                    message = "source is famplex_relations, but `\(match)` names the gene \(gene.symbol), not a FamPlex "
                        + "family: \(record.symbol) is another gene"
                } else {
                    message = "source is famplex_relations, but no FamPlex entity is named `\(match)`"
                }
                diagnostics.append(context.diagnostic(message, at: matchCell.range))
            }
        }
        return diagnostics
    }

    /// `IFNY` for IFNG: the same length, one character different, at least three long.
    static func isOCRVariant(_ text: String, of names: [String]) -> Bool {
        let key = Array(SymbolKey.normalize(text).utf8)
        guard key.count >= 3 else { return false }
        return names.contains { name in
            let other = Array(SymbolKey.normalize(name).utf8)
            guard other.count == key.count else { return false }
            return zip(key, other).filter { $0 != $1 }.count == 1
        }
    }
}

/// One word annotated both as a gene and as a chemical in the same figure.
struct SidecarGeneChemicalCollision: Rule {
    let id = "sidecar-gene-chemical-collision"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A word is both a gene and a chemical of the same figure; the finding is on the side that is likely wrong."
    let documentation = """
    ## What it checks
    For a figure's genes and chemicals tables (the other one is found beside the table \
    linted), the words in both (compared as the lexicon did). It decides which side is \
    wrong and reports there:
    - the gene is right when the word is the gene's own symbol (`source` \
    `ncbigene_symbol`: `APC`): the chemical row is reported;
    - the chemical is right when the gene came through a synonym or a family and the \
    word is a label or entry term of the chemical's MeSH concept (`ATP`): the gene rows \
    are reported;
    - otherwise the gene rows get an info: the figure decides.

    ## Why it matters
    The word means one thing in the figure; the other annotation is a false match, and \
    puts the figure into the wrong searches.

    ## Example
    `ATP` in the chemicals table (`mesh:D000255`) and in the genes table as a synonym of \
    ATP8A2.

    ## Correct
    Only the chemical.

    ## Fix
    None.

    ## Curation action
    Delete the row on the side reported.

    ## Data
    MeSH labels and entry terms.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, let siblings = context.document.figure?.siblings else { return [] }
        let genes: SidecarTable?, chemicals: SidecarTable?
        switch sidecar.kind {
        case .genes: (genes, chemicals) = (sidecar, siblings[.chemicals])
        case .chemicals: (genes, chemicals) = (siblings[.genes], sidecar)
        case .diseases: return []
        }
        guard let genes, let chemicals else { return [] }
        let mesh = context.reference.mesh
        var geneRows: [String: [SidecarGeneRow]] = [:]
        for row in genes.geneRows {
            guard let word = row.word?.value else { continue }
            geneRows[SymbolKey.normalize(word), default: []].append(row)
        }
        var diagnostics: [Diagnostic] = []
        var seenWords: Set<String> = []
        for chemical in chemicals.meshRows {
            guard let word = chemical.word?.value else { continue }
            let key = SymbolKey.normalize(word)
            guard !key.isEmpty, let rows = geneRows[key], seenWords.insert(key).inserted else { continue }
            let geneIsSymbol = rows.contains { $0.source?.text == SidecarSource.symbol.rawValue }
            let concept = chemical.meshID.flatMap { mesh.concept(id: $0) }
            let chemicalNamed = concept.map { ([$0.label] + $0.entryTerms).contains { SymbolKey.normalize($0) == key } } ?? false
            let genesText = Array(Set(rows.compactMap { $0.symbol?.value })).sorted().prefix(4).joined(separator: ", ")
            if geneIsSymbol {
                guard sidecar.kind == .chemicals, let cell = chemical.word else { continue }
                let symbol = rows.first { $0.source?.text == SidecarSource.symbol.rawValue }?.symbol?.text ?? word
                diagnostics.append(context.diagnostic(
                    "`\(word)` is also in this figure's genes table as the symbol of \(symbol): the chemical"
                        + (concept.map { " \($0.id) (\($0.label))" } ?? "") + " is probably a false match",
                    at: cell.range))
            } else if sidecar.kind == .genes {
                let definitions = context.document.figure?.annotation?.caption
                    .map { FalseMatchEvidence.captionDefinitions($0.value) } ?? [:]
                for row in rows {
                    guard let cell = row.word else { continue }
                    // Undecided here, but the caption says what the word is: not-a-gene-word's (a caption definition).
                    if !chemicalNamed,
                       FalseMatchEvidence.nonGeneDefinition(of: row, definitions: definitions, hgnc: context.reference.hgnc) != nil {
                        continue
                    }
                    var diagnostic = context.diagnostic(
                        chemicalNamed
                            ? "`\(word)` is also this figure's chemical \(concept!.id) (\(concept!.label)), which MeSH names so: "
                                + "\(row.symbol?.text ?? "the gene") is probably a false match"
                            : "`\(word)` is both a gene (\(genesText)) and a chemical (\(chemical.mesh?.text ?? "NA")) of this figure: check which it is",
                        at: cell.range)
                    if !chemicalNamed { diagnostic.severity = .info }
                    diagnostics.append(diagnostic)
                }
            }
        }
        return diagnostics.sorted { $0.range < $1.range }
    }
}

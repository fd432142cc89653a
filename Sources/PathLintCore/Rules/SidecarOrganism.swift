/// The organisms of a figure's gene rows must be ones its front matter names.
struct SidecarOrganism: Rule {
    let id = "sidecar-organism"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A block of gene rows comes from an organism the figure's curated `organisms` does not name."
    let documentation = """
    ## What it checks
    For a genes table whose figure file was found, each organism's block of rows (by \
    `organism_id`), against the figure's `organisms` (curated; `NA` when nobody \
    curated it) and `organisms_ner` (text mining). Organisms are compared by genus and \
    species (`Escherichia coli str. K-12 substr. MG1655` is `Escherichia coli`). One \
    finding per block, on its first `organism_name`:
    - a warning when neither list names the organism (the usual shape: a block of fly \
    genes in a human figure, each word matched a second time in the fly lexicon);
    - a warning when only `organisms_ner` names it and `organisms` names others;
    - when only `organisms_ner` names it and `organisms` is `NA`: for a non-human block \
    beside human rows, a warning when at least half of its words also matched the human \
    rows (the same words matched a second time in the other organism's lexicon), an \
    info otherwise; an info for a non-human block beside other non-human ones.

    The human rows of a figure with `organisms` `NA` are not reported (PFOCR is a human \
    resource first), nor is a table of one organism that `organisms_ner` names: nothing \
    contradicts it. Non-human genes follow their own nomenclature and are not compared \
    with HGNC.

    ## Why it matters
    The genes of the wrong species put the figure into that species' pathway searches \
    and double every gene the word matched.

    ## Example
    `organisms: [NA]`, `organisms_ner: [Homo sapiens]`, and 24 rows of \
    `7227 Drosophila melanogaster` beside the human rows.

    ## Correct
    Only the human rows, or `organisms: [Homo sapiens, Drosophila melanogaster]` when \
    the figure does show fly genes.

    ## Fix
    None: deleting a block needs a look at the figure.

    ## Curation action
    Look at the figure: delete the other organism's rows, or add the organism to \
    `organisms`.

    ## Data
    The figure's front matter.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes,
              let annotation = context.document.figure?.annotation else { return [] }
        let curated = annotation.curatedOrganisms.map(\.value)
        let ner = annotation.organismsNER.map(\.value)
        let blocks = SidecarRows.byOrganism(sidecar.geneRows).filter { !$0.id.isEmpty }
        var diagnostics: [Diagnostic] = []
        for (organismID, rows) in blocks {
            guard let nameCell = rows.first?.organismName, let name = nameCell.value else { continue }
            if curated.contains(where: { SidecarOrganism.sameSpecies($0, name) }) { continue }
            let inNER = ner.contains { SidecarOrganism.sameSpecies($0, name) }
            let words = Array(Set(rows.compactMap { $0.word?.value })).sorted().prefix(4).map { "`\($0)`" }.joined(separator: ", ")
            let block = "\(rows.count) row\(rows.count == 1 ? "" : "s") of \(name) (\(organismID); words \(words))"
            let curatedText = curated.isEmpty ? "organisms is NA" : "organisms names " + curated.prefix(3).joined(separator: ", ")
                + (curated.count > 3 ? ", …" : "")
            if !inNER {
                diagnostics.append(context.diagnostic(
                    "\(block): neither organisms nor organisms_ner names this organism (\(curatedText))", at: nameCell.range))
            } else if !curated.isEmpty {
                diagnostics.append(context.diagnostic(
                    "\(block): only the text-mined organisms_ner names this organism; \(curatedText)", at: nameCell.range))
            } else if organismID != "9606", let human = blocks.first(where: { $0.id == "9606" })?.rows {
                // organisms is NA; the human rows are the figure's, unless its words are not theirs.
                let humanWords = Set(human.compactMap { $0.word?.value })
                let ownWords = Set(rows.compactMap { $0.word?.value })
                let shared = ownWords.intersection(humanWords)
                if !ownWords.isEmpty && shared.count * 2 >= ownWords.count {
                    diagnostics.append(context.diagnostic(
                        "\(block): organisms is NA, only the text-mined organisms_ner names this organism, and "
                            + "\(shared.count) of its \(ownWords.count) words also matched the human rows: the same words "
                            + "matched a second time in this organism's lexicon", at: nameCell.range))
                } else {
                    var diagnostic = context.diagnostic(
                        "\(block): organisms is NA and only the text-mined organisms_ner names this organism", at: nameCell.range)
                    diagnostic.severity = .info
                    diagnostics.append(diagnostic)
                }
            } else if blocks.count > 1 && organismID != "9606" {
                var diagnostic = context.diagnostic(
                    "\(block): organisms is NA and only the text-mined organisms_ner names this organism", at: nameCell.range)
                diagnostic.severity = .info
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// The same genus and species (the first two words), or the same name.
    static func sameSpecies(_ lhs: String, _ rhs: String) -> Bool {
        func binomial(_ text: String) -> [Substring] { Array(text.split(separator: " ").prefix(2)) }
        return lhs == rhs || binomial(lhs).count == 2 && binomial(lhs) == binomial(rhs)
    }
}

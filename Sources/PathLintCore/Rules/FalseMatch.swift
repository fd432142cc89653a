/// A mention whose annotated gene (or MeSH concept) is not what the evidence says it means.
struct FalseMatch: Rule {
    let id = "false-match"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.markdown, .yaml, .tsv]
    let summary = "The evidence says a mention means another gene, no gene, another organism's gene, or another MeSH concept."
    let documentation = """
    ## What it checks
    Every gene mention (a front-matter `genes` entry, or a row of a `_data/*-genes.tsv` \
    table) and every chemical and disease mention, in both layouts. For each gene mention \
    the candidates are every approved HGNC gene whose symbol, previous symbol or alias is \
    the matched term or the word (for another organism: the genes the table's rows of that \
    organism give the same term), and "not a gene". Evidence, each family named in the \
    finding as `[evidence: …]`:
    - *organism* (decides alone): a block of rows for an organism that neither the curated \
    `organisms` nor the caption or titles name (only `organisms_ner`, or nothing); an \
    organism that `organisms` lists while the text names only other organisms; human \
    (or other mammal) genes on a figure whose titles or journal (or caption, by two words) \
    name bacteria, fungi, plants, insects or other non-mammals and nothing names a human, \
    another mammal or a host (`infection`, `macrophage`, `sepsis`, ...). Every row of the block gets \
    its own finding.
    - *not-a-gene*: the word is a MeSH chemical's label or entry term (small molecules, \
    coenzymes, nucleotides, ions; not proteins, enzymes, hormones or factors), a word of \
    the curated not-gene list (with its reason), or an English word in lower case that the \
    gene has only as an alias.
    - *text*: the caption or a title defines the abbreviation (`X (long form)`, \
    `long form (X)`, `X: long form;`); a definition giving another candidate's HGNC name \
    points to it, one that names no gene or protein points to "not a gene".
    - *claim*: the term is another gene's approved symbol (or, in another organism, \
    another gene's direct-symbol row of the same table) while the annotated gene has it \
    only as an alias or synonym (weight 2); or it was another gene's approved symbol (a \
    previous symbol: that gene was renamed) while the annotated gene has it only as an \
    alias (weight 1: it tips a balance, as the alias is often the name in use, `IL-1Ra`).
    - *plausibility*: the annotated gene is a pseudogene, a readthrough locus, an \
    uncharacterised open reading frame, a non-coding RNA gene or an immunoglobulin or T cell \
    receptor gene segment, reached through an alias.
    - *concept* (chemicals and diseases): the word resembles no MeSH term of its concept \
    but is a term of another concept of the right tree; an unmapped word that is exactly a \
    gene's approved symbol and no MeSH term; a disease word that is a term of the Anatomy \
    tree (a tissue or cell) and of no disease. For chemicals, the systematic name read as \
    IUPAC builds it: the word and the concept's term differ by a substituent \
    (`alpha-methyl-cis-aconitate`, `cis-aconitate`) or an ester (`mannose-1-P`, `mannose`), \
    or only by locants (`2-keto-3-methylvalerate`, `3-keto-2-methylvalerate`): different \
    compounds; a word that is only substituent prefixes or a group name (`4-hydroxy`, \
    `aspartyl`) is a fragment of a longer name.
    - *ocr*: the word read with a look-alike digit (`Thl` as `Th1`, `O` as `0`) is a word \
    of the curated not-gene list, the literal word is not.  Or a look-alike mark beside the matched \
    part, read as its letter, makes another gene's approved symbol (`$T13` as ST13).
    - *family*: a family name matched from a fragment of a word that names one member \
    (`P-selectin` names SELP, "selectin P", not the Selectin family; `PKCα` names PRKCA) \
    by the member's symbol, alias or HGNC name: the family's other members are false \
    matches. Shorthand for several members (`ERK1/2`) and the family's own names \
    (`TGF-beta`) stay the family.
    - *company* (weight 1): a candidate shares a small FamPlex family (at most 30 genes) or \
    a symbol stem of three or more letters with at least two of the figure's other genes \
    (any organism's rows), while the annotated gene shares neither (`TAK1` as MAP3K7 beside \
    MAP2K3 and MAP2K6, not NR2C2).
    - *letter case*: a human row whose word is in lower case (`pgk`, `ald`, `b2`) and \
    not the gene's own symbol; `p53`-style names by molecular weight are left out.

    How it is weighed: organism evidence, a family fragment and a definition in the text weigh 3 (a \
    definition against the gene's own symbol 2), the other families 2 (a former symbol and company 1); \
    the weights of evidence for the same reading add up. The annotation's own support is \
    2 when the word is the gene's own symbol (case and punctuation aside; `source` says so), \
    else 0. The best-supported reading is the decision (a warning) when its weight is 3 or \
    more, or 2 and more than the annotation's; at 2 against the annotation's 2 the mention \
    is *undecided* (an info finding); below 2 the annotation stands.

    ## Why it matters
    Most false matches are one word read as the wrong one of several things it could \
    name; each puts the figure into the wrong gene's, organism's or compound's searches.

    ## Example
    ```
    - word: RHEB
      symbol: RHEB
      source: hgnc_alias_symbol
      hgnc_symbol: RHEBP1
      entrez: '6008'
    ```
    `RHEB` is RHEB's approved symbol, and RHEBP1 (a pseudogene) has it only as an alias.

    ## Correct
    `hgnc_symbol: RHEB`, `entrez: '6009'`, or the entry removed when RHEB is already listed.

    ## Fix
    Unsafe: switch the entry or row to the better candidate (human genes and MeSH concepts), \
    or delete it (not a gene; in tables also another organism's rows; a front-matter \
    figure of another organism has every entry flagged and needs a look first). Both need \
    a look at the figure.

    ## Curation action
    Read the word in the figure and its caption; accept the switch or deletion when the \
    evidence the finding names holds.

    ## Data
    HGNC (symbols, aliases, previous symbols, names, locus types), MeSH (labels, entry \
    terms, trees), FamPlex (families and their members), the curated not-gene words, the English word list, the MeSH Organisms \
    tree and common names of PFOCR's organisms (`Disambiguation/OrganismWords.swift`), and the figure's own front \
    matter and tables.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        if let sidecar = context.document.sidecar {
            return checkTable(sidecar, context)
        }
        guard let annotation = context.annotation, annotation.layout == .frontMatterLists else { return [] }
        return checkFrontMatter(annotation, context)
    }

    // MARK: Old layout

    private func checkFrontMatter(_ annotation: Annotation, _ context: RuleContext) -> [Diagnostic] {
        let mentions = annotation.genes.map(FalseMatch.mention(of:))
        let figure = FalseMatch.figure(annotation, genes: mentions.compactMap { $0 }, reference: context.reference)
        var diagnostics: [Diagnostic] = []
        for (gene, mention) in zip(annotation.genes, mentions) {
            guard let mention, let anchor = gene.word ?? gene.hgncSymbol else { continue }
            let result = Disambiguation.gene(mention, in: figure, reference: context.reference)
            guard let reading = FalseMatch.reading(result) else { continue }
            var fixes: [Fix] = []
            if case .gene(let symbol, let id) = reading, let symbolNode = gene.hgncSymbol {
                var edits = [TextEdit(range: symbolNode.range, newText: YAMLText.scalar(symbol, style: .plain))]
                if let entrez = gene.entrez, !id.isEmpty {
                    edits.append(TextEdit(range: entrez.range, newText: YAMLText.scalar(id, style: .singleQuoted)))
                }
                fixes.append(Fix(title: "Switch to \(symbol)", safety: .unsafe, edits: edits))
            }
            // Not for another organism's entries: a figure of that organism has all of its
            // entries flagged, and the list needs a look (and `organisms` likely an edit).
            if !result.support.contains(where: { $0.family == .organism }),
               let deletion = BlockEdits.deletion(of: .mapping(gene.node), inListOf: annotation.genes.count, in: context.source) {
                fixes.append(Fix(title: "Remove the entry", safety: .unsafe, edits: [deletion]))
            }
            diagnostics.append(finding(result, word: mention.token, annotated: mention.symbol, at: anchor.range, fixes: fixes, context))
        }
        for (entries, kind) in [(annotation.chemicals, MeSHQuery.Kind.chemical), (annotation.diseases, .disease)] {
            for entry in entries {
                guard let word = entry.word, !word.value.isEmpty else { continue }
                let id = entry.identifier.map(\.value).flatMap { $0.isEmpty ? nil : $0 }
                let result = Disambiguation.concept(MeSHQuery(word: word.value, meshID: id, kind: kind), reference: context.reference)
                guard let reading = FalseMatch.reading(result) else { continue }
                var fixes: [Fix] = []
                if case .concept(_, let better) = reading, let identifier = entry.identifier {
                    fixes.append(Fix(title: "Switch to \(better)", safety: .unsafe,
                                     edits: [TextEdit(range: identifier.range, newText: better)]))
                }
                if let deletion = BlockEdits.deletion(of: .mapping(entry.node), inListOf: entries.count, in: context.source) {
                    fixes.append(Fix(title: "Remove the entry", safety: .unsafe, edits: [deletion]))
                }
                diagnostics.append(finding(result, word: word.value, annotated: id ?? "the unmapped \(kind.rawValue)",
                                           at: word.range, fixes: fixes, context))
            }
        }
        return diagnostics
    }

    static func mention(of gene: GeneEntry) -> GeneQuery? {
        guard let symbol = gene.hgncSymbol?.value, !symbol.isEmpty else { return nil }
        let word = gene.word?.value ?? ""
        return GeneQuery(word: word, term: gene.symbol?.value ?? word, symbol: symbol, geneID: gene.entrez?.value ?? "",
                           claim: MentionClaim(source: gene.source?.value ?? ""))
    }

    static func figure(_ annotation: Annotation?, genes: [GeneQuery], reference: ReferenceSnapshot) -> FigureContext {
        FigureContext(paperTitle: annotation?.papertitle?.value ?? "", figureTitle: annotation?.figtitle?.value ?? "",
                      caption: annotation?.caption?.value ?? "",
                      journal: annotation?.journalTitle?.value ?? annotation?.reftext?.value ?? "",
                      curatedOrganisms: annotation?.curatedOrganisms.map(\.value) ?? [],
                      textMinedOrganisms: annotation?.organismsNER.map(\.value).filter { !Annotation.isRMissing($0) } ?? [],
                      genes: genes, isKnown: annotation != nil, organismVocabulary: OrganismWords.vocabulary(reference))
    }

    // MARK: Current layout

    private func checkTable(_ sidecar: SidecarTable, _ context: RuleContext) -> [Diagnostic] {
        let source = context.source
        func wholeLine(_ row: TableRow) -> TextEdit {
            let end = row.line + 1 < source.lineCount ? source.lineStarts[row.line + 1] : source.bytes.count
            return TextEdit(range: ByteRange(source.lineStarts[row.line], end), newText: "")
        }
        var diagnostics: [Diagnostic] = []
        switch sidecar.kind {
        case .genes:
            let mentions = sidecar.geneRows.map(FalseMatch.mention(of:))
            let figure = FalseMatch.figure(context.document.figure?.annotation, genes: mentions.compactMap { $0 },
                                           reference: context.reference)
            for (row, mention) in zip(sidecar.geneRows, mentions) {
                guard let mention, let anchor = row.symbol ?? row.word else { continue }
                let result = Disambiguation.gene(mention, in: figure, reference: context.reference)
                guard let reading = FalseMatch.reading(result) else { continue }
                var fixes: [Fix] = []
                if case .gene(let symbol, let id) = reading, let symbolCell = row.symbol, let idCell = row.ncbigeneID, !id.isEmpty {
                    fixes.append(Fix(title: "Switch to \(symbol)", safety: .unsafe,
                                     edits: [TextEdit(range: symbolCell.range, newText: symbol),
                                             TextEdit(range: idCell.range, newText: id)]))
                }
                fixes.append(Fix(title: "Remove the row", safety: .unsafe, edits: [wholeLine(row.row)]))
                diagnostics.append(finding(result, word: mention.token, annotated: mention.symbol, at: anchor.range,
                                           fixes: fixes, context))
            }
        case .chemicals, .diseases:
            let kind: MeSHQuery.Kind = sidecar.kind == .chemicals ? .chemical : .disease
            for row in sidecar.meshRows {
                guard let wordCell = row.word, let word = wordCell.value, !word.isEmpty else { continue }
                let result = Disambiguation.concept(MeSHQuery(word: word, meshID: row.meshID, kind: kind), reference: context.reference)
                guard let reading = FalseMatch.reading(result) else { continue }
                var fixes: [Fix] = []
                if case .concept(_, let better) = reading, let cell = row.mesh {
                    fixes.append(Fix(title: "Switch to mesh:\(better)", safety: .unsafe,
                                     edits: [TextEdit(range: cell.range, newText: "mesh:\(better)")]))
                }
                fixes.append(Fix(title: "Remove the row", safety: .unsafe, edits: [wholeLine(row.row)]))
                diagnostics.append(finding(result, word: word, annotated: row.meshID.map { "mesh:\($0)" } ?? "the unmapped \(kind.rawValue)",
                                           at: row.mesh?.range ?? wordCell.range, fixes: fixes, context))
            }
        }
        return diagnostics
    }

    static func mention(of row: SidecarGeneRow) -> GeneQuery? {
        guard let symbol = row.symbol?.value, !symbol.isEmpty else { return nil }
        let word = row.word?.value ?? ""
        return GeneQuery(word: word, term: row.match?.value ?? word, symbol: symbol, geneID: row.ncbigeneID?.value ?? "",
                           claim: MentionClaim(source: row.source?.value ?? ""), taxon: row.organismID?.value ?? "",
                           organismName: row.organismName?.value ?? "")
    }

    // MARK: Findings

    /// The reading a finding is about: the decision, or the undecided one.
    static func reading(_ result: Disambiguation) -> Reading? {
        switch result.decision {
        case .annotated: nil
        case .other(let reading), .undecided(let reading): reading
        }
    }

    /// "`WORD` here is LABEL: EVIDENCE; GENE is probably a false match [evidence: …]".
    private func finding(_ result: Disambiguation, word: String, annotated: String, at range: ByteRange, fixes: [Fix],
                         _ context: RuleContext) -> Diagnostic {
        let support = result.support
        let families = support.map(\.family.rawValue).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let reasons = support.map(\.reason).joined(separator: "; ")
        guard let reading = FalseMatch.reading(result) else { preconditionFailure("a finding needs a reading") }
        if case .undecided = result.decision {
            var diagnostic = context.diagnostic(
                "`\(word)` is undecided between \(annotated) and \(reading.label): \(reasons) [evidence: \(families.joined(separator: ", "))]",
                at: range, fixes: fixes)
            diagnostic.severity = .info
            return diagnostic
        }
        return context.diagnostic(
            "`\(word)` here is \(reading.label): \(reasons); \(annotated) is probably a false match [evidence: \(families.joined(separator: ", "))]",
            at: range, fixes: fixes)
    }
}

/// A `symbol` that names another gene more strongly than the annotated one.
struct AmbiguousGeneSymbol: Rule {
    let id = "ambiguous-gene-symbol"
    let defaultSeverity = Severity.info
    let summary = "The entry's `symbol` is another gene's approved or previous symbol, but was annotated through a weaker claim."
    let documentation = """
    ## What it checks
    Gene entries that reached their gene through an alias or a previous symbol, while \
    the same `symbol` (case and punctuation aside) is the approved symbol of another \
    gene, or a previous symbol of another gene when the annotated gene has it only as an \
    alias. HGNC's order of strength is approved, then previous (a gene's former \
    official name), then alias. Every stronger candidate is named with its Entrez ID. \
    Information, not a warning: on the PFOCR corpus about 7 in 10 of its findings were \
    real mis-annotations (`TAK1`, `CDC2`, `PLB`, `COT`); the rest were well-known \
    aliases that a forgotten previous symbol shadows (`Etk` for BMX, `neu` for ERBB2).

    ## Why it matters
    The 2018 lexicon ranked aliases above previous symbols, and matched case-sensitively, \
    so `CDC2` became POLD1 (an alias) rather than CDK1 (whose previous symbol it is), and \
    `Met` became SLTM rather than MET. A cell-cycle figure means CDK1.

    ## Example
    ```yaml
    - word: CDC2
      symbol: CDC2
      source: hgnc_alias_symbol
      hgnc_symbol: POLD1
      entrez: '5424'
    ```

    ## Correct
    ```yaml
    - word: CDC2
      symbol: CDC2
      source: hgnc_prev_symbol
      hgnc_symbol: CDK1
      entrez: '983'
    ```

    ## Fix
    Unsafe, one per candidate: `hgnc_symbol`, `entrez` and `source` set together.

    ## Curation action
    Read the figure around the word and pick the gene it means.

    ## Data
    HGNC approved, previous and alias symbols.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation else { return [] }
        // A word also annotated as a chemical is `gene-chemical-collision`'s finding.
        lazy var chemicals = GeneChemicalCollision.chemicalsByWord(annotation)
        var diagnostics: [Diagnostic] = []
        for gene in annotation.genes {
            let candidates = AmbiguousGeneSymbol.strongerCandidates(for: gene, context: context)
            guard !candidates.isEmpty else { continue }
            if let key = GeneChemicalCollision.wordKey(of: gene, context: context), chemicals[key] != nil { continue }
            guard let symbol = gene.symbol, let record = context.resolution(of: gene)?.current,
                  let source = gene.source?.value else { continue }
            let how = source == SourceClaim.previous.rawValue ? "a previous symbol" : "an alias"
            let names = candidates.map { "\($0.record.citation), whose \($0.claim.noun) it is" }
            let fixes = candidates.map { candidate in
                Fix(title: "Annotate as \(candidate.record.symbol) (Entrez \(candidate.record.entrez))", safety: .unsafe,
                    edits: AmbiguousGeneSymbol.edits(for: gene, to: candidate, context: context))
            }
            diagnostics.append(context.diagnostic(
                "`\(symbol.value)` was annotated as \(record.symbol) (\(how)), but it names \(names.joined(separator: "; "))",
                at: gene.hgncSymbol?.range ?? symbol.range, fixes: fixes))
        }
        return diagnostics
    }

    struct Candidate: Sendable {
        let record: HGNCRecord
        let claim: SymbolClaim
    }

    /// The genes other than the annotated one that `symbol` names with a stronger claim.
    static func strongerCandidates(for gene: GeneEntry, context: RuleContext) -> [Candidate] {
        context.facts.memo(.strongerCandidates, gene.index) {
            context.facts.caches.strongerCandidates.value(for: gene.contentKey) { uncachedCandidates(for: gene, context: context) }
        }
    }

    private static func uncachedCandidates(for gene: GeneEntry, context: RuleContext) -> [Candidate] {
        guard let symbol = gene.symbol?.value, let source = gene.source?.value,
              let annotated = SourceClaim(rawValue: source), annotated == .alias || annotated == .previous,
              let record = context.resolution(of: gene)?.current,
              !record.isApprovedSymbol(symbol),  // `RhoA` for RHOA: the approved symbol itself
              // One mistake, one finding: a word that is no gene at all says it better.
              NotAGeneWord.evidence(for: gene, context: context) == nil
        else { return [] }
        var candidates: [Candidate] = []
        for match in context.reference.hgnc.matches(for: symbol) where match.hgncNumber != record.number {
            let stronger = match.claim == .approved || (match.claim == .previous && annotated == .alias)
            guard stronger, !candidates.contains(where: { $0.record.number == match.hgncNumber }),
                  let other = context.reference.hgnc.record(number: match.hgncNumber), other.isApproved,
                  !other.entrez.isEmpty else { continue }
            candidates.append(Candidate(record: other, claim: match.claim))
        }
        return candidates.sorted { $0.claim < $1.claim }
    }

    private static func edits(for gene: GeneEntry, to candidate: Candidate, context: RuleContext) -> [TextEdit] {
        var edits: [TextEdit] = []
        if let field = gene.hgncSymbol {
            edits.append(TextEdit(range: field.range, newText: YAMLText.scalar(candidate.record.symbol, style: .plain)))
        }
        if let field = gene.entrez {
            edits.append(TextEdit(range: field.range, newText: YAMLText.singleQuoted(candidate.record.entrez)))
        }
        if let field = gene.source {
            let source: SourceClaim = candidate.claim == .approved ? .hgncSymbol : .previous
            edits.append(TextEdit(range: field.range, newText: source.rawValue))
        }
        return edits
    }
}

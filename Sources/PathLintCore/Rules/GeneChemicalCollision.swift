/// One OCR word annotated both as a gene and as a chemical of one figure.
struct GeneChemicalCollision: Rule {
    let id = "gene-chemical-collision"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "The same word is annotated as a gene and as a chemical in one figure; names the side that is likely wrong."
    let documentation = """
    ## What it checks
    Words that a figure annotates both as a gene and as a chemical: `genes` and \
    `chemicals` entries in the front matter, or the genes and chemicals tables of a \
    figure (the other table is found beside the one linted). A gene's word is compared \
    by the token that matched (`ALS` in `FTD/ALS`), a chemical's whole, both with their \
    punctuation aside and case-insensitively. The side that is likely wrong is reported, \
    word by word:
    - the genes, when the word is a chemical, ion or amino-acid code of pathlint's \
    curated list (`Tyr` is tyrosine, not the gene TYR), even when it is a gene's own \
    symbol;
    - otherwise the chemical, when the word is a gene's own name: its approved (HGNC) or \
    NCBI Gene symbol, or a FamPlex family it was matched as (`APC` the gene is right, \
    `APC` the chemical 3,4-APC is not). Other organisms write their symbols in their own \
    case: a fly's `adp` is not the word `ADP` when MeSH names the chemical `ADP`;
    - otherwise the genes that came in only through an alias, a previous symbol or an \
    NCBI synonym (`ATP` as a synonym of ATP8A2, beside the chemical ATP).

    A chemical that `mesh-word-mismatch` reports is left to it, as (in the front matter) \
    is a gene that `not-a-gene-word` reports. Diseases are not compared: a gene and a \
    disease share words by design (APC, CHM).

    ## Why it matters
    A figure shows a word once; one of the two readings is a false match.

    ## Example
    ```yaml
    genes:
    - word: PEP
      symbol: PEP
      source: hgnc_alias_symbol
      hgnc_symbol: PAEP
    chemicals:
    - word: PEP
      source: MESH
      identifier: D010728
    ```
    or `ATP` in the chemicals table (`mesh:D000255`) and in the genes table as a synonym \
    of ATP8A2.

    ## Correct
    The gene entry or row removed.

    ## Fix
    Unsafe: delete the entry or row on the side reported.

    ## Curation action
    Check which the figure shows; delete the other entry or row.

    ## Data
    The figure's gene and chemical mentions; pathlint's curated word lists; HGNC for the \
    gene's symbol; MeSH labels and entry terms.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        GeneChemicalCollision.findings(context).map { finding in
            switch finding {
            case .gene(let gene, let chemical, let why):
                return GeneChemicalCollision.geneDiagnostic(gene, chemical: chemical, why: why, context: context)
            case .chemical(let chemical, let gene, let how):
                return GeneChemicalCollision.chemicalDiagnostic(chemical, gene: gene, how: how, context: context)
            }
        }
    }

    /// One side of a collision found false, with the other side it met.
    enum Finding {
        /// The gene mention is the false match: `why` says so.
        case gene(GeneMention, chemical: Side<MeSHMention>, why: String)
        /// The chemical mention is the false match: the word is `gene`'s own name (`how`).
        case chemical(MeSHMention, gene: Side<GeneMention>, how: String)
    }

    /// A mention and whether it is in the document linted (else a companion table's).
    struct Side<Mention> {
        let mention: Mention
        let isOwn: Bool
    }

    /// The lists of pathlint's curated words that name chemicals.
    private static let chemicalLists: Set<String> = ["chemical", "ion", "amino-acid"]

    /// The findings in the document linted, in the order of its mentions.
    static func findings(_ context: RuleContext) -> [Finding] {
        if context.document.sidecar?.kind == .diseases { return [] }
        let figure = context.figure
        let companions = Figure.companionMentions(of: context.document)
        let ownChemicals = figure.chemicals
        var chemicalsByKey: [String: Side<MeSHMention>] = [:]
        for (chemical, isOwn) in ownChemicals.map({ ($0, true) }) + companions.chemicals.map({ ($0, false) }) {
            guard let word = chemical.word?.value else { continue }
            let key = chemicalKey(word)
            if !key.isEmpty, chemicalsByKey[key] == nil { chemicalsByKey[key] = Side(mention: chemical, isOwn: isOwn) }
        }
        guard !chemicalsByKey.isEmpty else { return [] }
        let ownGenes = figure.genes
        var keys: [String] = []
        var genesByKey: [String: [Side<GeneMention>]] = [:]
        for (gene, isOwn) in ownGenes.map({ ($0, true) }) + companions.genes.map({ ($0, false) }) {
            // A table's `match` of `NA` (the word `Na`) reads as missing: the word is then its own term.
            guard let word = gene.word?.value else { continue }
            let key = geneKey(word: word, term: gene.term?.value ?? word)
            guard chemicalsByKey[key] != nil else { continue }
            if genesByKey[key] == nil { keys.append(key) }
            genesByKey[key, default: []].append(Side(mention: gene, isOwn: isOwn))
        }
        var findings: [Finding] = []
        for key in keys {
            guard let chemical = chemicalsByKey[key], let genes = genesByKey[key] else { continue }
            findings += collision(key: key, genes: genes, chemical: chemical, context: context)
        }
        return findings.sorted { $0.range < $1.range }
    }

    /// Which side of one word's collision is false, reported on the document's own mentions.
    private static func collision(key: String, genes: [Side<GeneMention>], chemical: Side<MeSHMention>,
                                  context: RuleContext) -> [Finding] {
        guard let first = genes.first?.mention, let word = first.word?.value else { return [] }
        let token = OCRWord.trimmed(String(OCRWord.token(word, matching: first.term?.value ?? word)))
        let concept = chemical.mention.meshID.flatMap { context.reference.mesh.concept(id: $0) }
        // MeSH names the chemical by the word itself (`ATP`: Adenosine Triphosphate).
        let chemicalNamed = concept.map { ([$0.label] + $0.entryTerms).contains { SymbolKey.normalize($0) == key } } ?? false
        if let curated = context.reference.words.entries(for: token).first(where: { chemicalLists.contains($0.list) }) {
            return genes.compactMap { gene in
                falseGene(gene, chemical: chemical, why: "`\(token)` is \(curated.reason) on pathlint's curated list", context: context)
            }
        }
        let standings = genes.map { standing(of: $0.mention, token: token, chemicalNamed: chemicalNamed, context: context) }
        if let strong = zip(genes, standings).first(where: { if case .ownName = $1 { true } else { false } }) {
            guard chemical.isOwn, case .ownName(let how) = strong.1,
                  MeSHWordMismatch.mismatchedConcept(word: chemical.mention.word?.value, id: chemical.mention.meshID,
                                                     context: context) == nil
            else { return [] }
            return [.chemical(chemical.mention, gene: strong.0, how: how)]
        }
        return zip(genes, standings).compactMap { gene, standing in
            guard case .weak(let why) = standing else { return nil }
            return falseGene(gene, chemical: chemical, why: why, context: context)
        }
    }

    /// What a gene mention's claim says of the word.
    private enum Standing {
        /// The word is the gene's own name (`how`: its approved symbol, a FamPlex family).
        case ownName(String)
        /// The gene came in through a weaker name (`why` says which).
        case weak(String)
        /// No claim to weigh (an unknown `source`, an unknown symbol): another rule's finding.
        case none
    }

    private static func standing(of gene: GeneMention, token: Substring, chemicalNamed: Bool, context: RuleContext) -> Standing {
        guard let claim = gene.claim, let symbol = gene.symbol?.value else { return .none }
        let term = gene.term?.value ?? gene.word?.value ?? symbol
        let record = gene.isHuman ? context.resolution(symbol: symbol, entrez: gene.geneID?.value).current : nil
        if gene.authority == .hgnc && record == nil { return .none }  // unknown-hgnc-symbol's
        let name = record?.symbol ?? symbol
        switch claim {
        case .approvedSymbol, .ncbiSymbol, .family:
            // Other organisms' nomenclature is case-sensitive: the fly's `adp` is not `ADP`.
            if !gene.isHuman, claim != .family, token != symbol, chemicalNamed {
                return .weak("MeSH names the chemical `\(token)`, and \(name) is written `\(symbol)`")
            }
            switch claim {
            case .family: return .ownName("FamPlex family `\(term)`")
            case .approvedSymbol: return .ownName("approved symbol")
            default: return .ownName("symbol")
            }
        case .alias, .previousSymbol, .ncbiSynonym:
            // `RhoA` as an alias of RHOA is the approved symbol itself.
            if let record, record.isApprovedSymbol(String(token)) { return .ownName("approved symbol") }
            return .weak("as a gene it reached \(name) only as \(claim.noun)")
        }
    }

    /// A gene mention of the document found false, unless another rule reports it.
    private static func falseGene(_ gene: Side<GeneMention>, chemical: Side<MeSHMention>, why: String,
                                  context: RuleContext) -> Finding? {
        guard gene.isOwn else { return nil }
        let mention = gene.mention
        if mention.authority == .hgnc {
            // One mistake, one finding: not-a-gene-word's evidence comes first.
            guard let symbol = mention.symbol?.value, context.resolution(symbol: symbol, entrez: mention.geneID?.value).current != nil,
                  let entries = context.annotation?.genes, mention.index < entries.count,
                  NotAGeneWord.evidence(for: entries[mention.index], context: context) == nil else { return nil }
        }
        return .gene(mention, chemical: chemical, why: why)
    }

    private static func geneDiagnostic(_ gene: GeneMention, chemical: Side<MeSHMention>, why: String, context: RuleContext) -> Diagnostic {
        let word = gene.word!
        let symbol = gene.symbol?.value ?? ""
        let name = gene.isHuman ? context.resolution(symbol: symbol, entrez: gene.geneID?.value).current?.symbol ?? symbol : symbol
        let fixes = gene.deletion(inListOf: context.figure.genes.count, in: context.source).map {
            [Fix(title: "Delete this gene \(gene.kindName)", safety: .unsafe, edits: [$0])]
        } ?? []
        return context.diagnostic(
            "`\(word.value)` is also annotated as the chemical \(chemicalName(chemical.mention, context: context)) "
                + "(\(place(chemical.mention.origin, isOwn: chemical.isOwn, table: "chemicals", context: context))); \(why): "
                + "the gene \(name) is likely the false match",
            at: word.range, fixes: fixes)
    }

    private static func chemicalDiagnostic(_ chemical: MeSHMention, gene: Side<GeneMention>, how: String,
                                           context: RuleContext) -> Diagnostic {
        let word = chemical.word!
        let fixes = chemical.deletion(inListOf: context.figure.chemicals.count, in: context.source).map {
            [Fix(title: "Delete this chemical \(chemical.origin.kindName)", safety: .unsafe, edits: [$0])]
        } ?? []
        return context.diagnostic(
            "`\(word.value)` is also annotated as the gene \(gene.mention.symbol?.value ?? "") "
                + "(\(place(gene.mention.origin, isOwn: gene.isOwn, table: "genes", context: context)), its \(how)); "
                + "as the chemical \(chemicalName(chemical, context: context)) it is likely the false match",
            at: word.range, fixes: fixes)
    }

    /// `Label (ID)` of the chemical's MeSH concept, else its word.
    private static func chemicalName(_ chemical: MeSHMention, context: RuleContext) -> String {
        if let concept = chemical.meshID.flatMap({ context.reference.mesh.concept(id: $0) }) {
            return "\(concept.label) (\(concept.id))"
        }
        return "`\(chemical.word?.value ?? "")`"
    }

    /// Where the other side is: its line, in this file or in the figure's other table.
    private static func place(_ origin: MentionOrigin, isOwn: Bool, table: String, context: RuleContext) -> String {
        let line = origin.line(in: context.source) + 1
        return isOwn ? "line \(line)" : "line \(line) of the \(table) table"
    }

    /// The key under which a gene's word meets a chemical's: that of the token of the word
    /// that matched the term (`ALS` in `FTD/ALS`), punctuation and case aside.
    static func geneKey(word: String, term: String) -> String { SymbolKey.normalize(OCRWord.token(word, matching: term)) }

    /// The key of a chemical's word: the whole word, punctuation and case aside.
    static func chemicalKey(_ word: String) -> String { SymbolKey.normalize(OCRWord.trimmed(word)) }

    /// The front matter's chemicals by the key of their word, the first of each (for the
    /// rules that leave a colliding word to this one).
    static func chemicalsByWord(_ annotation: Annotation) -> [String: MeSHEntry] {
        var chemicals: [String: MeSHEntry] = [:]
        for chemical in annotation.chemicals {
            guard let word = chemical.word?.value else { continue }
            let key = chemicalKey(word)
            if !key.isEmpty, chemicals[key] == nil { chemicals[key] = chemical }
        }
        return chemicals
    }

    /// `geneKey` of a `genes` entry, memoized by the entry's content.
    static func wordKey(of gene: GeneEntry, context: RuleContext) -> String? {
        guard let word = gene.word?.value, let symbol = gene.symbol?.value else { return nil }
        return context.facts.caches.geneWordKeys.value(for: gene.contentKey) { geneKey(word: word, term: symbol) }
    }

    /// The indices of the gene mentions this rule reports (for `not-a-gene-word`, which
    /// leaves a table's such rows to it).
    static func reportedGenes(_ context: RuleContext) -> Set<Int> {
        Set(findings(context).compactMap { if case .gene(let gene, _, _) = $0 { gene.index } else { nil } })
    }
}

private extension GeneChemicalCollision.Finding {
    var range: ByteRange {
        switch self {
        case .gene(let gene, _, _): gene.word?.range ?? gene.range
        case .chemical(let chemical, _, _): chemical.word?.range ?? chemical.range
        }
    }
}

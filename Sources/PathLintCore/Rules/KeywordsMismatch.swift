/// `schema-jsonld.keywords` is derived from the gene, chemical and disease lists.
struct KeywordsMismatch: Rule {
    let id = "keywords-mismatch"
    let defaultSeverity = Severity.warning
    let summary = "`schema-jsonld.keywords` no longer lists the genes, chemicals and diseases it is derived from."
    let documentation = """
    ## What it checks
    That `schema-jsonld.keywords` is the distinct `hgnc_symbol`s of `genes` in order of \
    first appearance, then the distinct `word`s of `chemicals`, then those of `diseases` \
    (each part de-duplicated on its own: a gene and a disease can share a word, like \
    `APC`). A list of the genes alone, or of genes and chemicals, is also accepted: \
    some pipeline runs wrote only those. The message names what is missing and what is extra.

    ## Why it matters
    Search engines and the PFOCR site index the figure by these keywords: after a gene \
    is corrected, the old symbol stays findable and the new one is not.

    ## Example
    ```yaml
    genes:
    - hgnc_symbol: MAP2K1
    schema-jsonld:
      keywords:
      - MAP2K2
    ```

    ## Correct
    ```yaml
    schema-jsonld:
      keywords:
      - MAP2K1
    ```

    ## Fix
    Rewriting the list from the entries is safe: it is derived data.

    ## Curation action
    None.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation, annotation.layout == .frontMatterLists,
              let jsonld = annotation.schemaJSONLD, let entry = jsonld.entry("keywords"),
              case .sequence(let list) = entry.value else { return [] }
        let actual = list.items.compactMap { $0.scalar?.value }
        guard actual.count == list.items.count else { return [] }  // field-type's business
        let genes = distinct(annotation.genes.compactMap { $0.hgncSymbol?.value })
        let chemicals = distinct(annotation.chemicals.compactMap { $0.word?.value })
        let diseases = distinct(annotation.diseases.compactMap { $0.word?.value })
        let expected = genes + chemicals + diseases
        if actual == expected || actual == genes || actual == genes + chemicals { return [] }

        let actualSet = Set(actual), expectedSet = Set(expected)
        let missing = distinct(expected.filter { !actualSet.contains($0) })
        let extra = distinct(actual.filter { !expectedSet.contains($0) })
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(quoted(missing))") }
        if !extra.isEmpty { parts.append("not derived from any entry: \(quoted(extra))") }
        if parts.isEmpty { parts.append("the order or repeats differ from genes, then chemicals, then diseases") }
        let fixes = rewrite(list, keyRange: entry.key.range, to: expected, source: context.source).map { [$0] } ?? []
        return [context.diagnostic("schema-jsonld.keywords is out of date: " + parts.joined(separator: "; "),
                                   at: entry.key.range, fixes: fixes)]
    }

    private func rewrite(_ list: YAMLSequence, keyRange: ByteRange, to keywords: [String], source: SourceText) -> Fix? {
        let title = "Rewrite keywords from the entries"
        if list.isFlow || list.items.isEmpty {
            let flow = "[" + keywords.map { YAMLText.scalar($0, style: .plain) }.joined(separator: ", ") + "]"
            return Fix(title: title, safety: .safe, edits: [TextEdit(range: list.range, newText: flow)])
        }
        guard let first = BlockEdits.itemLines(of: list.items[0], in: source),
              let last = BlockEdits.itemLines(of: list.items[list.items.count - 1], in: source) else { return nil }
        let indent = String(decoding: source.bytes[first.start..<list.items[0].range.start].prefix { $0 == 0x20 },
                            as: UTF8.self)
        let lineBreak = BlockEdits.lineBreak(in: source)
        var text = keywords.map { indent + "- " + YAMLText.scalar($0, style: .plain) + lineBreak }.joined()
        if keywords.isEmpty {
            // An empty block list cannot be written: make it `[]` after the key.
            return Fix(title: title, safety: .safe, edits: [
                TextEdit(range: ByteRange(keyRange.end, first.start), newText: ": []" + lineBreak),
                TextEdit(range: ByteRange(first.start, last.end), newText: ""),
            ])
        }
        if last.end == source.bytes.count, source.bytes.last != 0x0A, source.bytes.last != 0x0D {
            text.removeLast(lineBreak.count)
        }
        return Fix(title: title, safety: .safe, edits: [TextEdit(range: ByteRange(first.start, last.end), newText: text)])
    }

    private func distinct(_ values: [String]) -> [String] {
        // A typical file lists a few dozen genes: comparing with the kept ones (lengths
        // first) is cheaper than hashing each into a set.
        guard values.count > 32 else {
            var kept: [String] = []
            kept.reserveCapacity(values.count)
            for value in values {
                let length = value.utf8.count
                if !kept.contains(where: { $0.utf8.count == length && $0 == value }) { kept.append(value) }
            }
            return kept
        }
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    private func quoted(_ values: [String]) -> String {
        let shown = values.prefix(8).map { "`\($0)`" }.joined(separator: ", ")
        return values.count > 8 ? shown + " and \(values.count - 8) more" : shown
    }
}

/// `schema-jsonld.keywords` is derived from the gene, chemical and disease lists.
struct KeywordsMismatch: Rule {
    let id = "keywords-mismatch"
    let kind = RuleKind.derived
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

    A mismatch whose cause is an entry with an error or warning of its own (a wrong \
    `hgnc_symbol`, say) is not reported again here: fix the entry, then the keywords.

    ## Fix
    Rewriting the list from the entries is safe: it is derived data. Items that stay \
    keep their lines and quoting; only the lines that change are edited. No fix is \
    offered while an entry whose value it would copy has a finding of its own.

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
        let figure = context.figure
        let genes = distinct(figure.genes.compactMap { $0.symbol?.value })
        let chemicals = distinct(figure.chemicals.compactMap { $0.word?.value })
        let diseases = distinct(figure.diseases.compactMap { $0.word?.value })
        let expected = genes + chemicals + diseases
        if actual == expected || actual == genes || actual == genes + chemicals { return [] }

        // Values of entries with an error or warning of their own: the entry is the cause,
        // and its finding says so; the stale keyword it leaves is no second finding.
        let faulty = faultyValues(figure, findings: context.findings)
        let actualSet = Set(actual), expectedSet = Set(expected)
        var missing = distinct(expected.filter { !actualSet.contains($0) })
        var extra = distinct(actual.filter { !expectedSet.contains($0) })
        if !faulty.isEmpty {
            missing.removeAll { faulty.contains($0) }
            // Each faulty value the keywords lack may account for one keyword (its old value).
            extra.removeFirst(min(extra.count, faulty.filter { !actualSet.contains($0) }.count))
            if missing.isEmpty && extra.isEmpty { return [] }
        }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(quoted(missing))") }
        if !extra.isEmpty { parts.append("not derived from any entry: \(quoted(extra))") }
        if parts.isEmpty { parts.append("the order or repeats differ from genes, then chemicals, then diseases") }
        // Never copy a value that has its own finding into the keywords.
        let copiesFaulty = expected.contains { faulty.contains($0) }
        let fixes = copiesFaulty ? [] : rewrite(list, keyRange: entry.key.range, to: expected, source: context.source).map { [$0] } ?? []
        return [context.diagnostic("schema-jsonld.keywords is out of date: " + parts.joined(separator: "; "),
                                   at: entry.key.range, fixes: fixes)]
    }

    /// The symbols and words of mentions that an error or warning lies in (a finding of
    /// another rule: this one runs after them), except one about a gene ID alone.
    private func faultyValues(_ figure: Figure, findings: [Diagnostic]) -> Set<String> {
        let serious = findings.filter { $0.severity == .error || $0.severity == .warning }
        guard !serious.isEmpty else { return [] }
        var faulty = Set<String>()
        // Each list is in file order: the last mention starting at or before the finding, if it holds it.
        func holder<Mention>(_ mentions: [Mention], _ range: (Mention) -> ByteRange, of finding: ByteRange) -> Mention? {
            var low = 0, high = mentions.count
            while low < high {
                let middle = (low + high) / 2
                if range(mentions[middle]).start <= finding.start { low = middle + 1 } else { high = middle }
            }
            return low > 0 && finding.end <= range(mentions[low - 1]).end ? mentions[low - 1] : nil
        }
        let chemicals = figure.chemicals, diseases = figure.diseases
        for finding in serious {
            if let gene = holder(figure.genes, \.range, of: finding.range) {
                // The keywords copy the symbol, not the gene ID: a finding about the ID alone
                // (`entrez-mismatch`) leaves the symbol sound.
                if let id = gene.geneID?.range, id.start <= finding.range.start, finding.range.end <= id.end { continue }
                if let value = gene.symbol?.value { faulty.insert(value) }
                continue
            }
            let value = holder(chemicals, \.range, of: finding.range)?.word?.value
                ?? holder(diseases, \.range, of: finding.range)?.word?.value
            if let value { faulty.insert(value) }
        }
        return faulty
    }

    private func rewrite(_ list: YAMLSequence, keyRange: ByteRange, to keywords: [String], source: SourceText) -> Fix? {
        let title = "Rewrite keywords from the entries"
        // A keyword that stays keeps its spelling (and, in a block list, its whole line).
        var spelled: [String: String] = [:]
        for item in list.items { if let value = item.scalar?.value, spelled[value] == nil { spelled[value] = source.text(item.range) } }
        func spell(_ keyword: String) -> String { spelled[keyword] ?? YAMLText.scalar(keyword, style: .plain) }
        if list.isFlow || list.items.isEmpty {
            let flow = "[" + keywords.map(spell).joined(separator: ", ") + "]"
            return Fix(title: title, safety: .safe, edits: [TextEdit(range: list.range, newText: flow)])
        }
        guard let first = BlockEdits.itemLines(of: list.items[0], in: source),
              let last = BlockEdits.itemLines(of: list.items[list.items.count - 1], in: source) else { return nil }
        let indent = String(decoding: source.bytes[first.start..<list.items[0].range.start].prefix { $0 == 0x20 },
                            as: UTF8.self)
        let lineBreak = BlockEdits.lineBreak(in: source)
        var lines: [String: String] = [:]
        for item in list.items {
            guard let value = item.scalar?.value, lines[value] == nil, let range = BlockEdits.itemLines(of: item, in: source) else {
                continue
            }
            let line = source.text(range)
            lines[value] = line.hasSuffix("\n") || line.hasSuffix("\r") ? line : line + lineBreak
        }
        var text = keywords.map { lines[$0] ?? indent + "- " + spell($0) + lineBreak }.joined()
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
        return Fix(title: title, safety: .safe,
                   edits: [BlockEdits.changedLines(of: ByteRange(first.start, last.end), to: text, in: source)])
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

/// Hover text for the value under the cursor:
///
/// - a `genes` entry's `hgnc_symbol`, `symbol`, `word`: the HGNC entries it names
///   (approved symbol, name, HGNC ID, Entrez ID, locus type, aliases, previous symbols,
///   a genenames.org link); `entrez`: the approved gene with that ID;
/// - a `chemicals`/`diseases` `identifier`: the MeSH concept (label, kind, category and
///   tree numbers, mapped headings with their labels);
/// - a key of the front matter or of an entry: what the field means;
/// - on a value of a `genes`/`chemicals`/`diseases` entry, also the findings of the
///   rules on that entry (the other gene, the word list, the MeSH label), as the editor's
///   diagnostics say them, so the evidence is where the curator looks; on a `genes`
///   entry, the `false-match` candidates, their evidence and the decision.
///
/// Like completion, it reads the lines around the cursor, so it works in a document that
/// does not parse.
public enum Hover {
    /// Markdown for the scalar at `offset` and its range, or nil.
    public static func hover(_ document: AnnotationDocument, at offset: Int, reference: ReferenceSnapshot,
                             findings: [Diagnostic] = []) -> (markdown: String, range: ByteRange)? {
        if document.kind == .tsv { return TableEditor.hover(document, at: offset, reference: reference) }
        guard let context = EditorContext(document, at: offset) else { return nil }
        switch context.place {
        case .key(_, let range, _):
            // Only a whole key (`offset` anywhere in it) describes a field.
            guard let key = keyText(context, range: range), let spec = context.fieldSpec(key.text) else { return nil }
            return ("`\(spec.name)`: \(spec.description)", key.range)
        case .value(let key, _, let field):
            let value = field.value.trimmingBlanks
            guard !value.isEmpty, field.valueRange.start <= offset, offset <= field.valueRange.end else { return nil }
            let markdown: String?
            switch context.fieldSpec(key)?.valueKind {
            case let kind? where kind == .approvedGeneSymbol || kind == .geneText:
                markdown = geneMarkdown(for: value, kind: kind, reference: reference).map { $0 + EditorMarkdown.asOf("hgnc", reference) }
            case .geneID?:
                markdown = (reference.hgnc.approved(entrez: value).map { EditorMarkdown.gene($0, hgnc: reference.hgnc) }
                    ?? "No approved HGNC gene has Entrez ID \(EditorMarkdown.escape(value)).") + EditorMarkdown.asOf("hgnc", reference)
            case .meshID?:
                markdown = (reference.mesh.concept(id: value).map { EditorMarkdown.mesh($0, mesh: reference.mesh) }
                    ?? (MeSHIndex.isWellFormedID(value) ? "\(EditorMarkdown.escape(value)) is not in the MeSH snapshot." : nil))
                    .map { $0 + EditorMarkdown.asOf("mesh", reference) }
            default:
                markdown = nil
            }
            let notes = entryFindings(findings, context: context)
            let decision = context.section == .genes ? disambiguation(document, at: offset, reference: reference) : nil
            guard markdown != nil || notes != nil || decision != nil else { return nil }
            return ([markdown, decision, notes].compactMap { $0 }.joined(separator: "\n\n---\n\n"),
                    field.valueRange)
        }
    }

    /// The candidates, evidence and decision of the `genes` entry holding `offset`, when the
    /// front matter parses.
    private static func disambiguation(_ document: AnnotationDocument, at offset: Int, reference: ReferenceSnapshot) -> String? {
        guard let annotation = document.annotation, annotation.layout == .frontMatterLists,
              let gene = annotation.genes.first(where: { $0.node.range.start <= offset && offset <= BlockEdits.contentEnd(of: .mapping($0.node)) }),
              let mention = FalseMatch.mention(of: gene) else { return nil }
        let figure = FalseMatch.figure(annotation, genes: annotation.genes.compactMap(FalseMatch.mention(of:)), reference: reference)
        return DisambiguationMarkdown.gene(mention, in: figure, reference: reference)
    }

    /// The findings whose range starts on a line of the entry under the cursor, as Markdown.
    private static func entryFindings(_ findings: [Diagnostic], context: EditorContext) -> String? {
        guard let entry = context.entry else { return nil }
        let lines = entry.firstLine...entry.lastLine
        let notes = findings.filter { lines.contains(context.source.line(containing: $0.range.start)) }.map {
            "**\($0.severity.rawValue)** `\($0.ruleID)`: \($0.message)"
        }
        return notes.isEmpty ? nil : notes.joined(separator: "\n\n")
    }

    /// The key under the cursor when the cursor is on a `key:` (the key place stops at the colon).
    private static func keyText(_ context: EditorContext, range: ByteRange) -> (text: String, range: ByteRange)? {
        guard !range.isEmpty else { return nil }
        return (context.source.text(range), range)
    }

    /// The HGNC entries a symbol names, best first: for an approved symbol the gene it
    /// is; for text the lexicon matched every gene it is a symbol, alias or previous
    /// symbol of.
    static func geneMarkdown(for text: String, kind: FieldValueKind, reference: ReferenceSnapshot) -> String? {
        let hgnc = reference.hgnc
        let matches = hgnc.matches(for: text)
        guard !matches.isEmpty else { return "`\(text.replacingAll("`", with: "'"))` is not an HGNC symbol, alias or previous symbol." }
        var sections: [String] = []
        var seen: Set<String> = []
        for match in matches where seen.insert(match.hgncNumber).inserted {
            guard let record = hgnc.record(number: match.hgncNumber) else { continue }
            let claim: String
            switch match.claim {
            case .approved: claim = ""
            case .alias: claim = "`\(match.text)` is an alias of \(record.symbol)\n\n"
            case .previous: claim = "`\(match.text)` is a previous symbol of \(record.symbol)\n\n"
            case .withdrawn: claim = "`\(match.text)` is a withdrawn HGNC symbol\n\n"
            }
            sections.append(claim + EditorMarkdown.gene(record, hgnc: hgnc))
            if kind == .approvedGeneSymbol && match.claim == .approved { break }  // the gene it is
            if sections.count == 5 { break }
        }
        return sections.joined(separator: "\n\n---\n\n")
    }
}

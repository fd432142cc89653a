/// The fields every figure file has, and the keys every gene and MeSH entry has.
struct RequiredField: Rule {
    let id = "required-field"
    let defaultSeverity = Severity.error
    let summary = "A field every annotation file (or every gene/chemical/disease entry) has is missing."
    let documentation = """
    ## What it checks
    That the front matter is a mapping with `figid`, `pmcid`, `filename` and `figlink`, \
    and, in the layout that lists genes in the front matter, `genes`. Every `genes` \
    entry needs `word`, `symbol`, `source`, `hgnc_symbol` and `entrez`; every \
    `chemicals`/`diseases` entry needs `word`, `source` and `identifier` (empty strings \
    are allowed for an unmapped term). A file in the current layout (`organisms_ner`, \
    no `genes`) keeps its lists in `_data/` and needs no `genes`.

    ## Why it matters
    The PFOCR site and the data exports key every figure by `figid` and join genes by \
    `entrez`: an entry without them is dropped or, worse, joined to the wrong record.

    ## Example
    ```yaml
    genes:
    - word: MEK1
      symbol: MEK1
      source: hgnc_alias_symbol
      hgnc_symbol: MAP2K1
    ```

    ## Correct
    ```yaml
    genes:
    - word: MEK1
      symbol: MEK1
      source: hgnc_alias_symbol
      hgnc_symbol: MAP2K1
      entrez: '5604'
    ```

    ## Fix
    None: the value has to come from the figure or the reference data.

    ## Curation action
    Fill the field in (for a gene, `pathlint explain entrez-mismatch` shows how to find \
    the Entrez ID), or delete an entry that is not in the figure.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let root = context.document.root else { return [] }
        guard case .mapping(let mapping) = root else {
            return [context.diagnostic("the front matter must be a mapping of fields, not \(root.kindDescription)",
                                       at: root.range)]
        }
        let layout = context.annotation?.layout ?? .frontMatterLists
        var diagnostics: [Diagnostic] = []
        let missingAt = headerRange(of: mapping, in: context)
        for name in layout == .frontMatterLists ? RequiredField.requiredInLists : RequiredField.requiredInSidecars {
            if mapping.entry(name) == nil {
                diagnostics.append(context.diagnostic("missing required field `\(name)`", at: missingAt))
            }
        }
        for (listName, fields) in [("genes", RequiredField.geneFields), ("chemicals", RequiredField.meshFields),
                                   ("diseases", RequiredField.meshFields)] {
            guard case .sequence(let list)? = mapping[listName] else { continue }
            for (index, item) in list.items.enumerated() {
                guard case .mapping(let entry) = item else { continue }
                // Every entry usually has every field: only build the list when one is missing.
                guard fields.contains(where: { entry.entry($0) == nil }) else { continue }
                let missing = fields.filter { entry.entry($0) == nil }.map { "`\($0)`" }
                if !missing.isEmpty {
                    let noun = missing.count == 1 ? "field" : "fields"
                    diagnostics.append(context.diagnostic(
                        "\(listName) entry \(index + 1) is missing \(noun) \(missing.joined(separator: ", "))",
                        at: firstKeyRange(of: entry)))
                }
            }
        }
        return diagnostics
    }

    /// Where to report a field missing from the whole front matter: the opening `---`.
    /// The schema's names, taken out once: copying each `FieldSpec` per file and per
    /// entry retained its strings and set, shared by every thread.
    private static let requiredInLists = FrontMatterSchema.figureFields
        .filter { $0.requiredIn.contains(.frontMatterLists) }.map(\.name)
    private static let requiredInSidecars = FrontMatterSchema.figureFields
        .filter { $0.requiredIn.contains(.sidecarTables) }.map(\.name)
    private static let geneFields = FrontMatterSchema.geneFields.map(\.name)
    private static let meshFields = FrontMatterSchema.meshFields.map(\.name)

    private func headerRange(of mapping: YAMLMapping, in context: RuleContext) -> ByteRange {
        if case .success(let frontMatter) = context.document.frontMatter, let opening = frontMatter.openingDelimiter {
            return opening
        }
        return firstKeyRange(of: mapping)
    }

    private func firstKeyRange(of mapping: YAMLMapping) -> ByteRange {
        mapping.entries.first?.key.range ?? ByteRange(mapping.range.start, mapping.range.start)
    }
}

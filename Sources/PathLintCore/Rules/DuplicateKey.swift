/// A mapping must not repeat a key.
struct DuplicateKey: Rule {
    let id = "duplicate-key"
    let defaultSeverity = Severity.error
    let summary = "A mapping has the same key twice; loaders silently keep only one value."
    let documentation = """
    ## What it checks
    Every mapping in the front matter, at any depth (figure metadata, each gene entry, \
    `schema-jsonld`), for a key that appears more than once. Each repeat is reported at \
    its key, naming the line of the first occurrence.

    ## Why it matters
    YAML loaders keep one of the values (PyYAML and pathlint keep the last) without a \
    word: the other value is lost, often a curator's correction.

    ## Example
    ```yaml
    - word: MEK1
      hgnc_symbol: MAP2K1
      hgnc_symbol: MAP2K2
    ```

    ## Correct
    ```yaml
    - word: MEK1
      hgnc_symbol: MAP2K1
    ```

    ## Fix
    None: which value is right needs a curator.

    ## Curation action
    Keep the value the figure supports and delete the other line.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let root = context.document.root else { return [] }
        var diagnostics: [Diagnostic] = []
        var pending: [YAMLNode] = [root]
        while let node = pending.popLast() {
            switch node {
            case .mapping(let mapping):
                var firstSeen: [String: ByteRange] = [:]
                for entry in mapping.entries {
                    pending.append(entry.value)
                    guard let key = entry.keyText else { continue }
                    if let first = firstSeen[key] {
                        let line = context.source.location(of: first.start).line + 1
                        diagnostics.append(context.diagnostic("duplicate key `\(key)` (first on line \(line))",
                                                              at: entry.key.range))
                    } else {
                        firstSeen[key] = entry.key.range
                    }
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence.items)
            case .scalar, .alias:
                break
            }
        }
        return diagnostics
    }
}

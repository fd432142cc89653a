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
        // The parser notes whether any mapping repeats a key; nearly no file does.
        guard let root = context.document.root, context.document.yaml?.mayContainDuplicateKeys ?? true else { return [] }
        var diagnostics: [Diagnostic] = []
        visit(root, context, &diagnostics)
        return diagnostics
    }

    /// Each mapping, then its children last to first (recursion visits the nodes in place;
    /// the parser caps the depth).
    private func visit(_ node: YAMLNode, _ context: RuleContext, _ diagnostics: inout [Diagnostic]) {
        switch node {
        case .mapping(let mapping):
            let entries = mapping.entries
            if entries.count > 16 {
                // Large mappings (a hostile file) are hashed to stay linear.
                var firstSeen: [String: ByteRange] = [:]
                for entry in entries {
                    guard let key = entry.keyText else { continue }
                    if let first = firstSeen[key] {
                        report(key, at: entry.key.range, first: first, context, &diagnostics)
                    } else {
                        firstSeen[key] = entry.key.range
                    }
                }
            } else {
                // Most mappings are small (a gene entry has five keys): compare with the
                // earlier keys in place, lengths first, and allocate nothing.
                for index in entries.indices {
                    guard case .scalar(let key) = entries[index].key else { continue }
                    let length = key.value.utf8.count
                    for earlier in 0..<index {
                        if case .scalar(let other) = entries[earlier].key, other.value.utf8.count == length,
                           other.value == key.value {
                            report(key.value, at: key.range, first: other.range, context, &diagnostics)
                            break
                        }
                    }
                }
            }
            for entry in entries.reversed() { visit(entry.value, context, &diagnostics) }
        case .sequence(let sequence):
            for item in sequence.items.reversed() { visit(item, context, &diagnostics) }
        case .scalar, .alias:
            break
        }
    }

    private func report(_ key: String, at range: ByteRange, first: ByteRange, _ context: RuleContext,
                        _ diagnostics: inout [Diagnostic]) {
        let line = context.source.location(of: first.start).line + 1
        diagnostics.append(context.diagnostic("duplicate key `\(key)` (first on line \(line))", at: range))
    }
}

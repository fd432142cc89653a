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
                // Most mappings are small (a gene entry has five keys): a linear search beats
                // hashing there; large ones (a hostile file) are hashed to stay linear.
                var firstSeen = SeenKeys(hashed: mapping.entries.count > 16)
                for entry in mapping.entries {
                    pending.append(entry.value)
                    guard let key = entry.keyText else { continue }
                    if let first = firstSeen.first(key) {
                        let line = context.source.location(of: first.start).line + 1
                        diagnostics.append(context.diagnostic("duplicate key `\(key)` (first on line \(line))",
                                                              at: entry.key.range))
                    } else {
                        firstSeen.insert(key, entry.key.range)
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

/// The keys of one mapping seen so far: a short list, or a dictionary for big mappings.
private struct SeenKeys {
    private var list: [(key: String, range: ByteRange)] = []
    private var table: [String: ByteRange]?

    init(hashed: Bool) { table = hashed ? [:] : nil }

    func first(_ key: String) -> ByteRange? {
        if let table { return table[key] }
        return list.first { $0.key == key }?.range
    }

    mutating func insert(_ key: String, _ range: ByteRange) {
        if table != nil { table![key] = range } else { list.append((key, range)) }
    }
}

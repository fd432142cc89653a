/// Every field has the shape the format gives it.
struct FieldType: Rule {
    let id = "field-type"
    let defaultSeverity = Severity.error
    let summary = "A field has the wrong YAML type (a list where a string belongs, an unquoted number, an alias)."
    let documentation = """
    ## What it checks
    Each known field against the shape the format uses: text fields are scalars, \
    `organisms` is a string or a list of strings, `genes`/`chemicals`/`diseases` are \
    lists of mappings, `schema-jsonld` is a mapping, `pathway_score` is a number. \
    `year` and a gene's `entrez` are quoted strings: `entrez: 5604` reads as an integer \
    and loses leading zeros in some tools, so it is reported (as a warning) with a fix. \
    YAML aliases (`*name`), tags (`!!int`, `!!python/object/apply:…`, `!custom`) and \
    complex keys (a list or a mapping as a key) are not part of the format and are \
    reported wherever they appear.

    ## Why it matters
    Downstream code indexes these fields by type; a list where a string belongs breaks \
    the site build, and an unquoted `year: 2001` compares unequal to `'2001'`. A tag \
    changes how other tools load the value: `!!python/object/apply:` runs code in \
    PyYAML's unsafe loader, and pathlint reads every tagged value as untagged text.

    ## Example
    ```yaml
    year: 2001
    genes:
    - word: MEK1
      entrez: 5604
    ```

    ## Correct
    ```yaml
    year: '2001'
    genes:
    - word: MEK1
      entrez: '5604'
    ```

    ## Fix
    Quoting a plain number is safe: the text stays the same, only its YAML type changes.

    ## Curation action
    For a structural error, compare with a correct file; nothing in the figure needs checking.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard case .mapping(let root)? = context.document.root else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in root.entries {
            guard let name = entry.keyText, let shape = FieldType.figureShapes[name] else { continue }
            check(entry.value, against: shape, path: name, context, &diagnostics)
        }
        if context.document.yaml?.mayContainAliases ?? true {
            reportAliases(in: .mapping(root), context, &diagnostics)
        }
        for tag in context.document.yaml?.tags ?? [] {
            diagnostics.append(context.diagnostic(
                "YAML tag `\(tag.text)` is not part of the format: pathlint reads the value without it, other tools may not",
                at: tag.range))
        }
        for key in context.document.yaml?.complexKeys ?? [] {
            diagnostics.append(context.diagnostic(
                "a key must be a string, not a list or a mapping (a YAML complex key)", at: key))
        }
        return diagnostics
    }

    private func check(_ node: YAMLNode, against shape: FieldShape, path: @autoclosure () -> String, _ context: RuleContext,
                       _ diagnostics: inout [Diagnostic]) {
        if case .alias = node { return }  // reported once by reportAliases
        switch shape {
        case .text(let quoted):
            guard case .scalar(let scalar) = node else {
                diagnostics.append(context.diagnostic("`\(path())` must be a string, not \(node.kindDescription)",
                                                      at: node.range))
                return
            }
            if quoted, scalar.style == .plain, case let type = PlainScalarType(scalar), type == .integer || type == .float {
                var diagnostic = context.diagnostic(
                    "`\(path())` must be a quoted string: `\(scalar.value)` reads as a number",
                    at: scalar.range,
                    fixes: [.replace(scalar.range, with: scalar.value, style: .singleQuoted,
                                     title: "Quote `\(scalar.value)`", safety: .safe)])
                diagnostic.severity = .warning
                diagnostics.append(diagnostic)
            }
        case .number:
            guard case .scalar(let scalar) = node, case let type = PlainScalarType(scalar),
                  type == .integer || type == .float || type == .null || isNumberText(scalar.value) else {
                diagnostics.append(context.diagnostic("`\(path())` must be a number, not \(describe(node))", at: node.range))
                return
            }
        case .textOrTextList:
            switch node {
            case .scalar: break
            case .sequence(let list):
                for (index, item) in list.items.enumerated() {
                    check(item, against: .text(quoted: false), path: "\(path())[\(index + 1)]", context, &diagnostics)
                }
            default:
                diagnostics.append(context.diagnostic(
                    "`\(path())` must be a string or a list of strings, not \(node.kindDescription)", at: node.range))
            }
        case .textList:
            guard case .sequence(let list) = node else {
                diagnostics.append(context.diagnostic("`\(path())` must be a list of strings, not \(describe(node))",
                                                      at: node.range))
                return
            }
            for (index, item) in list.items.enumerated() {
                check(item, against: .text(quoted: false), path: "\(path())[\(index + 1)]", context, &diagnostics)
            }
        case .mapping:
            if node.mapping == nil {
                diagnostics.append(context.diagnostic("`\(path())` must be a mapping, not \(describe(node))", at: node.range))
            }
        case .list:
            if node.sequence == nil {
                diagnostics.append(context.diagnostic("`\(path())` must be a list, not \(describe(node))", at: node.range))
            }
        case .geneList, .meshList:
            guard case .sequence(let list) = node else {
                diagnostics.append(context.diagnostic("`\(path())` must be a list of entries, not \(describe(node))",
                                                      at: node.range))
                return
            }
            let fields = shape == .geneList ? FieldType.geneShapes : FieldType.meshShapes
            for (index, item) in list.items.enumerated() {
                guard case .mapping(let entry) = item else {
                    if case .alias = item { continue }
                    diagnostics.append(context.diagnostic(
                        "`\(path())` entry \(index + 1) must be a mapping with \(fields.map { "`\($0.name)`" }.joined(separator: ", ")), not \(describe(item))",
                        at: item.range))
                    continue
                }
                for field in fields {
                    guard let value = entry[field.name] else { continue }
                    check(value, against: field.shape, path: "\(path())[\(index + 1)].\(field.name)", context, &diagnostics)
                }
            }
        }
    }

    private func reportAliases(in root: YAMLNode, _ context: RuleContext, _ diagnostics: inout [Diagnostic]) {
        // Recursion (depth is capped by the parser) visits the nodes in place; a work list
        // copied every node of the file.
        switch root {
        case .alias(let alias):
            diagnostics.append(context.diagnostic(
                "YAML alias `*\(alias.name)` is not allowed in annotation files; write the value out", at: alias.range))
        case .mapping(let mapping):
            for entry in mapping.entries.reversed() {
                reportAliases(in: entry.value, context, &diagnostics)
                reportAliases(in: entry.key, context, &diagnostics)
            }
        case .sequence(let sequence):
            for item in sequence.items.reversed() { reportAliases(in: item, context, &diagnostics) }
        case .scalar:
            break
        }
    }

    /// The schema's shapes without the rest of each `FieldSpec`: copying a spec per gene
    /// field retained its strings and set, shared by every thread.
    private static let figureShapes: [String: FieldShape] = {
        var shapes: [String: FieldShape] = [:]
        for field in FrontMatterSchema.figureFields where shapes[field.name] == nil { shapes[field.name] = field.shape }
        return shapes
    }()
    private static let geneShapes = FrontMatterSchema.geneFields.map { (name: $0.name, shape: $0.shape) }
    private static let meshShapes = FrontMatterSchema.meshFields.map { (name: $0.name, shape: $0.shape) }

    private func describe(_ node: YAMLNode) -> String {
        if case .scalar(let scalar) = node, !scalar.isNull { return "`\(scalar.value)`" }
        return node.kindDescription
    }

    private func isNumberText(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E") }
    }
}

/// A top-level key the format does not have.
struct UnknownField: Rule {
    let id = "unknown-field"
    let defaultSeverity = Severity.warning
    let summary = "A top-level key that is not a field of the format (a misspelt `figlnik`, a stray key)."
    let documentation = """
    ## What it checks
    That every top-level key of the front matter is a field of the format (the table \
    `pathlint schema` prints: `figid`, `caption`, `genes`, `organisms_ner`, `wpid`, …). \
    When a known field is one edit away, the message names it.

    ## Why it matters
    A misspelt field is as good as missing for the site and the data exports, and the \
    right one may be missing without `required-field` noticing (`caption` is optional). \
    A key nobody reads is data that looks curated and is not.

    ## Example
    ```yaml
    figid: PMC199174__JCI0110934.f9
    captoin: Models for the function of Ser307 phosphorylation.
    ```

    ## Correct
    ```yaml
    figid: PMC199174__JCI0110934.f9
    caption: Models for the function of Ser307 phosphorylation.
    ```

    ## Fix
    None: whether to rename the key or delete it is a curator's call.

    ## Curation action
    Rename a misspelt key to the field it meant; move a note to the Markdown body.

    ## Data
    The format's field table (`FrontMatterSchema`).
    """

    private static let known = Set(FrontMatterSchema.figureFields.map(\.name))

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard case .mapping(let root)? = context.document.root else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in root.entries {
            guard let name = entry.keyText, !UnknownField.known.contains(name) else { continue }
            var message = "`\(name)` is not a field of the format"
            if let near = UnknownField.nearest(to: name) { message += "; did you mean `\(near)`?" }
            diagnostics.append(context.diagnostic(message + CharacterNames.containsClause(name), at: entry.key.range))
        }
        return diagnostics
    }

    /// The known field one edit (insertion, deletion, substitution, swap) away, if one is.
    static func nearest(to name: String) -> String? {
        let typed = Array(name.lowercased().unicodeScalars)
        return FrontMatterSchema.figureFields.map(\.name).first { isOneEditAway(typed, Array($0.unicodeScalars)) }
    }

    private static func isOneEditAway(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var i = 0
        while i < min(a.count, b.count) && a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        return a.count < b.count ? a[i...] == b[(i + 1)...] : a[(i + 1)...] == b[i...]
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// `schema-jsonld.description` is a copy of `caption`.
struct DescriptionMismatch: Rule {
    let id = "description-mismatch"
    let defaultSeverity = Severity.warning
    let summary = "`schema-jsonld.description` differs from `caption`, which it is copied from."
    let documentation = """
    ## What it checks
    That `schema-jsonld.description` equals `caption`. Curation rewrote captions without \
    touching `schema-jsonld`, so the two drift apart.

    ## Why it matters
    The description is what search engines show for the figure: it keeps the text the \
    curator corrected.

    ## Example
    ```yaml
    caption: Models for the function of Ser307 phosphorylation.
    schema-jsonld:
      description: Models for the function of Ser307 phosphorylaton.
    ```

    ## Correct
    ```yaml
    schema-jsonld:
      description: Models for the function of Ser307 phosphorylation.
    ```

    ## Fix
    Copying `caption` into `description` is safe: the caption is the curated text. \
    The copy is written on one line (quoted when YAML needs it).

    ## Curation action
    None.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation, let caption = annotation.caption,
              let description = annotation.schemaJSONLD.flatMap({ Annotation.text($0["description"]) }),
              // Byte equality: the copy is verbatim, and it is much cheaper than String's
              // canonical-equivalence comparison on long captions.
              !sameBytes(description.value, caption.value) else { return [] }
        let style: ScalarStyle = caption.value.contains("'") ? .doubleQuoted : .plain
        return [context.diagnostic(
            "schema-jsonld.description differs from caption (first difference at character \(firstDifference(description.value, caption.value) + 1))",
            at: description.range,
            fixes: [.replace(description.range, with: caption.value, style: style, title: "Copy caption into description",
                             safety: .safe)])]
    }

    private func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in left.count == right.count && (left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0) }
        }
    }

    private func firstDifference(_ lhs: String, _ rhs: String) -> Int {
        zip(lhs, rhs).prefix { $0 == $1 }.count
    }
}

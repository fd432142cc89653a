/// `figid`, `figlink`, `@id`, `figid_alias` and `redirect_from` derive from `pmcid`,
/// `filename` and `number`.
struct FigureIdentityMismatch: Rule {
    let id = "figure-id-mismatch"
    let defaultSeverity = Severity.warning
    let summary = "`figid`, `figlink`, `@id`, `figid_alias` or `redirect_from` disagrees with what it derives from."
    let documentation = """
    ## What it checks
    The derivations that hold across the PFOCR corpus:
    - `figid` = `<pmcid>__<filename without extension>`;
    - `figlink` starts with `/pmc/articles/<pmcid>/figure/`;
    - `schema-jsonld.@id` = `https://pfocr.wikipathways.org/figures/<figid>.html`;
    - `figid_alias` = `<pmcid>__<number>` (where present);
    - `redirect_from` = `/figures/<figid_alias>`.

    ## Why it matters
    These fields build the figure's URLs: a disagreement gives a dead link on the PFOCR \
    site or a page that redirects to another figure.

    ## Example
    ```yaml
    figid: PMC199174__JCI0110934.f9
    figlink: pmc/articles/PMC199174/figure/F9/
    ```

    ## Correct
    ```yaml
    figlink: /pmc/articles/PMC199174/figure/F9/
    ```

    ## Fix
    Safe for `@id`, `redirect_from` and a `figlink` that only lacks its leading `/` (each \
    is a pure function of fields that agree with each other); unsafe for `figid` and \
    `figid_alias`, because the field they derive from may be the wrong one.

    ## Curation action
    For `figid`, compare with the file name and the PMC figure page.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let annotation = context.annotation, let pmcid = annotation.pmcid?.value else { return [] }
        var diagnostics: [Diagnostic] = []
        func report(_ field: Located<String>, _ name: String, expected: String, safety: Fix.Safety) {
            guard field.value != expected else { return }
            diagnostics.append(context.diagnostic(
                "\(name) `\(field.value)` should be `\(expected)`", at: field.range,
                fixes: [.replace(field.range, with: expected, title: "Set \(name) to \(expected)", safety: safety)]))
        }
        if let figid = annotation.figid, let filename = annotation.filename?.value {
            report(figid, "figid", expected: "\(pmcid)__\(stem(filename))", safety: .unsafe)
        }
        if let figlink = annotation.figlink {
            let prefix = "/pmc/articles/\(pmcid)/figure/"
            if !figlink.value.hasPrefix(prefix) {
                if ("/" + figlink.value).hasPrefix(prefix) {
                    report(figlink, "figlink", expected: "/" + figlink.value, safety: .safe)
                } else {
                    diagnostics.append(context.diagnostic(
                        "figlink `\(figlink.value)` should start with `\(prefix)`", at: figlink.range))
                }
            }
        }
        if let figid = annotation.figid?.value,
           let atID = annotation.schemaJSONLD.flatMap({ Annotation.text($0["@id"]) }) {
            report(atID, "schema-jsonld.@id", expected: "https://pfocr.wikipathways.org/figures/\(figid).html", safety: .safe)
        }
        if let alias = annotation.figidAlias {
            if let number = annotation.number?.value, !number.isEmpty {
                report(alias, "figid_alias", expected: "\(pmcid)__\(number)", safety: .unsafe)
            }
            if let redirect = annotation.redirectFrom {
                report(redirect, "redirect_from", expected: "/figures/\(alias.value)", safety: .safe)
            }
        }
        return diagnostics
    }

    private func stem(_ filename: String) -> String {
        guard let dot = filename.lastIndex(of: "."), dot != filename.startIndex else { return filename }
        return String(filename[..<dot])
    }
}

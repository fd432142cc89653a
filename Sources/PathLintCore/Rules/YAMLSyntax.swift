/// The front matter must be YAML that libyaml can read, in valid UTF-8.
struct YAMLSyntax: Rule {
    let id = "yaml-syntax"
    let defaultSeverity = Severity.error
    let summary = "The front matter is not valid YAML (or not valid UTF-8)."
    let documentation = """
    ## What it checks
    That the front matter parses as one YAML document, in valid UTF-8, nested at most \
    \(YAMLParser.maximumDepth) levels deep. The diagnostic points at the character where \
    libyaml stopped.

    ## Why it matters
    A file that does not parse is skipped by every tool downstream (the PFOCR site build, \
    data exports): its figure silently disappears.

    ## Example
    ```yaml
    caption: Activation of AKT: the first step
    ```

    ## Correct
    ```yaml
    caption: 'Activation of AKT: the first step'
    ```

    ## Fix
    None: the right repair depends on what was meant.

    ## Curation action
    Look at the line named; quote values that contain `: ` or start with a YAML indicator.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let error = context.document.yaml?.error else { return [] }
        let prefix = switch error.kind {
        case .syntax: "YAML syntax error: "
        case .encoding: ""
        case .tooDeep: ""
        }
        return [context.diagnostic(prefix + error.message, at: error.range)]
    }
}

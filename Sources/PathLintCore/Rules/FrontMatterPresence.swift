/// A Markdown annotation file must start with front matter between `---` lines.
struct FrontMatterPresence: Rule {
    let id = "front-matter"
    let defaultSeverity = Severity.error
    let summary = "The file has no front matter, an unterminated one, or an empty one."
    let documentation = """
    ## What it checks
    That a Markdown file's first line is `---`, that a later line closes the front matter \
    with `---` or `...`, and that something is between them. A `.yaml`/`.yml` file must \
    not be empty.

    ## Why it matters
    Without front matter the file has no annotation at all; without a closing line the \
    whole Markdown body would be read as YAML.

    ## Example
    ```markdown
    ---
    figid: PMC199174__JCI0110934.f9
    (no closing line)
    ```

    ## Correct
    ```markdown
    ---
    figid: PMC199174__JCI0110934.f9
    ---
    ```

    ## Fix
    None.

    ## Curation action
    Restore the delimiters; compare with a neighbouring figure file.

    ## Data
    None.
    """

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard case .failure(let problem) = context.document.frontMatter else { return [] }
        switch problem {
        case .missing(let range):
            return [context.diagnostic("no front matter: the first line must be `---`", at: range)]
        case .unterminated(let range):
            return [context.diagnostic("front matter is not closed: no later line is `---` or `...`", at: range)]
        case .empty(let range):
            return [context.diagnostic("front matter is empty", at: range)]
        }
    }
}

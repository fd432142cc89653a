/// `# pathlint: disable…` comments that do nothing. A `RuleKind.suppressionReport` rule:
/// the findings come from `Linter` (`Suppressions.apply`), which alone knows what each
/// comment suppressed; this type registers the id, severity and documentation.
struct UnusedSuppression: Rule {
    let id = Suppressions.ruleID
    let kind = RuleKind.suppressionReport
    let defaultSeverity = Severity.warning
    let summary = "A `# pathlint: disable…` comment names an unknown rule or (with --report-unused-suppressions) suppresses nothing."
    let documentation = """
    ## What it checks
    Suppression comments in the front matter. pathlint understands three, each followed \
    by rule ids separated by commas (`all` stands for every rule but this one; free text \
    may follow the list):

    - `# pathlint: disable=RULE,…` at the end of a line: findings that start on that line;
    - `# pathlint: disable-next-line=RULE,…` on its own line: findings that start on the next line;
    - `# pathlint: disable-file=RULE,…` anywhere in the front matter: the whole file.

    A `#` is a comment only outside every scalar: `word: 'a # pathlint: disable=x'` and a \
    `#` inside a block scalar are text. (In a plain scalar, YAML itself ends the value at \
    a blank followed by `#`: in `caption: see #3` the caption is `see` and `#3` is a comment.)

    This rule reports, at the rule name:
    - always: a name that is no rule (`unknown rule`), and a comment that starts with \
    `pathlint:` but is no directive (`# pathlint: disable` without `=`, `enable=…`);
    - with `--report-unused-suppressions` (`LintConfiguration.reportUnusedSuppressions`): \
    a name that suppressed no finding. Names of rules that did not run (not selected, \
    ignored) are never reported as unused.

    The linter produces these findings while it applies the suppressions; the rule's own \
    check finds nothing. Only a suppression naming `unused-suppression` explicitly (not \
    `all`) silences them, and such a name is never itself reported as unused.

    ## Why it matters
    A suppression that no longer suppresses anything hides the next real finding on its \
    line; a misspelt rule name suppresses nothing while looking as if it did.

    ## Example
    ```yaml
      entrez: '5604'  # pathlint: disable=entrez-mismatch
      word: MEK1  # pathlint: disable=entrez-mismatc
    ```

    ## Correct
    ```yaml
      entrez: '5604'
      word: MEK1
    ```

    ## Fix
    Safe: when every name in a comment is reported, the comment goes, with the blanks \
    before it (the whole line when the comment is alone on it); otherwise only the \
    reported name goes, with its comma. Malformed directives have no fix.

    ## Curation action
    Remove the suppression, or correct the rule name (`pathlint rules` lists them).

    ## Data
    None.
    """

}

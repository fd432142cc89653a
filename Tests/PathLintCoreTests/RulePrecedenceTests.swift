import Testing
@testable import PathLintCore

/// One mistake, one finding: where two rules report the same mention, the linter keeps
/// the finding of the rule `RuleRegistry.precedence` declares stronger.
@Suite struct RulePrecedenceTests {
    /// `ADP` reached WDTC1 only as an alias: both `not-a-gene-word` and `false-match` see it.
    func text(comment: String = "") -> String {
        markdown(Fixture.genes("- word: ADP\(comment)\n  symbol: ADP\n  source: hgnc_alias_symbol\n  hgnc_symbol: WDTC1\n  entrez: '23038'\n"))
    }

    func lint(_ text: String, _ configuration: LintConfiguration = LintConfiguration()) -> [String] {
        Linter(reference: Fixture.reference, configuration: configuration).lint(path: "PMC199174__JCI0110934.f9.md", text: text)
            .filter { ["not-a-gene-word", "false-match"].contains($0.ruleID) }.map(\.ruleID)
    }

    @Test func theStrongerRuleKeepsTheMention() {
        #expect(lint(text()) == ["not-a-gene-word"])
        // Alone, the weaker rule reports it.
        #expect(lint(text(), LintConfiguration(select: ["false-match"])) == ["false-match"])
    }

    @Test func aSuppressedOrMilderStrongerFindingHidesNothing() {
        #expect(lint(text(comment: "  # pathlint: disable=not-a-gene-word")) == ["false-match"])
        #expect(lint(text(), LintConfiguration(severityOverrides: ["not-a-gene-word": .info])) == ["not-a-gene-word", "false-match"]
                || lint(text(), LintConfiguration(severityOverrides: ["not-a-gene-word": .info])) == ["false-match", "not-a-gene-word"])
    }

    @Test func findingsOnOtherMentionsStay() {
        let two = markdown(Fixture.genes(
            "- word: ADP\n  symbol: ADP\n  source: hgnc_alias_symbol\n  hgnc_symbol: WDTC1\n  entrez: '23038'\n"
                + "- word: TAK1\n  symbol: TAK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: NR2C2\n  entrez: '7182'\n"
                + "- word: MKK3\n  symbol: MKK3\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K3\n  entrez: '5606'\n"
                + "- word: MKK6\n  symbol: MKK6\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K6\n  entrez: '5608'\n"))
        #expect(lint(two).sorted() == ["false-match", "not-a-gene-word"])
    }

    @Test func everyDeclaredPairNamesRulesAndIsExplained() {
        let ids = Set(RuleRegistry.all.map(\.id))
        for pair in RuleRegistry.precedence {
            #expect(ids.contains(pair.stronger) && ids.contains(pair.weaker), "\(pair)")
            #expect(pair.stronger != pair.weaker)
            #expect(RuleDocumentation.markdown(RuleRegistry.rule(pair.weaker)!).contains("- `\(pair.stronger)`: \(pair.reason)"))
        }
    }
}

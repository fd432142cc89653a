import Testing
@testable import PathLintCore

@Suite struct RuleSelectorTests {
    @Test func idsAllAndPrefixes() throws {
        #expect(RuleSelector.ruleIDs("entrez-mismatch") == ["entrez-mismatch"])
        #expect(RuleSelector.ruleIDs("all") == RuleRegistry.all.map(\.id))
        let sidecar = try #require(RuleSelector.ruleIDs("sidecar-"))
        #expect(RuleRegistry.all.map(\.id).filter { $0.hasPrefix("sidecar-") }.allSatisfy(sidecar.contains))
        // The prefix still takes in the checks merged out of `sidecar-…` rules, by their current ids.
        for merged in ["entrez-mismatch", "outdated-hgnc-symbol", "symbol-source-mismatch", "duplicate-gene",
                       "unknown-mesh-id", "mesh-category", "mesh-word-mismatch"] {
            #expect(sidecar.contains(merged), "\(merged)")
        }
        #expect(!sidecar.contains("unknown-hgnc-symbol"))
        #expect(sidecar == RuleRegistry.all.map(\.id).filter(sidecar.contains), "registry order, no repeats")
        // A prefix ends in `-`: a bare word or a part of a word is no prefix.
        #expect(RuleSelector.ruleIDs("sidecar") == nil)
        #expect(RuleSelector.ruleIDs("entrez-mis") == nil)
        #expect(RuleSelector.ruleIDs("-") == nil)
        #expect(RuleSelector.ruleIDs("nothing-") == nil)
    }

    @Test func expandStopsAtTheFirstUnknownName() {
        #expect(RuleSelector.expand(["entrez-mismatch", "sidecar-entrez-mismatch", "entrez-mismatch"])
            == .success(["entrez-mismatch"]))
        #expect(RuleSelector.expand(["entrez-mismatch", "entrezmismatch", "nope"]) == .failure(.init(name: "entrezmismatch")))
    }

    @Test func oldIDsOfMergedRulesSelectTheRuleTheyBecame() {
        #expect(RuleSelector.ruleIDs("sidecar-entrez-mismatch") == ["entrez-mismatch"])
        #expect(RuleSelector.ruleIDs("sidecar-mesh-id") == ["unknown-mesh-id"])
        #expect(RuleSelector.ruleIDs("retired-mesh-id") == ["unknown-mesh-id"])
        #expect(RuleSelector.ruleIDs("retired-") == ["unknown-mesh-id"])
        #expect(RuleSelector.ruleIDs("sidecar-mesh-") == ["unknown-mesh-id", "mesh-word-mismatch"])
        #expect(RuleSelector.expand(["sidecar-duplicate-row", "sidecar-counts"]) == .success(["duplicate-gene", "sidecar-counts"]))
        // An alias is never "unknown", and a typo of one suggests the rule it names now.
        #expect(RuleSelector.expand(["sidecar-outdated-symbol"]) == .success(["outdated-hgnc-symbol"]))
        #expect(RuleSelector.suggestion(for: "sidecar-entrez-mismatc") == "entrez-mismatch")
        #expect(RuleSelector.suggestion(for: "retired") == "retired-")
    }

    @Test func suggestionsForTypos() {
        #expect(RuleSelector.suggestion(for: "entrez-mismatc") == "entrez-mismatch")
        #expect(RuleSelector.suggestion(for: "entrez_mismatch") == "entrez-mismatch")
        #expect(RuleSelector.suggestion(for: "Entrez-Mismatch") == "entrez-mismatch")
        #expect(RuleSelector.suggestion(for: "sidecar") == "sidecar-")
        #expect(RuleSelector.suggestion(for: "zebra") == nil)
        #expect(RuleSelector.UnknownRule(name: "yaml-sytax").description == "unknown rule `yaml-sytax`; did you mean `yaml-syntax`?")
        #expect(RuleSelector.UnknownRule(name: "zebra").description == "unknown rule `zebra`; `pathlint rules` lists them")
    }

    @Test func editDistance() {
        func distance(_ a: String, _ b: String) -> Int {
            RuleSelector.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("", "") == 0)
        #expect(distance("abc", "") == 3)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("flaw", "lawn") == 2)
    }
}

import Testing
@testable import PathLintCore

@Suite struct RuleSelectorTests {
    @Test func idsAllAndPrefixes() {
        #expect(RuleSelector.ruleIDs("entrez-mismatch") == ["entrez-mismatch"])
        #expect(RuleSelector.ruleIDs("all") == RuleRegistry.all.map(\.id))
        let sidecar = RuleSelector.ruleIDs("sidecar-")
        #expect(sidecar == RuleRegistry.all.map(\.id).filter { $0.hasPrefix("sidecar-") })
        #expect(sidecar?.contains("sidecar-entrez-mismatch") == true)
        // A prefix ends in `-`: a bare word or a part of a word is no prefix.
        #expect(RuleSelector.ruleIDs("sidecar") == nil)
        #expect(RuleSelector.ruleIDs("entrez-mis") == nil)
        #expect(RuleSelector.ruleIDs("-") == nil)
        #expect(RuleSelector.ruleIDs("nothing-") == nil)
    }

    @Test func expandStopsAtTheFirstUnknownName() {
        #expect(RuleSelector.expand(["entrez-mismatch", "sidecar-entrez-mismatch", "entrez-mismatch"])
            == .success(["entrez-mismatch", "sidecar-entrez-mismatch"]))
        #expect(RuleSelector.expand(["entrez-mismatch", "entrezmismatch", "nope"]) == .failure(.init(name: "entrezmismatch")))
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

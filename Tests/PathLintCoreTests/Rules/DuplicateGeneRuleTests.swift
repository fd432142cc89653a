import Testing
@testable import PathLintCore

@Suite struct DuplicateGeneRuleTests {
    let rule = ["duplicate-gene"]
    let mek1 = Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")
    let igf1 = Fixture.gene("IGF-1", "IGF1", "hgnc_symbol", "IGF1", "'3479'")

    @Test func identicalRepeatHasASafeFixThatDeletesExactlyItsLines() throws {
        let file = markdown(Fixture.genes(mek1, igf1, mek1, extra: "chemicals: []\n"))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "duplicate-gene")
        #expect(d.severity == .warning)
        #expect(d.message == "duplicate gene entry: word `MEK1`, symbol `MEK1`, hgnc_symbol `MAP2K1` already listed (entry 1, line 7)")
        #expect(text(of: d, in: file) == "MEK1")
        #expect(position(of: d, in: file) == (17, 9))
        let fix = try #require(d.fixes.first)
        #expect(d.fixes.count == 1)
        #expect(fix.safety == .safe)
        let fixed = applying(fix, to: file)
        #expect(fixed == markdown(Fixture.genes(mek1, igf1, extra: "chemicals: []\n")))
        #expect(lintFile(fixed, rules: rule).isEmpty)
    }

    @Test func repeatAsTheLastLineOfTheFrontMatterIsDeletedCleanly() throws {
        let file = markdown(Fixture.genes(mek1, mek1))
        let fix = try #require(lintFile(file, rules: rule).first?.fixes.first)
        #expect(applying(fix, to: file) == markdown(Fixture.genes(mek1)))
    }

    @Test func repeatThatDiffersInEntrezHasAnUnsafeFix() throws {
        let other = Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'")
        let d = try #require(lint(Fixture.genes(mek1, other), rules: rule).first)
        #expect(d.fixes.map(\.safety) == [.unsafe])
    }

    @Test func sameGeneUnderAnotherWordIsNotADuplicate() {
        let yaml = Fixture.genes(Fixture.gene("Notch", "NOTCH1", "hgnc_symbol", "NOTCH1", "'4851'"),
                                 Fixture.gene("Notch?", "NOTCH1", "hgnc_symbol", "NOTCH1", "'4851'"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }

    @Test func oneFamilyWordExpandedToSeveralMembersIsNotADuplicate() {
        let yaml = Fixture.genes(Fixture.gene("JNK-", "JNK", "bioentities_symbol", "MAPK10", "'5602'"),
                                 Fixture.gene("JNK-", "JNK", "bioentities_symbol", "MAPK9", "'5601'"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }
}

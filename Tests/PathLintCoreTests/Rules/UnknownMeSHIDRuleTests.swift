import Testing
@testable import PathLintCore

@Suite struct UnknownMeSHIDRuleTests {
    let rule = ["unknown-mesh-id"]
    let mek1 = Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5604'")

    @Test func malformedIdentifierIsReported() throws {
        let file = markdown(Fixture.genes(mek1, extra: "chemicals:\n" + Fixture.mesh("bombesin", "MESH", "D00183")))
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.ruleID == "unknown-mesh-id")
        #expect(d.severity == .error)
        #expect(d.message == "`D00183` is not a MeSH ID: expected D or C followed by 6 or 9 digits")
        #expect(text(of: d, in: file) == "D00183")
        #expect(position(of: d, in: file) == (15, 15))
        #expect(d.fixes.isEmpty)
    }

    @Test func wellFormedButAbsentIDsAreReported() throws {
        let found = lint(Fixture.genes(mek1, extra: "chemicals:\n" + Fixture.mesh("x", "MESH", "D999999")
            + "diseases:\n" + Fixture.mesh("y", "MESH", "C999999999")), rules: rule)
        #expect(found.map(\.message) == [
            "D999999 is not a MeSH descriptor: it was retired or never existed",
            "C999999999 is numbered beyond the newest MeSH supplementary concept in the snapshot (C000729964): it may simply be newer; not checked",
        ])
        #expect(found.map(\.severity) == [.error, .info])
    }

    @Test func sourceMESHWithEmptyIdentifierIsReported() throws {
        let file = markdown(Fixture.genes(mek1, extra: "diseases:\n" + Fixture.mesh("tumor", "MESH", "''")))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(d.message == "diseases entry `tumor` has source `MESH` but no identifier")
        #expect(text(of: d, in: file) == "''")
    }

    @Test func unmappedTermWithEmptySourceAndIdentifierIsAccepted() {
        #expect(lint(Fixture.genes(mek1, extra: "diseases:\n" + Fixture.mesh("tumor", "''", "''")), rules: rule).isEmpty)
    }

    @Test func existingDescriptorsAndSupplementaryConceptsAreAccepted() {
        let yaml = Fixture.genes(mek1, extra: "chemicals:\n" + Fixture.mesh("PD98059", "MESH", "C093973")
            + Fixture.mesh("Ser", "MESH", "D012694") + "diseases:\n" + Fixture.mesh("melanoma", "MESH", "D008545"))
        #expect(lint(yaml, rules: rule).isEmpty)
    }

    @Test func columnsCountUTF8UTF16AndCodePointsAfterNonASCIIOnTheLine() throws {
        let file = markdown(Fixture.genes(mek1, extra: "chemicals:\n- {word: α-κ–😀𝛼 toxin, source: MESH, identifier: D00183}\n"))
        let d = try #require(lintFile(file, rules: rule).first)
        #expect(text(of: d, in: file) == "D00183")
        let location = SourceText(file).location(of: d.range.start)
        #expect(location.line + 1 == 13)
        #expect(location.utf8Column + 1 == 60)
        #expect(location.utf16Column + 1 == 52)
        #expect(location.codePointColumn + 1 == 50)
    }
}

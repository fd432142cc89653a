import Foundation
import Testing
@testable import PathLintCore

@Suite struct UnknownFieldRuleTests {
    let rule = ["unknown-field"]

    @Test func aMisspeltFieldIsReportedWithTheFieldItMeant() throws {
        let file = markdown(Fixture.header + "captoin: Models of Ser307 phosphorylation\n")
        let found = lintFile(file, rules: rule)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .warning)
        #expect(d.message == "`captoin` is not a field of the format; did you mean `caption`?")
        #expect(text(of: d, in: file) == "captoin")
        #expect(d.fixes.isEmpty)
    }

    @Test func aStrayKeyIsReportedAndLookAlikesAreNamed() throws {
        let file = markdown(Fixture.header + "notes: checked\nfіgid_alias: x\n")  // і: Cyrillic
        let found = lintFile(file, rules: rule)
        #expect(found.map(\.message) == [
            "`notes` is not a field of the format",
            "`fіgid_alias` is not a field of the format; did you mean `figid_alias`?; it contains U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I",
        ])
    }

    @Test func everyFieldOfTheFormatIsKnownAndNestedKeysAreNotChecked() {
        var yaml = ""
        for field in FrontMatterSchema.figureFields { yaml += "\(field.name): ''\n" }
        yaml += "schema-jsonld:\n  anything: 1\n"
        #expect(lint(yaml, rules: rule).isEmpty)
        #expect(lint("- a list\n", rules: rule).isEmpty)
    }

    /// Real files, both layouts: not one false alarm (`organisms_ner`, `wpid` are real fields).
    static let corpora = ["pfocr", "pfocr-more"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/corpus/\($0)").standardizedFileURL
    }

    @Test func noFindingInAnyCorpusFile() throws {
        var checked = 0
        for corpus in Self.corpora {
            guard let walk = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where url.pathExtension == "md" {
                let found = linter(rules: rule).lint(AnnotationDocument(path: url.path, source: SourceText(bytes: Array(try Data(contentsOf: url)))))
                #expect(found.isEmpty, "\(url.path): \(found.map(\.message))")
                checked += 1
            }
        }
        if FileManager.default.fileExists(atPath: Self.corpora[0].path) { #expect(checked > 250) }
    }
}

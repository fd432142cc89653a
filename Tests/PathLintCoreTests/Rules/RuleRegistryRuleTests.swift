import Foundation
import Testing
@testable import PathLintCore

@Suite struct RuleRegistryRuleTests {
    static let sections = ["## What it checks", "## Why it matters", "## Example", "## Correct", "## Fix",
                           "## Curation action", "## Data"]

    @Test func theRegistryHasEveryRule() {
        #expect(RuleRegistry.all.map(\.id) == [
            "front-matter", "yaml-syntax", "markdown-body", "duplicate-key", "required-field", "field-type", "unknown-field",
            "unknown-hgnc-symbol",
            "outdated-hgnc-symbol", "entrez-mismatch", "discontinued-gene-id", "symbol-source-mismatch", "ambiguous-gene-symbol",
            "ambiguous-symbol", "not-a-gene-word", "gene-chemical-collision", "duplicate-gene",
            "unknown-mesh-id", "mesh-word-mismatch", "mesh-category", "keywords-mismatch",
            "description-mismatch", "figure-id-mismatch", "organism-mismatch",
            "file-name-mismatch", "duplicate-figid", "unused-suppression",
            // The sidecar layout.
            "table-syntax", "table-header", "missing-figure", "missing-sidecar", "sidecar-row-value",
            "sidecar-counts", "sidecar-ncbi-gene",
            "sidecar-shadowed-synonym", "sidecar-ambiguous-synonym",
            // Both layouts.
            "false-match",
        ])
    }

    @Test func idsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let parts = id.split(separator: "-", omittingEmptySubsequences: false)
            let wellFormed = !parts.isEmpty && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
                    && part.first.map { ("a"..."z").contains($0) } == true
            }
            #expect(wellFormed, "\(id) is not kebab-case")
            #expect(RuleRegistry.rule(id)?.id == id)
        }
        #expect(RuleRegistry.rule("no-such-rule") == nil)
    }

    @Test func everyRuleHasASummaryAndDocumentationWithEverySection() {
        for rule in RuleRegistry.all {
            #expect(!rule.summary.trimmingCharacters(in: .whitespaces).isEmpty, "\(rule.id) has no summary")
            #expect(!rule.summary.contains("\n"), "\(rule.id): the summary is one line")
            let lines = rule.documentation.split(separator: "\n").map(String.init)
            var last = -1
            for section in Self.sections {
                let index = lines.firstIndex(of: section)
                #expect(index != nil, "\(rule.id) lacks `\(section)`")
                if let index {
                    #expect(index > last, "\(rule.id): `\(section)` is out of order")
                    last = index
                    // something under the heading
                    #expect(index + 1 < lines.count && !lines[index + 1].hasPrefix("## "),
                            "\(rule.id): `\(section)` is empty")
                }
            }
        }
    }

    @Test func severitiesOverrideAndSelectionWork() {
        let file = markdown(Fixture.genes(Fixture.gene("MEK1", "MEK1", "hgnc_alias_symbol", "MAP2K1", "'5605'")))
        let linter = Linter(reference: Fixture.reference,
                            configuration: LintConfiguration(ignore: ["entrez-mismatch"]))
        #expect(linter.lint(path: "PMC199174__JCI0110934.f9.md", text: file).isEmpty)
        let downgraded = Linter(reference: Fixture.reference,
                                configuration: LintConfiguration(select: ["entrez-mismatch"],
                                                                 severityOverrides: ["entrez-mismatch": .info]))
        #expect(downgraded.lint(path: "t.md", text: file).map(\.severity) == [.info])
    }

    // MARK: - The corpus

    /// `<package>/../shared/corpus/pfocr`, from this file's path
    /// (`<package>/Tests/PathLintCoreTests/Rules/RuleRegistryRuleTests.swift`).
    static var corpusDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("../shared/corpus/pfocr").standardizedFileURL
    }

    /// Paths of the corpus files, relative to `corpusDirectory`; empty without a corpus.
    static func corpusFiles() -> [String] {
        let root = corpusDirectory
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            if name.hasSuffix(".md") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") || SidecarKind.parse(path: name) != nil {
                files.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
            }
        }
        return files.sorted()
    }

    @Test func theCorpusIsFoundWhenItIsCheckedOut() {
        guard FileManager.default.fileExists(atPath: Self.corpusDirectory.path) else { return }
        #expect(Self.corpusFiles().count > 100)
        #expect(Self.corpusFiles().contains("seed/PMC199174__JCI0110934.f9.md"))
    }

    /// One case per file, so that each stays short and they run in parallel.
    @Test(arguments: corpusFiles())
    func corpusFileLintsWithRangesInsideTheFile(_ relativePath: String) throws {
        let data = try Data(contentsOf: Self.corpusDirectory.appendingPathComponent(relativePath))
        let source = SourceText(bytes: Array(data))
        let name = String(relativePath.split(separator: "/").last ?? "")
        // Sidecars and current-layout figures are linted with their figure's other files, as the CLI does.
        let path = relativePath.hasPrefix("sidecar/") ? Self.corpusDirectory.appendingPathComponent(relativePath).path : name
        var document = AnnotationDocument(path: path, source: source)
        SidecarLayout.attachCompanions(to: &document) { path in
            FileManager.default.contents(atPath: path).map { Array($0) }
        }
        let diagnostics = Linter(reference: Fixture.reference).lint(document)
        for d in diagnostics {
            #expect(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= source.bytes.count,
                    "\(relativePath): \(d.ruleID) range \(d.range) outside \(source.bytes.count) bytes")
            #expect(RuleRegistry.rule(d.ruleID) != nil)
            #expect(!d.message.isEmpty)
            for edit in d.fixes.flatMap(\.edits) {
                #expect(edit.range.start >= 0 && edit.range.end <= source.bytes.count,
                        "\(relativePath): \(d.ruleID) fix edit \(edit.range) outside the file")
            }
        }
    }
}

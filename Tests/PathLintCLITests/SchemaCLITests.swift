// The committed JSON Schema (schemas/pfocr-figure.schema.json) against `pathlint schema`,
// the shared corpus and broken variants of the seed file, validated with `check-jsonschema`
// (PyPI; scripts/test.sh installs it). Without it the validation tests are skipped.
//
// check-jsonschema reads YAML files, not Markdown: each front matter is written to a
// `.yaml` file first. It types YAML 1.2-style (ruamel), like yaml-language-server.

import Foundation
import Testing
@testable import PathLintCore

@Suite struct SchemaCLITests {
    static let schema = PathlintBinary.packageRoot.appendingPathComponent("schemas/pfocr-figure.schema.json")
    static let corpus = PathlintBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/pfocr")
    static let hasValidator = (try? SchemaValidator.run(["check-jsonschema", "--version"]).status) == 0

    /// The corpus files that fail the schema, and the rule with which pathlint reports the same problem.
    static let expectedCorpusFailures = [
        // `figlink: pmc/articles/…` lacks the leading `/`.
        "PMC6943888__40035_2019_179_Fig1_HTML": "figure-id-mismatch",
    ]

    static let configSchema = PathlintBinary.packageRoot.appendingPathComponent("schemas/pathlint-config.schema.json")

    @Test func schemaConfigPrintsTheCommittedConfigurationSchema() throws {
        let run = try pathlint(["schema", "--config"])
        #expect(run.status == 0, "\(run)")
        let committed = try String(contentsOf: Self.configSchema, encoding: .utf8)
        #expect(run.out == committed, "regenerate: swift run pathlint schema --config > schemas/pathlint-config.schema.json")
        // Every rule id is in it, for editors to complete, and every old id ConfigFile accepts.
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let rule = ((schema["definitions"] as? [String: Any])?["rule"] as? [String: Any])?["enum"] as? [String]
        #expect(rule == RuleRegistry.all.map(\.id) + RuleRegistry.aliases.keys.sorted())
        #expect(Set((schema["properties"] as? [String: Any])?.keys.map { $0 } ?? []) == Set(ConfigFile.keys))
    }

    /// The configuration schema and `ConfigFile.parse` agree on what is valid.
    @Test(.enabled(if: hasValidator, "needs check-jsonschema"))
    func theConfigurationSchemaAcceptsWhatPathlintAccepts() throws {
        let cases: [(name: String, text: String)] = [
            ("every-key", "select: [entrez-mismatch]\nignore: [ambiguous-symbol]\nseverity:\n  keywords-mismatch: error\n"
                + "include: ['_figures/**']\nexclude: [drafts]\nreference: ../snapshot\n"
                + "per-file-ignores:\n  'x.tsv': [all, sidecar-counts]\n"),
            ("nulls", "select:\nignore:\nper-file-ignores:\n"),
            ("all-and-prefixes", "select: [all]\nignore: [sidecar-, table-]\nper-file-ignores:\n  x: [sidecar-entrez-]\n"),
            ("bare-prefix", "select: [sidecar]\n"),
            ("prefix-of-nothing", "ignore: [zzz-]\n"),
            ("comments-only", "# nothing yet\n"),
            ("unknown-key", "ignroe: [x]\n"),
            ("unknown-rule", "select: [nope]\n"),
            ("unknown-severity", "severity:\n  entrez-mismatch: fatal\n"),
            ("severity-of-unknown-rule", "severity:\n  nope: error\n"),
            ("scalar-select", "select: entrez-mismatch\n"),
            ("per-file-unknown-rule", "per-file-ignores:\n  x: [nope]\n"),
            ("per-file-not-a-list", "per-file-ignores:\n  x: all\n"),
            ("empty-reference", "reference: ''\n"),
        ]
        let directory = try TemporaryDirectory()
        for item in cases { try directory.write("\(item.name).yaml", item.text) }
        let paths = cases.map { directory.url.appendingPathComponent("\($0.name).yaml").path }
        let check = try SchemaValidator.run(["check-jsonschema", "-o", "json", "--schemafile", Self.configSchema.path] + paths)
        let start = try #require(check.output.firstIndex(of: "{"), "no JSON from check-jsonschema: \(check.output)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.output[start...].utf8)) as? [String: Any])
        let failing = Set((report["errors"] as? [[String: Any]] ?? []).compactMap { error in
            (error["filename"] as? String).map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        })
        for item in cases {
            let parses = (try? ConfigFile.parse(Array(item.text.utf8), path: item.name, directory: "/p")) != nil
            #expect(parses == !failing.contains(item.name), "\(item.name): pathlint \(parses ? "accepts" : "rejects") it, the schema does not")
        }
        #expect(failing.count == 10, "\(failing)")
    }

    @Test func schemaSubcommandPrintsTheCommittedSchema() throws {
        let run = try pathlint(["schema"])
        #expect(run.status == 0, "\(run)")
        let committed = try String(contentsOf: Self.schema, encoding: .utf8)
        #expect(run.out == committed, "regenerate: swift run pathlint schema > schemas/pfocr-figure.schema.json")
    }

    @Test(.enabled(if: hasValidator && FileManager.default.fileExists(atPath: corpus.path), "needs check-jsonschema and ../shared/corpus"))
    func everyCorpusFileValidatesButTheNamedOnes() throws {
        let directory = try TemporaryDirectory()
        var files: [String: URL] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: Self.corpus, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where url.pathExtension == "md" {
            let stem = url.deletingPathExtension().lastPathComponent
            try directory.write("\(stem).yaml", try Self.frontMatter(of: String(contentsOf: url, encoding: .utf8)))
            files[stem] = url
        }
        #expect(files.count >= 232, "the whole corpus: \(files.count) files")
        let failures = try Self.validate(directory, Array(files.keys))
        #expect(Set(failures.keys) == Set(Self.expectedCorpusFailures.keys), "\(failures)")
        for (stem, rule) in Self.expectedCorpusFailures {
            let url = try #require(files[stem])
            let run = try pathlint(["lint", url.path, "--format", "json", "--select", rule])
            #expect(try diagnostics(run).contains { $0["rule"] as? String == rule }, "pathlint reports \(stem) too: \(run)")
        }
    }

    /// Each broken variant of the seed file fails the schema, and pathlint reports it too.
    @Test(.enabled(if: hasValidator, "needs check-jsonschema"))
    func brokenFilesFailTheSchemaAndPathlint() throws {
        let seed = try String(contentsOf: PathlintBinary.packageRoot.appendingPathComponent(cleanExample), encoding: .utf8)
        func replacing(_ old: String, _ new: String) -> String {
            guard let range = seed.range(of: old) else { Issue.record("no `\(old)` in the seed"); return seed }
            return seed.replacingCharacters(in: range, with: new)
        }
        let cases: [(name: String, text: String, rule: String)] = [
            ("unquoted-year", replacing("year: '2001'", "year: 2001"), "field-type"),
            ("unquoted-entrez", replacing("entrez: '5604'", "entrez: 5604"), "field-type"),
            ("genes-not-a-list", replacing("genes:\n", "genes: MAP2K1\nold_genes:\n"), "field-type"),
            ("annotations-not-a-list", replacing("annotations: []", "annotations: none"), "field-type"),
            ("organisms-a-mapping", replacing("organisms:\n- Homo sapiens", "organisms: {name: Homo sapiens}"), "field-type"),
            ("missing-pmcid", replacing("pmcid: PMC199174\n", ""), "required-field"),
            ("missing-genes", replacing("genes:\n", "old_genes:\n"), "required-field"),
            ("gene-missing-entrez", replacing("  entrez: '5604'\n", ""), "required-field"),
            ("unknown-gene-source", replacing("source: hgnc_alias_symbol", "source: hgnc_alias"), "symbol-source-mismatch"),
            ("malformed-mesh-id", replacing("identifier: C093973", "identifier: C93973"), "unknown-mesh-id"),
            ("letters-in-entrez", replacing("entrez: '5604'", "entrez: '56O4'"), "entrez-mismatch"),
        ]
        let directory = try TemporaryDirectory()
        for item in cases {
            try directory.write("\(item.name).yaml", try Self.frontMatter(of: item.text))
            try directory.write("md/\(item.name)/_figures/PMC199174__JCI0110934.f9.md", item.text)
        }
        // The untouched seed and a sidecar-layout file without genes are valid.
        try directory.write("seed.yaml", try Self.frontMatter(of: seed))
        let sidecar = replacing("genes:\n", "organisms_ner:\n- Homo sapiens\nold_genes:\n")
        try directory.write("sidecar-layout.yaml", try Self.frontMatter(of: sidecar))
        let failures = try Self.validate(directory, cases.map(\.name) + ["seed", "sidecar-layout"])
        for item in cases {
            #expect(failures[item.name] != nil, "\(item.name) must fail the schema")
            let file = directory.url.appendingPathComponent("md/\(item.name)/_figures/PMC199174__JCI0110934.f9.md")
            let run = try pathlint(["lint", file.path, "--format", "json", "--select", item.rule])
            #expect(try diagnostics(run).contains { $0["rule"] as? String == item.rule }, "pathlint reports \(item.name): \(run)")
        }
        #expect(failures["seed"] == nil && failures["sidecar-layout"] == nil, "\(failures)")
    }

    // MARK: - helpers

    /// The YAML between the opening `---` line and the closing `---`/`...` line.
    static func frontMatter(of text: String) throws -> String {
        let lines = text.components(separatedBy: "\n")
        try #require(lines.first == "---", "no front matter")
        let end = try #require(lines.indices.dropFirst().first { lines[$0] == "---" || lines[$0] == "..." })
        return lines[1..<end].joined(separator: "\n") + "\n"
    }

    /// Runs check-jsonschema once over `stems` (`<stem>.yaml` in `directory`); the failing stems and their errors.
    static func validate(_ directory: TemporaryDirectory, _ stems: [String]) throws -> [String: [String]] {
        let paths = stems.sorted().map { directory.url.appendingPathComponent("\($0).yaml").path }
        let check = try SchemaValidator.run(["check-jsonschema", "-o", "json", "--schemafile", schema.path] + paths)
        let start = try #require(check.output.firstIndex(of: "{"), "no JSON from check-jsonschema: \(check.output)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.output[start...].utf8)) as? [String: Any],
                                  "\(check.output)")
        let parseErrors = report["parse_errors"] as? [Any] ?? []
        #expect(parseErrors.isEmpty, "every front matter parses: \(parseErrors)")
        var failures: [String: [String]] = [:]
        for error in report["errors"] as? [[String: Any]] ?? [] {
            let path = error["filename"] as? String ?? ""
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            failures[stem, default: []].append("\(error["path"] ?? ""): \(error["message"] ?? "")")
        }
        #expect((check.status == 0) == failures.isEmpty, "exit status \(check.status) agrees with the report")
        return failures
    }
}

import Foundation
import Testing

/// `pathlint-lsp` and `.pathlint.yaml`: the editor applies a project's configuration as the
/// CLI does, and a configuration file open in the editor is checked as one.
@Suite struct ConfigLSPTests {
    /// MAP2K1 with MAP2K2's Entrez ID (`entrez-mismatch`, an error), in a file whose name is
    /// not its figid (`file-name-mismatch`, a warning).
    static let annotation = """
    ---
    figid: PMC0000003__fig1
    pmcid: PMC0000003
    filename: fig1.jpg
    figlink: /pmc/articles/PMC0000003/figure/F1/
    caption: α–😀 a caption
    year: '2001'
    organisms: [Homo sapiens]
    genes:
    - word: MEK1
      symbol: MEK1
      source: hgnc_alias_symbol
      hgnc_symbol: MAP2K1
      entrez: '5605'
    chemicals: []
    diseases: []
    ---

    """

    final class Project {
        let root: URL
        init(config: String?) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("pathlint-lsp-config-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("figures"), withIntermediateDirectories: true)
            if let config { try write(config: config) }
        }
        deinit { try? FileManager.default.removeItem(at: root) }
        func write(config: String) throws {
            try Data(config.utf8).write(to: root.appendingPathComponent(".pathlint.yaml"))
        }
        var configURI: String { "file://" + root.appendingPathComponent(".pathlint.yaml").path }
        /// A document two directories below the configuration file.
        var documentURI: String { "file://" + root.appendingPathComponent("figures/x.md").path }
    }

    /// rule id → LSP severity (1 error … 4 hint).
    func severities(_ diagnostics: [[String: Any]]) -> [String: Int] {
        Dictionary(diagnostics.compactMap { d in (d["code"] as? String).map { ($0, d["severity"] as? Int ?? 0) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// A server (initialized with `options`) with the annotation open in `project`, and the
    /// severities of its first publish.
    func openAnnotation(in project: Project, options: Any? = nil) throws -> (client: LSPClient, severities: [String: Int]) {
        let client = try LSPClient()
        try client.initialize(options: options)
        client.open(project.documentURI, Self.annotation)
        return (client, severities(try client.publishedDiagnostics(for: project.documentURI)))
    }

    @Test func withoutAConfigurationFileBothFindingsAreReported() throws {
        let project = try Project(config: nil)
        let (_, found) = try openAnnotation(in: project)
        #expect(found["entrez-mismatch"] == 1 && found["file-name-mismatch"] == 2, "\(found)")
    }

    @Test func theNearestConfigurationFileApplies() throws {
        let project = try Project(config: "ignore: [file-name-mismatch]\nseverity:\n  entrez-mismatch: hint\n")
        let (_, found) = try openAnnotation(in: project)
        #expect(found["file-name-mismatch"] == nil, "\(found)")
        #expect(found["entrez-mismatch"] == 4, "\(found)")
    }

    @Test func perFileIgnoresApplyInTheEditorToo() throws {
        let project = try Project(config: "per-file-ignores:\n  'figures/x.md': [entrez-mismatch]\n  'other/**': [all]\n")
        let (_, found) = try openAnnotation(in: project)
        #expect(found["entrez-mismatch"] == nil && found["file-name-mismatch"] == 2, "\(found)")
    }

    @Test func settingsLayerOverTheFileAsTheCommandLineDoes() throws {
        // The file ignores entrez-mismatch; the settings select it and make it a warning:
        // `select` replaces the file's rules (and wins over its ignore), `severity` wins per rule.
        let project = try Project(config: "ignore: [entrez-mismatch]\nseverity:\n  entrez-mismatch: hint\n")
        let (_, found) = try openAnnotation(in: project,
                                            options: ["select": ["entrez-mismatch"], "severity": ["entrez-mismatch": "warning"]])
        #expect(found == ["entrez-mismatch": 2], "\(found)")
    }

    @Test func savingTheConfigurationFileRelintsOpenDocuments() throws {
        let project = try Project(config: "ignore: [file-name-mismatch]\n")
        let (client, before) = try openAnnotation(in: project)
        #expect(before["entrez-mismatch"] == 1)
        try project.write(config: "ignore: [file-name-mismatch, entrez-mismatch]\n")
        client.notify("textDocument/didSave", ["textDocument": ["uri": project.configURI]])
        let after = severities(try client.publishedDiagnostics(for: project.documentURI))
        #expect(after["entrez-mismatch"] == nil && after["file-name-mismatch"] == nil, "\(after)")
    }

    @Test func anUnusableConfigurationIsLoggedAndTheSettingsAloneApply() throws {
        let project = try Project(config: "ignore: [no-such-rule]\n")
        let (client, found) = try openAnnotation(in: project)
        #expect(found["entrez-mismatch"] == 1 && found["file-name-mismatch"] == 2, "\(found)")
        let log = try client.notification("window/logMessage") {
            (($0["params"] as? [String: Any])?["message"] as? String)?.contains("unknown rule `no-such-rule`") == true
        }
        #expect((log["params"] as? [String: Any])?["type"] as? Int == 1)
    }

    @Test func theFilesReferenceIsOpenedOrAMissingOneIsSaid() throws {
        // The bundled snapshot by path works; a missing directory is logged and the
        // server's own snapshot stands in (the CLI stops with exit 2 instead).
        let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("reference/snapshot").path
        let good = try Project(config: "reference: \(snapshot)\n")
        let client = try LSPClient()
        try client.initialize()
        client.open(good.documentURI, Self.annotation)
        #expect(severities(try client.publishedDiagnostics(for: good.documentURI))["entrez-mismatch"] == 1)
        let missing = try Project(config: "reference: no-such-snapshot\n")
        client.open(missing.documentURI, Self.annotation)
        #expect(severities(try client.publishedDiagnostics(for: missing.documentURI))["entrez-mismatch"] == 1)
        let log = try client.notification("window/logMessage") {
            (($0["params"] as? [String: Any])?["message"] as? String)?.contains("no-such-snapshot") == true
        }
        #expect(((log["params"] as? [String: Any])?["message"] as? String)?.contains("using the default snapshot") == true, "\(log)")
        // The real snapshot opened without a word.
        let logs = client.pending().filter { $0["method"] as? String == "window/logMessage" }
        #expect(!logs.contains { "\($0)".contains(snapshot) }, "\(logs)")
    }

    @Test func theEnvironmentsReferenceWinsOverTheFilesAsForTheCLI() throws {
        let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("reference/snapshot").path
        let project = try Project(config: "reference: no-such-snapshot\n")
        let client = try LSPClient(environment: ["PATHLINT_REFERENCE": snapshot])
        try client.initialize()
        client.open(project.documentURI, Self.annotation)
        #expect(severities(try client.publishedDiagnostics(for: project.documentURI))["entrez-mismatch"] == 1)
        // The file's reference was never opened, so nothing is said about it.
        let logs = client.pending().filter { $0["method"] as? String == "window/logMessage" }
        #expect(!logs.contains { "\($0)".contains("no-such-snapshot") }, "\(logs)")
    }

    @Test func anOpenConfigurationFileIsCheckedAsOneNotAsAnAnnotation() throws {
        let project = try Project(config: nil)
        let client = try LSPClient()
        try client.initialize()
        // Valid: no finding (as an annotation file it would miss figid, pmcid…).
        client.notify("textDocument/didOpen", ["textDocument": ["uri": project.configURI, "languageId": "yaml",
                                                                "version": 1, "text": "select: [entrez-mismatch]\n"]])
        #expect(try client.publishedDiagnostics(for: project.configURI).isEmpty)
        // Invalid, after non-ASCII text: one error on the bad key, in UTF-16 columns.
        let text = "# é😀 notes\nselect: [entrez-mismatch]  # α😀\nignroe: [x]\n"
        client.notify("textDocument/didChange", ["textDocument": ["uri": project.configURI, "version": 2],
                                                 "contentChanges": [["text": text]]])
        let found = try client.publishedDiagnostics(for: project.configURI)
        #expect(found.count == 1, "\(found)")
        let finding = try #require(found.first)
        #expect(finding["code"] as? String == "configuration")
        #expect((finding["message"] as? String)?.contains("unknown key `ignroe`") == true, "\(finding)")
        let start = (finding["range"] as? [String: Any])?["start"] as? [String: Int]
        #expect(start == ["line": 2, "character": 0], "\(finding)")
        // No annotation completion in it.
        let completion = try client.response(to: client.request("textDocument/completion", [
            "textDocument": ["uri": project.configURI], "position": ["line": 2, "character": 1]]))
        #expect(completion["result"] is NSNull, "\(completion)")
    }
}

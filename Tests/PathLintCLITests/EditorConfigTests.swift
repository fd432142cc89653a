// The client setups in editors/ parse, and their settings are the server's.

import Foundation
import Testing
@testable import PathLintCore

@Suite struct EditorConfigTests {
    static let editors = PathlintBinary.packageRoot.appendingPathComponent("editors")

    static func read(_ path: String) throws -> String {
        try String(contentsOf: editors.appendingPathComponent(path), encoding: .utf8)
    }

    static func json(_ text: String, _ what: String) throws -> Any {
        try #require(try? JSONSerialization.jsonObject(with: Data(text.utf8)), "\(what) is not valid JSON")
    }

    /// The keys `ServerSettings.parse` reads, from its source: `rules("select")`, `object["severity"]`.
    static func serverSettingKeys() throws -> Set<String> {
        let source = try String(contentsOf: PathlintBinary.packageRoot.appendingPathComponent("Sources/PathLintLSP/Settings.swift"),
                                encoding: .utf8)
        var keys = Set<String>()
        for match in source.matches(of: /(?:rules\(|object\[)"([a-zA-Z]+)"/) where match.1 != "pathlint" {
            keys.insert(String(match.1))
        }
        return keys
    }

    @Test func serverSettingsAreFoundInItsSource() throws {
        #expect(try Self.serverSettingKeys() == ["select", "ignore", "severity", "reference", "inlayHints",
                                                 "ruleDocumentationURL", "workspaceDiagnosticsLimit"])
    }

    @Test func vscodeManifestIsValidAndMirrorsTheServerSettings() throws {
        let manifest = try #require(try Self.json(try Self.read("vscode/package.json"), "package.json") as? [String: Any])
        let main = try #require(manifest["main"] as? String)
        #expect(FileManager.default.fileExists(atPath: Self.editors.appendingPathComponent("vscode/\(main)").path))
        let dependencies = try #require(manifest["dependencies"] as? [String: String])
        #expect(dependencies["vscode-languageclient"] != nil)
        #expect((manifest["activationEvents"] as? [String])?.contains("onLanguage:pfocr-annotation") == true)

        let contributes = try #require(manifest["contributes"] as? [String: Any])
        let languages = try #require(contributes["languages"] as? [[String: Any]])
        #expect(languages.first?["id"] as? String == "pfocr-annotation")
        #expect(languages.first?["filenamePatterns"] as? [String] == ["**/_figures/*.md"])
        for entry in languages + (contributes["grammars"] as? [[String: Any]] ?? []) {
            for key in ["configuration", "path"] {
                guard let path = entry[key] as? String else { continue }
                let text = try Self.read("vscode/\(path)")
                _ = try Self.json(text, path)
            }
        }

        let configuration = try #require(contributes["configuration"] as? [String: Any])
        let properties = try #require(configuration["properties"] as? [String: [String: Any]])
        let serverKeys = Set(properties.keys.map { $0.replacingOccurrences(of: "pathlint.", with: "") })
            .subtracting(["path", "trace.server"])  // the client's own
        #expect(serverKeys == (try Self.serverSettingKeys()))
        let severity = try #require(properties["pathlint.severity"]?["additionalProperties"] as? [String: Any])
        #expect(severity["enum"] as? [String] == Severity.allCases.map(\.rawValue))

        // extension.js sends exactly those settings, and the server gets the sidecar tables.
        let script = try Self.read("vscode/\(main)")
        #expect(script.contains("'**/_data/*-{genes,chemicals,diseases}.tsv'"), "extension.js selects the sidecar tables")
        for key in try Self.serverSettingKeys() {
            #expect(script.contains("config.get('\(key)'"), "extension.js reads pathlint.\(key)")
        }
    }

    /// Sublime's files are JSON with `//` comment lines.
    @Test func sublimeSettingsParse() throws {
        for file in ["sublime/LSP.sublime-settings", "sublime/pathlint.sublime-project"] {
            let text = try Self.read(file).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            let object = try #require(try Self.json(text, file) as? [String: Any])
            if file.hasSuffix("settings") {
                let client = try #require((object["clients"] as? [String: Any])?["pathlint"] as? [String: Any])
                #expect(client["command"] as? [String] == ["pathlint-lsp"])
                let options = try #require((client["initializationOptions"] as? [String: Any])?["pathlint"] as? [String: Any])
                #expect(Set(options.keys).isSubset(of: try Self.serverSettingKeys()))
            }
        }
    }

    @Test(.enabled(if: (try? SchemaValidator.run(["python3", "-c", "import tomllib"]).status) == 0, "needs Python 3.11+"))
    func helixLanguagesParse() throws {
        let path = Self.editors.appendingPathComponent("helix/languages.toml").path
        let check = try SchemaValidator.run(["python3", "-c", """
            import sys, tomllib, json
            d = tomllib.load(open(sys.argv[1], 'rb'))
            print(json.dumps({'command': d['language-server']['pathlint']['command'],
                              'config': sorted(d['language-server']['pathlint']['config']['pathlint']),
                              'servers': d['language'][0]['language-servers'],
                              'globs': [t['glob'] for t in d['language'][0]['file-types']],
                              'sidecarGlobs': [t['glob'] for t in d['language'][1]['file-types']],
                              'sidecarServers': d['language'][1]['language-servers']}))
            """, path])
        #expect(check.status == 0, "\(check.output)")
        let parsed = try #require(try Self.json(check.output, "python output") as? [String: Any])
        #expect(parsed["command"] as? String == "pathlint-lsp")
        #expect(parsed["servers"] as? [String] == ["pathlint"])
        #expect((parsed["globs"] as? [String])?.contains("_figures/*.md") == true)
        #expect(parsed["sidecarGlobs"] as? [String] == ["_data/*-genes.tsv", "_data/*-chemicals.tsv", "_data/*-diseases.tsv"])
        #expect(parsed["sidecarServers"] as? [String] == ["pathlint"])
        #expect(Set(parsed["config"] as? [String] ?? ["?"]).isSubset(of: try Self.serverSettingKeys()))
    }
}

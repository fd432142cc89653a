import Foundation
import Testing
@testable import PathLintCore

/// The CLI on the current layout: `_figures/<figid>.md` with `_data/<figid>-*.tsv`.
@Suite struct SidecarCLITests {
    static let genesHeader = SidecarHeaderRevision.genes.columns.joined(separator: "\t") + "\n"
    /// A human row whose word holds Greek, an en dash and an astral character before the wrong ID.
    static let wrongIDRow = "9606\tHomo sapiens\tPrimates\tMEK1 – αβ😀\tMEK1\tMAP2K1\t5605\tncbigene_synonym\t0\t1\t1\n"

    static func figure(_ figid: String) -> String {
        """
        ---
        figid: \(figid)
        organisms:
        - NA
        organisms_ner:
        - Homo sapiens
        caption: α–😀 a caption
        automl_pathway: 0.9
        ---

        """
    }

    /// `_figures/` + `_data/` with one good pair, one orphan table, one figure without tables.
    func layout() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("_figures/PMC1__f1.md", Self.figure("PMC1__f1"))
        try directory.write("_data/PMC1__f1-genes.tsv", Self.genesHeader + Self.wrongIDRow)
        try directory.write("_data/PMC1__f1-chemicals.tsv", "word\tmesh\tmatch\tname\tchebi\nCOVID\tmesh:C000657245\tNA\tNA\tNA\n")
        try directory.write("_data/PMC9__orphan-genes.tsv", Self.genesHeader)
        try directory.write("_figures/PMC2__f2.md", Self.figure("PMC2__f2"))
        try directory.write("_data/notes.tsv", "a\tb\n\"unbalanced\n")  // not a sidecar name: not walked
        return directory
    }

    func relative(_ paths: [String], to directory: TemporaryDirectory) -> [String] {
        let root = directory.url.path.hasSuffix("/") ? directory.url.path : directory.url.path + "/"
        return paths.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
    }

    @Test func directoryLintsFiguresAndTablesAndReportsMissingOnes() throws {
        let directory = try layout()
        let run = try pathlint(["lint", directory.url.path, "--format", "json"])
        #expect(run.status == 1, "\(run)")
        let found = try diagnostics(run)
        func rules(in file: String) -> Set<String> {
            Set(found.filter { relative([$0["path"] as? String ?? ""], to: directory) == [file] }.compactMap { $0["rule"] as? String })
        }
        #expect(rules(in: "_data/PMC1__f1-genes.tsv").contains("entrez-mismatch"))
        #expect(rules(in: "_data/PMC1__f1-chemicals.tsv") == ["unknown-mesh-id"])
        #expect(rules(in: "_data/PMC9__orphan-genes.tsv") == ["missing-figure"])
        #expect(rules(in: "_figures/PMC2__f2.md").contains("missing-sidecar"))
        #expect(!rules(in: "_figures/PMC1__f1.md").contains("missing-sidecar"))
        #expect(rules(in: "_data/notes.tsv").isEmpty)
        let text = try pathlint(["lint", directory.url.path])
        #expect(text.out.contains("of 5 files checked"), "\(text)")
    }

    @Test func exactCellPositionInJSONTextSARIFAndGitHub() throws {
        let directory = try layout()
        let table = directory.url.appendingPathComponent("_data/PMC1__f1-genes.tsv").path
        let json = try pathlint(["lint", table, "--format", "json", "--select", "sidecar-entrez-mismatch"])
        let d = try #require(try diagnostics(json).first)
        let line = Self.wrongIDRow.dropLast()
        let column = try codePointColumn(of: "5605", in: String(line))
        #expect(d["line"] as? Int == 2)
        #expect(d["column"] as? Int == column)
        #expect(d["endColumn"] as? Int == column + 4)
        let github = try pathlint(["lint", table, "--format", "github", "--select", "sidecar-entrez-mismatch"])
        #expect(github.out.contains("line=2,col=\(column),endLine=2,endColumn=\(column + 4)"), "\(github)")
        let sarif = try pathlint(["lint", table, "--format", "sarif", "--select", "sidecar-entrez-mismatch"])
        // SARIF counts UTF-16 code units: the astral character counts twice.
        #expect(sarif.out.contains("\"startColumn\": \(column + 1)") || sarif.out.contains("\"startColumn\":\(column + 1)"), "\(sarif)")
        let text = try pathlint(["lint", table, "--select", "sidecar-entrez-mismatch"])
        // Selected by its old id; reported under the id both layouts share.
        #expect(text.out.contains("PMC1__f1-genes.tsv:2:\(column): error[entrez-mismatch]"), "\(text)")
    }

    @Test func aFigureFileIsLintedWithItsSidecars() throws {
        let directory = try layout()
        let figure = directory.url.appendingPathComponent("_figures/PMC1__f1.md").path
        let run = try pathlint(["lint", figure, "--format", "json"])
        let paths = Set(relative(try diagnostics(run).compactMap { $0["path"] as? String }, to: directory))
        #expect(paths.contains("_data/PMC1__f1-genes.tsv"), "\(run)")
        #expect(paths.contains("_data/PMC1__f1-chemicals.tsv"), "\(run)")
        // A table named on its own is linted with its figure's front matter (no missing-figure).
        let table = try pathlint(["lint", directory.url.appendingPathComponent("_data/PMC1__f1-genes.tsv").path, "--format", "json"])
        #expect(!(try diagnostics(table)).contains { $0["rule"] as? String == "missing-figure" })
    }

    @Test func standardInputIsReadAsATableByItsFileName() throws {
        let run = try pathlint(["lint", "-", "--stdin-filename", "PMC1__f1-genes.tsv", "--format", "json"],
                               stdin: Data((Self.genesHeader + Self.wrongRowShort).utf8))
        let rules = Set(try diagnostics(run).compactMap { $0["rule"] as? String })
        #expect(rules == ["table-syntax"], "\(run)")  // the short row; no figure lookup for stdin
    }

    static let wrongRowShort = "9606\tHomo sapiens\n"

    @Test func perFileIgnoresSilenceOneTableWhichCanHoldNoComment() throws {
        // Two figures with the same wrong Entrez ID in their genes tables; the project's
        // configuration accepts it for one table only.
        let directory = try TemporaryDirectory()
        for figid in ["PMC1__f1", "PMC2__f2"] {
            try directory.write("_figures/\(figid).md", Self.figure(figid))
            try directory.write("_data/\(figid)-genes.tsv", Self.genesHeader + Self.wrongIDRow)
        }
        try directory.write(".pathlint.yaml", "per-file-ignores:\n  '_data/PMC1__f1-genes.tsv': [sidecar-entrez-mismatch]\n")
        let run = try pathlint(["lint", directory.url.path, "--format", "json"])
        // The old id in the configuration still names the rule.
        let flagged = try diagnostics(run).filter { $0["rule"] as? String == "entrez-mismatch" }
        #expect(relative(flagged.compactMap { $0["path"] as? String }, to: directory) == ["_data/PMC2__f2-genes.tsv"], "\(run)")
        // The same from inside the project, with relative paths.
        let inside = try pathlint(["lint", "--format", "json", "_data", "_figures"], workingDirectory: directory.url)
        let relativeRun = try diagnostics(inside).filter { $0["rule"] as? String == "entrez-mismatch" }
        #expect(relativeRun.compactMap { $0["path"] as? String } == ["_data/PMC2__f2-genes.tsv"], "\(inside)")
    }

    @Test func fixRewritesATableAtomically() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("_data/PMC1__f1-chemicals.tsv", "word\tmesh\tmatch\tname\tchebi\r\nATP\tD000255\tNA\tNA\tNA\r\n")
        let run = try pathlint(["lint", "--fix", file.path])
        #expect(run.exitedCleanly, "\(run)")
        let fixed = try String(contentsOf: file, encoding: .utf8)
        #expect(fixed == "word\tmesh\tmatch\tname\tchebi\nATP\tmesh:D000255\tNA\tNA\tNA\n")
    }

    @Test(arguments: CLITests.hostileInputs.map(\.name))
    func hostileTableNeverCrashes(_ name: String) throws {
        let bytes = try #require(CLITests.hostileInputs.first { $0.name == name }?.bytes)
        let directory = try TemporaryDirectory()
        for fileName in ["_data/\(name)-genes.tsv", "_data/\(name)-chemicals.tsv", "\(name).tsv"] {
            let file = try directory.write(fileName, Data(bytes))
            let run = try pathlint(["lint", file.path, "--format", "json"])
            #expect(run.exitedCleanly, "\(fileName): \(run)")
            #expect(throws: Never.self) { _ = try JSONSerialization.jsonObject(with: run.stdout) }
        }
    }
}

import Foundation
import Testing
@testable import PathLintCore

/// The lint fuzz target's inputs, run as `Fuzz/FuzzLint.swift` runs them (the same split
/// and paths; kept in step by hand, the harness being a dozen lines): every input that
/// once crashed (`Fuzz/regressions/lint/`) and the seeds (`Fuzz/seeds/lint/`).
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func inputs() -> [String] {
        var found: [String] = []
        for folder in ["Fuzz/regressions/lint", "Fuzz/seeds/lint"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            found += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
        }
        return found
    }

    @Test func thereAreInputs() {
        #expect(Self.inputs().count >= 6)
    }

    @Test(arguments: inputs())
    func lintAndFixStayInsideTheFile(_ input: String) throws {
        let bytes = Array(try Data(contentsOf: Self.root.appendingPathComponent(input)))
        guard let selector = bytes.first else { return }
        let body = bytes[1...]
        var split = body.endIndex
        var i = body.startIndex
        while i + 1 < body.endIndex {
            if body[i] == 0 && body[i + 1] == 0 { split = i; break }
            i += 1
        }
        let main = Array(body[..<split])
        let companion = split < body.endIndex ? Array(body[(split + 2)...]) : nil
        let figid = "PMC1__f1"
        let figurePath = "repo/_figures/\(figid).md"
        let paths = ["repo/\(figid).md", figurePath, "repo/_data/\(figid)-genes.tsv",
                     "repo/_data/\(figid)-chemicals.tsv", "repo/_data/\(figid)-diseases.tsv"]
        let path = paths[Int(selector) % paths.count]
        var files: [String: [UInt8]] = [:]
        if let companion { files[path == figurePath ? "repo/_data/\(figid)-genes.tsv" : figurePath] = companion }
        var document = AnnotationDocument(path: path, source: SourceText(bytes: main))
        SidecarLayout.attachCompanions(to: &document) { files[$0] }

        let linter = Linter(reference: Fixture.reference)
        for diagnostic in linter.lint(document) {
            #expect(diagnostic.range.start >= 0 && diagnostic.range.start <= diagnostic.range.end
                    && diagnostic.range.end <= main.count, "\(diagnostic.ruleID)")
            for edit in diagnostic.fixes.flatMap(\.edits) {
                #expect(edit.range.start >= 0 && edit.range.end <= main.count, "\(diagnostic.ruleID) fix")
            }
        }
        let outcome = linter.fix(document, includeUnsafe: selector & 0x80 != 0)
        #expect(!(document.isParseable && outcome.changed && !outcome.document.isParseable))
    }
}

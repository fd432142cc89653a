import Foundation
import Testing
@testable import PathLintCore

/// The lint fuzz target's inputs, read as `Fuzz/FuzzLint.swift` reads them (`FuzzInput`)
/// and checked for the same invariants: every input that once crashed (`Fuzz/regressions/lint/`) and the seeds (`Fuzz/seeds/lint/`).
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
        guard let fuzz = FuzzInput(bytes) else { return }
        let document = fuzz.document, main = fuzz.file

        let linter = Linter(reference: Fixture.reference)
        for diagnostic in linter.lint(document) {
            #expect(diagnostic.range.start >= 0 && diagnostic.range.start <= diagnostic.range.end
                    && diagnostic.range.end <= main.count, "\(diagnostic.ruleID)")
            for edit in diagnostic.fixes.flatMap(\.edits) {
                #expect(edit.range.start >= 0 && edit.range.end <= main.count, "\(diagnostic.ruleID) fix")
            }
        }
        let outcome = linter.fix(document, includeUnsafe: fuzz.includeUnsafeFixes)
        #expect(!(document.isParseable && outcome.changed && !outcome.document.isParseable))
    }
}

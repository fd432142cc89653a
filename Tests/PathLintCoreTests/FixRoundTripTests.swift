import Foundation
import Testing
@testable import PathLintCore

/// `--fix --unsafe-fixes` over every real file: the corpus in `../shared/corpus/pfocr`
/// (when checked out) and `examples/`. Fixing converges, never breaks a file, and
/// changes nothing but the values it fixes.
@Suite struct FixRoundTripTests {
    /// The package root: this file is `<root>/Tests/PathLintCoreTests/FixRoundTripTests.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpusDirectory = packageRoot.appendingPathComponent("../shared/corpus/pfocr").standardizedFileURL

    /// Absolute paths: every corpus annotation file, then `examples/*.md`.
    static func files() -> [String] {
        var found: [String] = []
        if let enumerator = FileManager.default.enumerator(at: corpusDirectory, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator {
                let name = url.lastPathComponent
                if name.hasSuffix(".md") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    found.append(url.standardizedFileURL.path)
                }
            }
        }
        let examples = packageRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        found += names.filter { $0.hasSuffix(".md") }.map { examples.appendingPathComponent($0).path }
        return found.sorted()
    }

    static let linter = Linter(reference: Fixture.reference)

    @Test func theExamplesAreAmongTheFiles() {
        #expect(Self.files().contains { $0.hasSuffix("examples/broken-gene-pairs.md") })
        if FileManager.default.fileExists(atPath: Self.corpusDirectory.path) {
            #expect(Self.files().count > 100)
        }
    }

    @Test(arguments: files())
    func fixingConvergesAndKeepsEverythingElse(_ path: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let original = AnnotationDocument(path: path, source: SourceText(bytes: bytes))
        let outcome = Self.linter.fix(original, includeUnsafe: true)

        guard original.isParseable else {
            #expect(!outcome.changed, "a file that does not parse was rewritten")
            #expect(outcome.bytes == bytes)
            return
        }
        // Still parses; the remaining findings are those of the fixed text.
        #expect(outcome.document.isParseable)
        #expect(!outcome.remaining.contains { $0.ruleID == "front-matter" || $0.ruleID == "yaml-syntax" })
        #expect(outcome.remaining == Self.linter.lint(outcome.document))
        // No safe fix is left behind.
        let leftSafe = outcome.remaining.filter { $0.fixes.contains(where: \.isSafe) }
        #expect(leftSafe.isEmpty, "safe fixes left: \(leftSafe.map { "\($0.ruleID): \($0.message)" })")
        // A second run changes nothing.
        let again = Self.linter.fix(outcome.document, includeUnsafe: true)
        #expect(!again.changed, "a second --fix run changed the file")
        #expect(again.fixedCount == 0)
        // The fixed count matches what disappeared (a fix may also end other findings).
        #expect(outcome.changed == (outcome.fixedCount > 0))

        guard outcome.changed else { return }
        try expectSameTreeOutsideTheChanges(original, outcome.document)
    }

    /// Every scalar of the original that is not on a changed line is still there, in the
    /// same order, at the same key path (sequence indices left out, since a deleted entry
    /// shifts them); and the fixed file has the same set of key paths, but for the entry
    /// keys of a list whose last entry a fix deleted.
    private func expectSameTreeOutsideTheChanges(_ before: AnnotationDocument, _ after: AnnotationDocument) throws {
        let oldLines = UnifiedDiff.lines(of: before.source.bytes)
        let newLines = UnifiedDiff.lines(of: after.source.bytes)
        var removed = Set<Int>(), added = Set<Int>()
        for op in UnifiedDiff.editScript(oldLines, newLines) {
            switch op {
            case .delete(let i): removed.insert(i)
            case .insert(let j): added.insert(j)
            case .equal: break
            }
        }
        let oldRoot = try #require(before.root)
        let newRoot = try #require(after.root)
        let kept = scalars(of: oldRoot).filter { !touches($0.range, removed, before.source) }
        let keptAfter = scalars(of: newRoot).filter { !touches($0.range, added, after.source) }
        #expect(kept.map(\.path) == keptAfter.map(\.path))
        #expect(kept.map(\.value) == keptAfter.map(\.value))
        // Key paths stay, except those of a list's entries when a fix deleted its last entry.
        let oldKeys = Set(scalars(of: oldRoot).filter(\.isKey).map(\.path))
        let newKeys = Set(scalars(of: newRoot).filter(\.isKey).map(\.path))
        #expect(newKeys.isSubset(of: oldKeys), "the fix added key paths: \(newKeys.subtracting(oldKeys))")
        let entryLists = [".genes[]", ".chemicals[]", ".diseases[]"]
        #expect(oldKeys.subtracting(newKeys).allSatisfy { path in entryLists.contains { path.hasPrefix($0) } },
                "the key paths changed: \(oldKeys.subtracting(newKeys))")
    }

    private func touches(_ range: ByteRange, _ lines: Set<Int>, _ source: SourceText) -> Bool {
        let first = source.line(containing: range.start)
        let last = source.line(containing: max(range.start, range.end - 1))
        return (first...last).contains { lines.contains($0) }
    }

    private struct Leaf {
        var path: String
        var value: String
        var range: ByteRange
        var isKey: Bool
    }

    /// Scalars (keys and values) in document order with their key paths.
    private func scalars(of root: YAMLNode) -> [Leaf] {
        var leaves: [Leaf] = []
        func walk(_ node: YAMLNode, _ path: String) {
            switch node {
            case .scalar(let scalar):
                leaves.append(Leaf(path: path, value: scalar.value, range: scalar.range, isKey: false))
            case .mapping(let mapping):
                for entry in mapping.entries {
                    let key = entry.keyText ?? "?"
                    leaves.append(Leaf(path: path + "." + key, value: key, range: entry.key.range, isKey: true))
                    walk(entry.value, path + "." + key)
                }
            case .sequence(let sequence):
                for item in sequence.items { walk(item, path + "[]") }
            case .alias(let alias):
                leaves.append(Leaf(path: path, value: "*" + alias.name, range: alias.range, isKey: false))
            }
        }
        walk(root, "")
        return leaves
    }
}

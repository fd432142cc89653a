import Testing
@testable import PathLintCore

private func diff(_ old: String, _ new: String, path: String = "x.md") -> String {
    String(decoding: UnifiedDiff.diff(Array(old.utf8), Array(new.utf8), path: path), as: UTF8.self)
}

/// Applies a unified diff the way `patch` does, checking every context and removed line
/// against `old`; nil when the diff does not fit.
func applyUnifiedDiff(_ diff: [UInt8], to old: [UInt8]) -> [UInt8]? {
    if diff.isEmpty { return old }
    let oldLines = UnifiedDiff.lines(of: old).map(Array.init)
    let lines = UnifiedDiff.lines(of: diff).map(Array.init)
    guard lines.count >= 2, lines[0].starts(with: Array("--- ".utf8)), lines[1].starts(with: Array("+++ ".utf8)) else {
        return nil
    }
    func withBreak(_ line: [UInt8]) -> [UInt8] { line.last == 0x0A ? line : line + [0x0A] }
    var result: [[UInt8]] = []
    var cursor = 0
    var index = 2
    while index < lines.count {
        let header = String(decoding: lines[index], as: UTF8.self)
        guard header.hasPrefix("@@ -"), let plus = header.firstIndex(of: "+") else { return nil }
        let oldPart = header[header.index(header.startIndex, offsetBy: 4)..<plus].split(separator: " ")[0]
        let numbers = oldPart.split(separator: ",").compactMap { Int($0) }
        guard let first = numbers.first else { return nil }
        let count = numbers.count > 1 ? numbers[1] : 1
        let start = count == 0 ? first : first - 1
        guard start >= cursor, start <= oldLines.count else { return nil }
        result += oldLines[cursor..<start]
        cursor = start
        index += 1
        var last: UInt8 = 0
        var removedSeen = 0
        while index < lines.count, lines[index].first != UInt8(ascii: "@") {
            let line = lines[index]
            let body = Array(line.dropFirst())
            switch line.first {
            case UInt8(ascii: " "):
                guard cursor < oldLines.count, withBreak(oldLines[cursor]) == body else { return nil }
                result.append(body); cursor += 1
            case UInt8(ascii: "-"):
                guard cursor < oldLines.count, withBreak(oldLines[cursor]) == body else { return nil }
                cursor += 1; removedSeen += 1
            case UInt8(ascii: "+"):
                result.append(body)
            case UInt8(ascii: "\\"):
                if last != UInt8(ascii: "-") { result[result.count - 1].removeLast() }
            default:
                return nil
            }
            last = line.first ?? 0
            index += 1
        }
        _ = removedSeen
    }
    result += oldLines[cursor...]
    return result.flatMap { $0 }
}

@Suite struct UnifiedDiffTests {
    @Test func equalInputsGiveNoDiff() {
        #expect(diff("a\nb\n", "a\nb\n").isEmpty)
        #expect(diff("", "").isEmpty)
    }

    @Test func oneChangedLineWithThreeLinesOfContext() {
        let old = (1...9).map { "l\($0)\n" }.joined()
        let new = old.replacingAll("l5\n", with: "L5\n")
        #expect(diff(old, new) == """
            --- a/x.md
            +++ b/x.md
            @@ -2,7 +2,7 @@
             l2
             l3
             l4
            -l5
            +L5
             l6
             l7
             l8

            """)
    }

    @Test func farApartChangesGetTwoHunksCloseOnesOne() {
        let old = (1...20).map { "l\($0)\n" }.joined()
        let two = old.replacingAll("l2\n", with: "x\n").replacingAll("l18\n", with: "y\n")
        let text = diff(old, two)
        #expect(text.components("@@ -").count == 3)  // two hunks
        #expect(text.contains("@@ -1,5 +1,5 @@"))
        #expect(text.contains("@@ -15,6 +15,6 @@"))
        // 6 unchanged lines between two changes: the hunks touch and merge.
        let one = old.replacingAll("l5\n", with: "x\n").replacingAll("l12\n", with: "y\n")
        #expect(diff(old, one).components("@@ -").count == 2)  // one hunk
    }

    @Test func missingNewlineAtEndIsMarked() {
        #expect(diff("a\nb", "a\nc") == """
            --- a/x.md
            +++ b/x.md
            @@ -1,2 +1,2 @@
             a
            -b
            \\ No newline at end of file
            +c
            \\ No newline at end of file

            """)
        // Adding the final line break changes the last line.
        #expect(diff("a\nb", "a\nb\n") == """
            --- a/x.md
            +++ b/x.md
            @@ -1,2 +1,2 @@
             a
            -b
            \\ No newline at end of file
            +b

            """)
    }

    @Test func crlfBytesAreKept() {
        let old = Array("a\r\nb\r\nc\r\n".utf8)
        let new = Array("a\r\nB\r\nc\r\n".utf8)
        let output = UnifiedDiff.diff(old, new, path: "x.md")
        #expect(output == Array("--- a/x.md\n+++ b/x.md\n@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n".utf8))
        #expect(applyUnifiedDiff(output, to: old) == new)
    }

    @Test func emptySidesUseLineZero() {
        #expect(diff("", "a\n") == "--- a/x.md\n+++ b/x.md\n@@ -0,0 +1 @@\n+a\n")
        #expect(diff("a\nb\n", "") == "--- a/x.md\n+++ b/x.md\n@@ -1,2 +0,0 @@\n-a\n-b\n")
    }

    @Test func deletedLinesComeBeforeAddedOnes() {
        let text = diff("k\na\nb\nz\n", "k\nx\ny\nz\n")
        #expect(text.hasSuffix("@@ -1,4 +1,4 @@\n k\n-a\n-b\n+x\n+y\n z\n"))
    }

    @Test func labelsDropLeadingSlashAndDot() {
        #expect(diff("a\n", "b\n", path: "./dir/f.md").hasPrefix("--- a/dir/f.md\n+++ b/dir/f.md\n"))
        #expect(diff("a\n", "b\n", path: "/tmp/f.md").hasPrefix("--- a/tmp/f.md\n+++ b/tmp/f.md\n"))
    }

    @Test func theDiffIsMinimal() {
        // Myers finds the shortest script: one deletion and one insertion here.
        let old = "a\nb\nc\nd\ne\nf\n"
        let new = "a\nc\nd\ne\nf\ng\n"
        let script = UnifiedDiff.editScript(UnifiedDiff.lines(of: Array(old.utf8)), UnifiedDiff.lines(of: Array(new.utf8)))
        #expect(script.filter { if case .equal = $0 { false } else { true } }.count == 2)
    }

    @Test func randomEditsRoundTripThroughPatch() {
        var generator = SplitMix(seed: 0x5EED)
        let pool = ["a\n", "b\n", "c\r\n", "  key: 'v'\n", "\n", "b\n", "d\n"]
        for round in 0..<400 {
            var old = (0..<Int.random(in: 0...25, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            var new = old
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let position = Int.random(in: 0...new.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: new.insert(pool.randomElement(using: &generator)!, at: position)
                case 1: if position < new.count { new.remove(at: position) }
                default: if position < new.count { new[position] = "changed \(round)\n" }
                }
            }
            // Sometimes no line break at the end of either side.
            if round % 3 == 0, let last = old.popLast() { old.append(String(last.dropLast())) }
            if round % 5 == 0, let last = new.popLast() { new.append(String(last.dropLast())) }
            let before = Array(old.joined().utf8)
            let after = Array(new.joined().utf8)
            let output = UnifiedDiff.diff(before, after, path: "r.md")
            #expect(applyUnifiedDiff(output, to: before) == after,
                    "round \(round):\n\(String(decoding: output, as: UTF8.self))")
            #expect(output.isEmpty == (before == after))
        }
    }

    @Test func aLongDifferenceFallsBackToOneReplacement() {
        let old = (0..<300).map { "o\($0)\n" }.joined()
        let new = (0..<300).map { "n\($0)\n" }.joined()
        let script = UnifiedDiff.editScript(UnifiedDiff.lines(of: Array(old.utf8)), UnifiedDiff.lines(of: Array(new.utf8)),
                                            maximumDistance: 50)
        #expect(script.count == 600)
        let output = UnifiedDiff.diff(Array(old.utf8), Array(new.utf8), path: "x.md")
        #expect(applyUnifiedDiff(output, to: Array(old.utf8)) == Array(new.utf8))
    }
}

/// A small deterministic random number generator for the property test.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private extension String {
    func components(_ separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        while let found = rest.firstRange(of: separator) {
            parts.append(rest[..<found.lowerBound])
            rest = rest[found.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}

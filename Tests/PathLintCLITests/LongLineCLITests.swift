// Long lines and many findings: `genes: [1,1,…]` on one line. The text format showed the
// whole line under every finding (30,000 findings on a 60 KB line: 2.7 GB); now a window
// around the finding. Timings are in scripts/bench-long-lines.sh, not here.

import Foundation
import Testing

private func longLineFile(items: Int) -> String {
    """
    ---
    figid: PMC199174__JCI0110934.f9
    pmcid: PMC199174
    filename: JCI0110934.f9.jpg
    figlink: /pmc/articles/PMC199174/figure/F9/
    genes: [\(Array(repeating: "1", count: items).joined(separator: ","))]
    ---

    """
}

@Suite struct LongLineCLITests {
    @Test func theTextFormatShowsAWindowOfALongLine() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("PMC199174__JCI0110934.f9.md", longLineFile(items: 3_000))
        let run = try pathlint(["lint", "--no-color", "--select", "field-type", file.path])
        #expect(run.status == 1, "\(run.err)")
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.contains("error[field-type]") }.count == 3_000)
        let longest = lines.map(\.utf8.count).max() ?? 0
        #expect(longest < 400, "a line of \(longest) bytes")
        #expect(run.stdout.count < 3_000 * 700)

        // The finding at item 1,500 (column 8 + 2 × 1,499 + 1): cut on both sides, the caret under its `1`.
        let header = try #require(lines.firstIndex { $0.contains(":6:\(8 + 2 * 1_499 + 1):") })
        let source = String(lines[header + 2])
        let carets = String(lines[header + 3])
        #expect(source.hasPrefix("6 | …") && source.hasSuffix("…"), "\(source)")
        let caret = try #require(carets.firstIndex(of: "^"))
        let column = carets.distance(from: carets.startIndex, to: caret)
        #expect(Array(source)[column] == "1", "\(source)\n\(carets)")
        #expect(carets.filter { $0 == "^" }.count == 1)
    }

    @Test func columnsAtTheEndOfALongLineWithNonASCIITextAreExact() throws {
        // Columns count code points: the line before the last item holds 2,000 `é`.
        let directory = try TemporaryDirectory()
        let text = longLineFile(items: 2).replacingOccurrences(
            of: "genes: [1,1]", with: "genes: [\"\(String(repeating: "é", count: 2_000))\", 1]")
        let file = try directory.write("PMC199174__JCI0110934.f9.md", text)
        let run = try pathlint(["lint", "--format", "json", "--select", "field-type", file.path])
        let found = try diagnostics(run)
        #expect(found.count == 2)
        #expect(found.last?["line"] as? Int == 6)
        #expect(found.last?["column"] as? Int == 8 + 1 + 2_000 + 1 + 2 + 1)
    }
}

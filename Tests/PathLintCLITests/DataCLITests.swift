import Foundation
import Testing

/// `pathlint data build`, `pathlint data info` and `--version`, end to end, with small
/// inputs in the official formats.
@Suite struct DataCLITests {
    static let completeSet = """
        hgnc_id\tsymbol\tname\tlocus_type\tstatus\talias_symbol\tprev_symbol\tdate_modified\tentrez_id
        HGNC:6840\tMAP2K1\tmitogen-activated protein kinase kinase 1\tgene with protein product\tApproved\t"MEK1|MKK1"\tPRKMK1\t2026-06-01\t5604
        HGNC:6842\tMEK2NEW\tmitogen-activated protein kinase kinase 2\tgene with protein product\tApproved\tMEK2\tMAP2K2\t2026-06-02\t5605

        """

    static let file = """
        ---
        figid: PMC199174__JCI0110934.f9
        pmcid: PMC199174
        filename: JCI0110934.f9.jpg
        figlink: /pmc/articles/PMC199174/figure/F9/
        genes:
        - word: MEK2
          symbol: MEK2
          source: hgnc_alias_symbol
          hgnc_symbol: MAP2K2
          entrez: '5605'
        ---

        """

    @Test func buildThenInfoThenLintWithTheNewData() throws {
        let scratch = try TemporaryDirectory()
        let hgnc = try scratch.write("in/hgnc_complete_set.txt", Self.completeSet)
        let annotation = try scratch.write("PMC199174__JCI0110934.f9.md", Self.file)
        let output = scratch.url.appendingPathComponent("snapshot").path
        let built = try pathlint(["data", "build", "--output", output, "--hgnc", hgnc.path])
        #expect(built.status == 0, "\(built)")
        #expect(built.out.contains("read hgnc: hgnc_complete_set.txt (\(Self.completeSet.utf8.count) bytes, 2026-06-02 from content)"))
        #expect(built.out.contains("hgnc.tsv: "))

        let info = try pathlint(["data", "info", "--reference", output])
        #expect(info.status == 0, "\(info)")
        #expect(info.out.contains("snapshot: \(output)\nfound by: --reference\n"))
        #expect(info.out.contains("data as of: HGNC 2026-06-02, MeSH 2025-07-30, FamPlex 2024-07-23\n"))
        let sha = try sha256sum(hgnc.path)
        #expect(info.out.contains("  hgnc: hgnc_complete_set.txt, \(Self.completeSet.utf8.count) bytes, sha256 \(sha), 2026-06-02 (content)\n"))
        #expect(info.out.contains("  mesh-descriptors: mesh_id_label_mappings.tsv, "))  // kept from the bundled snapshot
        #expect(info.out.contains("  hgnc.tsv: "))

        let version = try pathlint(["--version"], environment: ["PATHLINT_REFERENCE": output])
        #expect(version.status == 0)
        #expect(version.out == "0.1.0\nreference data: HGNC 2026-06-02, MeSH 2025-07-30, FamPlex 2024-07-23 (\(output))\n")

        let bundled = try pathlint(["lint", "--select", "outdated-hgnc-symbol", annotation.path])
        #expect(bundled.status == 0, "\(bundled)")
        let fresh = try pathlint(["lint", "--select", "outdated-hgnc-symbol", "--reference", output, annotation.path])
        #expect(fresh.out.contains("`MAP2K2` is a previous HGNC symbol; the current symbol is MEK2NEW"), "\(fresh)")
    }

    @Test func versionNamesTheBundledDataDates() throws {
        let run = try pathlint(["--version"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("0.1.0\nreference data: HGNC 2024-07-23, MeSH 2025-07-30, FamPlex 2024-07-23 ("))
    }

    @Test func aTruncatedInputExitsTwoNamingFileAndLineAndWritesNothing() throws {
        let scratch = try TemporaryDirectory()
        let text = Self.completeSet
        let hgnc = try scratch.write("hgnc_complete_set.txt", String(text.prefix(text.utf8.count - 30)))
        let output = scratch.url.appendingPathComponent("snapshot").path
        let run = try pathlint(["data", "build", "--output", output, "--hgnc", hgnc.path])
        #expect(run.status == 2)
        #expect(run.err == "pathlint: data build: \(hgnc.path):3: truncated: the last line has no line ending\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["hgnc_complete_set.txt"])
    }

    @Test func usageErrorsExitTwo() throws {
        let scratch = try TemporaryDirectory()
        let missing = try pathlint(["data", "build", "--output", scratch.url.appendingPathComponent("s").path,
                                    "--hgnc", "/nonexistent/hgnc_complete_set.txt"])
        #expect(missing.status == 2)
        #expect(missing.err == "pathlint: data build: /nonexistent/hgnc_complete_set.txt: No such file or directory\n")
        #expect(try pathlint(["data", "build", "--hgnc-withdrawn", "x", "--output", "y"]).status == 2)
        #expect(try pathlint(["data", "build"]).status == 2)
        #expect(try pathlint(["data", "info", "--reference", scratch.url.path]).status == 2)
    }

    private func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}

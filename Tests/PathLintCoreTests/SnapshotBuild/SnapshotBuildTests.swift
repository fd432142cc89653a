import Foundation
import Testing
@testable import PathLintCore

/// `pathlint data build`'s core: official-format inputs into a snapshot the indexes read.
@Suite struct SnapshotBuildTests {
    var built: ReferenceSnapshot { OfficialFormatFixture.snapshot }

    @Test func hgncCompleteSetAndWithdrawnBecomeRecordsAndSymbols() throws {
        let renamed = try #require(built.hgnc.approved(symbol: "MEK2NEW"))
        #expect(renamed.hgncID == "HGNC:6842")
        #expect(renamed.entrez == "5605")
        #expect(renamed.previousSymbols == ["MAP2K2", "PRKMK2"])
        #expect(renamed.aliases == ["MEK2"])
        #expect(renamed.locusType == "gene with protein product")
        #expect(built.hgnc.approved(symbol: "MAP2K2") == nil)
        #expect(built.hgnc.matches(for: "MAP2K2").map(\.claim) == [.previous])
        #expect(built.hgnc.approved(entrez: "5604")?.symbol == "MAP2K1")
        let merged = try #require(built.hgnc.record(number: "900002"))
        #expect(merged.status == .symbolWithdrawn)
        #expect(merged.successors == ["11998"])
        #expect(built.hgnc.record(number: "900001")?.status == .entryWithdrawn)
        // The complete set replaces HGNC: a gene it does not list is gone.
        #expect(built.hgnc.approved(symbol: "BRAF") == nil)
        #expect(Fixture.reference.hgnc.approved(symbol: "BRAF") != nil)
    }

    @Test func geneGroupsAreKeptPerGeneAndUnknownWithoutThem() throws {
        let groups = try #require(built.geneGroups(hgncNumber: "6842"))
        #expect(groups.names == ["Mitogen-activated protein kinase kinases", "Kinases"])
        #expect(groups.ids == ["653", "1"])
        #expect(built.geneGroups(hgncNumber: "11998") == nil)
        #expect(Fixture.reference.geneGroups(hgncNumber: "6840") == nil)
    }

    @Test func meshASCIIRecordsBecomeConceptsWithResolvedHeadings() throws {
        let glucose = try #require(built.mesh.concept(id: "D005947"))
        #expect(glucose.label == "Glucose")
        #expect(glucose.entryTerms == ["Dextrose", "D-Glucose"])
        #expect(glucose.treeNumbers == ["D09.947.371"])
        let supplementary = try #require(built.mesh.concept(id: "C000999999"))
        #expect(supplementary.mappedHeadings == ["D005947", "D000099999"])
        #expect(supplementary.entryTerms == ["new compound 1"])
        #expect(built.mesh.concepts(withLabelPrefix: "newmy", limit: 5).map(\.concept.id) == ["D000099999", "D000099999"])
        #expect(built.mesh.concept(id: "D000001") == nil)
        #expect(built.info.first { $0.key == "mesh-descriptors" }?.value == "2")
    }

    @Test func famplexCSVsBecomeEntitiesAndNames() {
        #expect(built.famplex.members(of: "MEK") == ["MAP2K1", "MEK2NEW"])
        #expect(built.famplex.entities(named: "MEK1/2") == ["MEK"])
        #expect(built.famplex.entities(named: "map kinase kinase") == ["MEK"])
        // The 2018 lexicon's names come from the base snapshot.
        #expect(built.famplex.lexicon2018Members(named: "AC") == Fixture.reference.famplex.lexicon2018Members(named: "AC"))
    }

    @Test func ncbiGenesPerTaxonAndDiscontinuedIDs() throws {
        let ncbi = built.ncbi
        #expect(ncbi.hasGeneInfo && ncbi.hasHistory)
        #expect(ncbi.hasTaxon("10090") && ncbi.hasTaxon("10116") && !ncbi.hasTaxon("7227"))
        let gene = try #require(ncbi.gene(id: "26396"))
        #expect(gene.taxon == "10090" && gene.symbol == "Map2k2" && gene.type == "protein-coding" && gene.synonyms == ["Mek2"])
        #expect(ncbi.matches(for: "Map2k1", taxon: "10090").map(\.geneID) == ["26395"])
        #expect(ncbi.matches(for: "MEK2", taxon: "10090").map { [$0.text, $0.geneID] } == [["Mek2", "26396"]])
        #expect(ncbi.matches(for: "Map2k2", taxon: "10116").isEmpty)
        let gone = try #require(ncbi.discontinued(id: "26397"))
        #expect(gone.replacement == nil && gone.symbol == "Gm9999" && gone.date == "2023-05-05")
        #expect(ncbi.currentID(replacing: "100000002") == "26396")  // through a replacement discontinued since
        #expect(ncbi.currentID(replacing: "26397") == nil)
    }

    @Test func aSnapshotWithoutNCBIDataAnswersUnknown() {
        let ncbi = Fixture.reference.ncbi
        #expect(!ncbi.hasGeneInfo && !ncbi.hasHistory && !ncbi.hasTaxon("10090"))
        #expect(ncbi.gene(id: "26396") == nil)
        #expect(ncbi.matches(for: "Map2k2", taxon: "10090").isEmpty)
        #expect(ncbi.discontinued(id: "26397") == nil)
    }

    @Test func provenanceRecordsEachInputAndWhatTheDataAreAsOf() throws {
        let inputs = Dictionary(built.inputs.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let hgnc = try #require(inputs["hgnc"])
        #expect(hgnc.fileName == "hgnc_complete_set.txt")
        #expect(hgnc.size == OfficialFormatFixture.hgncCompleteSet.utf8.count)
        #expect(hgnc.date == "2026-05-17" && hgnc.dateSource == "content")  // the newest date_modified
        var digest = SHA256()
        digest.update(Array(OfficialFormatFixture.hgncCompleteSet.utf8))
        #expect(hgnc.sha256 == digest.finalizeHex())
        #expect(inputs["mesh-descriptors"]?.date == "2026-01-15")
        #expect(inputs["ncbi-gene-info"]?.date == "2026-03-02")
        #expect(inputs["gene-history"]?.date == "2024-01-02")
        #expect(inputs["famplex-entities"]?.dateSource == "mtime")
        #expect(inputs["famplex-equivalences"] != nil)
        #expect(built.dataDateSummary == "HGNC 2026-05-17, MeSH 2026-01-15, FamPlex \(inputs["famplex-entities"]!.date), NCBI Gene 2026-03-02, NCBI gene_history 2024-01-02")
        // Inputs not given keep the base's provenance.
        #expect(built.inputs.contains { $0.name == "pfocr-lexicon-2018-bioentities" })
        #expect(Fixture.reference.dataDateSummary == "HGNC 2024-07-23, MeSH 2025-07-30, FamPlex 2024-07-23")
    }

    @Test func whatIsNotGivenComesFromTheBase() throws {
        let folder = try OfficialFormatFixture.writeInputs()
        var inputs = SnapshotInputs()
        inputs.meshDescriptors = folder + "/d2026.bin"
        let summary = try SnapshotBuilder.build(inputs, base: Fixture.reference, output: folder + "/out")
        let snapshot = try ReferenceSnapshot(directory: folder + "/out")
        #expect(snapshot.mesh.concept(id: "D000099999")?.label == "Newmycin")
        #expect(snapshot.mesh.concept(id: "D000001") == nil)
        // Supplementary concepts, HGNC and FamPlex as in the bundled snapshot.
        #expect(snapshot.mesh.concept(id: "C000002")?.label == "bevonium")
        #expect(snapshot.hgnc.approved(symbol: "BRAF") != nil)
        #expect(summary.fromBase.contains("hgnc.tsv") && summary.fromBase.contains("MeSH supplementary concepts"))
        #expect(snapshot.dataDate("mesh") == "2026-01-15" && snapshot.dataDate("hgnc") == "2024-07-23")
        for file in ["hgnc.tsv", "hgnc-symbols.tsv", "famplex.tsv", "word-lists.tsv"] {
            #expect(FileManager.default.contents(atPath: folder + "/out/" + file)
                == FileManager.default.contents(atPath: Fixture.reference.directory + "/" + file))
        }
    }

    @Test func aTruncatedInputIsAnErrorNamingFileAndLineAndLeavesTheOutputAlone() throws {
        let folder = try OfficialFormatFixture.writeInputs()
        var inputs = SnapshotInputs()
        inputs.hgnc = folder + "/hgnc_complete_set.txt"
        let output = folder + "/out"
        _ = try SnapshotBuilder.build(inputs, base: Fixture.reference, output: output)
        let before = FileManager.default.contents(atPath: output + "/hgnc.tsv")
        // Cut in the middle of the third row.
        let text = OfficialFormatFixture.hgncCompleteSet
        let cut = String(text.prefix(text.utf8.count - 60))
        try cut.write(toFile: folder + "/hgnc_complete_set.txt", atomically: false, encoding: .utf8)
        #expect(throws: SnapshotBuildError.input(path: folder + "/hgnc_complete_set.txt", line: 4,
                                                 message: "truncated: the last line has no line ending")) {
            try SnapshotBuilder.build(inputs, base: Fixture.reference, output: output)
        }
        #expect(FileManager.default.contents(atPath: output + "/hgnc.tsv") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".out.build-") }
        #expect(leftovers.isEmpty)
    }

    @Test func malformedInputsNameFileAndLine() throws {
        let folder = try OfficialFormatFixture.writeInputs()
        func failure(_ name: String, _ text: String, _ set: (inout SnapshotInputs, String) -> Void) -> String {
            let path = folder + "/" + name
            try? text.write(toFile: path, atomically: false, encoding: .utf8)
            var inputs = SnapshotInputs()
            set(&inputs, path)
            do {
                _ = try SnapshotBuilder.build(inputs, base: Fixture.reference, output: folder + "/never")
                return "built"
            } catch {
                return error.description.replacingOccurrences(of: folder + "/", with: "")
            }
        }
        #expect(failure("d.bin", "*NEWRECORD\nMH = X\nbroken line\n") { $0.meshDescriptors = $1 }
            == "d.bin:3: expected `KEY = value`")
        #expect(failure("d2.bin", "*NEWRECORD\nMH = X\n\n*NEWRECORD\nMH = Y\nUI = D000002\n") { $0.meshDescriptors = $1 }
            == "d2.bin:1: descriptor record without a descriptor UI (D + 6 or 9 digits)")
        #expect(failure("h.txt", "hgnc_id\tsymbol\tname\tstatus\nHGNC:1\tA\ta\tApproved\textra\n") { $0.hgnc = $1 }
            == "h.txt:2: 5 columns where the header has 4")
        #expect(failure("h2.txt", "HGNC ID\tApproved symbol\n") { $0.hgnc = $1 }
            == "h2.txt:1: not HGNC's complete set: no `hgnc_id` column in the header")
        #expect(failure("g", "#tax_id\tGeneID\tSymbol\tSynonyms\tdescription\ttype_of_gene\n10090\tx\tA\t-\t-\t-\n") { $0.ncbiGeneInfo = [$1] }
            == "g:2: tax_id and GeneID must be numbers")
        #expect(failure("u.txt", "hgnc_id\tsymbol\tname\tstatus\nHGNC:1\tA\t\u{FFFD}\tApproved\n") { $0.hgnc = $1 } == "built")
        #expect(failure("missing", "") { $0.hgnc = $1 + "-not-there" }.hasPrefix("missing-not-there: "))
    }

    @Test func invalidUTF8IsAnError() throws {
        let folder = try OfficialFormatFixture.writeInputs()
        let path = folder + "/h.txt"
        let bytes = Array("hgnc_id\tsymbol\tname\tstatus\nHGNC:1\tA\t".utf8) + [0xFF] + Array("\tApproved\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        var inputs = SnapshotInputs()
        inputs.hgnc = path
        #expect(throws: SnapshotBuildError.input(path: path, line: 2, message: "not valid UTF-8")) {
            try SnapshotBuilder.build(inputs, base: Fixture.reference, output: folder + "/out")
        }
    }

    @Test func theOutputMustBeNewEmptyOrASnapshot() throws {
        let folder = try OfficialFormatFixture.writeInputs()
        var inputs = SnapshotInputs()
        inputs.famplex = folder + "/famplex"
        // `folder` holds the inputs: not a snapshot, not empty.
        #expect(throws: SnapshotBuildError.usage("\(folder) is neither empty nor a pathlint snapshot: not replacing it")) {
            try SnapshotBuilder.build(inputs, base: Fixture.reference, output: folder)
        }
        // A snapshot is replaced, in place.
        _ = try SnapshotBuilder.build(inputs, base: Fixture.reference, output: folder + "/out/")
        _ = try SnapshotBuilder.build(inputs, base: Fixture.reference, output: folder + "/out")
        #expect(try ReferenceSnapshot(directory: folder + "/out").famplex.members(of: "MEK") == ["MAP2K1", "MEK2NEW"])
    }
}

/// The sorted writer spills to run files past its budget and merges them.
@Suite struct SortedLineWriterTests {
    @Test func spilledRunsMergeIntoTheSameSortedDistinctLines() throws {
        let folder = NSTemporaryDirectory() + "pathlint-sorted-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        let lines = (0..<5000).map { _ in "K\(Int.random(in: 0..<2000, using: &generator))\tv\(Int.random(in: 0..<3, using: &generator))" }
            + ["é\tx", "e\tx", "E\tx", "K1", "K1\t"]
        let small = SortedLineWriter(path: folder + "/small.tsv", scratch: folder, budget: 512)
        for line in lines { try small.add(line) }
        let count = try small.finish()
        let expected = Set(lines).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let written = try String(contentsOfFile: folder + "/small.tsv", encoding: .utf8)
        #expect(count == expected.count)
        #expect(written == expected.joined(separator: "\n") + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["small.tsv"])  // runs removed
    }

    @Test func sha256MatchesTheStandardVectors() {
        func hex(_ chunks: [[UInt8]]) -> String {
            var digest = SHA256()
            for chunk in chunks { digest.update(chunk) }
            return digest.finalizeHex()
        }
        #expect(hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex([Array("abc".utf8)]) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hex([long]) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Split at every odd place: the same digest.
        #expect(hex([Array(long[0..<5]), Array(long[5..<50]), Array(long[50...])]) == hex([long]))
        #expect(hex(Array(repeating: Array(repeating: UInt8(ascii: "a"), count: 1000), count: 1000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func textCleaningMatchesTheScript() {
        #expect(TextCleaning.clean("  a\t|b\r\n c \u{A0}") == "a b  c")  // as Python: "a\t|b" one space, "\r\n " two
        #expect(TextCleaning.clean("plain") == "plain")
        #expect(TextCleaning.splitMulti("a, b, , c", ", ") == ["a", "b", "c"])
        #expect(TextCleaning.words("House, Slaughter") == TextCleaning.words("Slaughter House"))
        #expect(MeSHImport.labelLines(id: "D1", label: "Abattoirs", terms: ["Abattoir", "Slaughter House", "House, Slaughter", "abattoirs"])
            == ["ABATTOIRS\t\tD1", "ABATTOIR\tAbattoir\tD1", "SLAUGHTERHOUSE\tSlaughter House\tD1"])
        #expect(HGNCImport.successorsInName("symbol withdrawn, see [HGNC:4206](x) and [HGNC:9936]/y") == ["4206", "9936"])
    }
}

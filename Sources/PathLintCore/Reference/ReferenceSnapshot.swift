#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reference data every gene and MeSH rule reads: HGNC, MeSH and FamPlex (and,
/// optionally, NCBI Gene), as built by `scripts/build-snapshot.py` or `pathlint data build`
/// into a folder of sorted, memory-mapped text files.
/// Opening one maps its files and reads nothing else.
public final class ReferenceSnapshot: Sendable {
    public static let formatVersion = "1"

    public let directory: String
    public let hgnc: HGNCIndex
    public let mesh: MeSHIndex
    public let famplex: FamPlexIndex
    /// Words that are not genes (empty in a snapshot built before `word-lists.tsv`).
    public let words: WordLists
    /// NCBI Gene symbols, IDs and discontinued IDs (optional: empty answers without them).
    public let ncbi: NCBIGeneIndex
    /// `snapshot.info`, as key/value lines (format, sources, counts, inputs, dates).
    public let info: [(key: String, value: String)]
    /// `hgnc-groups.tsv`: HGNC number, group names, group IDs (optional).
    let hgncGroups: SortedLines?

    /// What each dataset is as of (`hgnc` 2024-07-23), from `snapshot.info`'s `date` lines,
    /// in the order written (hgnc, mesh, famplex, ncbi-gene, gene-history).
    public var dataDates: [(dataset: String, date: String)] {
        info.compactMap { entry in
            guard entry.key == "date" else { return nil }
            let parts = entry.value.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    /// The inputs the snapshot was built from, as `snapshot.info` records them.
    public var inputs: [InputProvenance] {
        info.compactMap { $0.key == "input" ? InputProvenance(infoValue: $0.value) : nil }
    }

    /// "HGNC 2024-07-23, MeSH 2025-07-30, FamPlex 2024-07-23": what the data are as of,
    /// for `--version` and hovers; nil for a snapshot without dates.
    public var dataDateSummary: String? {
        let names = ["hgnc": "HGNC", "mesh": "MeSH", "famplex": "FamPlex", "ncbi-gene": "NCBI Gene",
                     "gene-history": "NCBI gene_history"]
        let parts = dataDates.map { "\(names[$0.dataset] ?? $0.dataset) \($0.date)" }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The date of one dataset (`hgnc`, `mesh`, …), if the snapshot records it.
    public func dataDate(_ dataset: String) -> String? {
        dataDates.first { $0.dataset == dataset }?.date
    }

    /// The HGNC gene groups of an approved gene, when the snapshot has them (nil: unknown).
    public func geneGroups(hgncNumber: some StringProtocol) -> HGNCGeneGroups? {
        guard let columns = hgncGroups?.record(forKey: String(hgncNumber)), columns.count >= 2 else { return nil }
        return HGNCGeneGroups(names: SortedLines.values(columns[1]),
                              ids: columns.count > 2 ? SortedLines.values(columns[2]) : [])
    }

    public init(directory: String) throws(ReferenceError) {
        self.directory = directory
        func map(_ name: String) throws(ReferenceError) -> SortedLines {
            SortedLines(file: try MappedFile(path: directory + "/" + name))
        }
        let infoFile: MappedFile
        do {
            infoFile = try MappedFile(path: directory + "/snapshot.info")
        } catch {
            throw .notASnapshot(directory: directory, reason: "no snapshot.info")
        }
        let infoText = String(decoding: infoFile.bytes, as: UTF8.self)
        info = infoText.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        let format = info.first { $0.key == "format" }?.value
        guard format == Self.formatVersion else {
            throw .notASnapshot(directory: directory,
                                reason: "format \(format ?? "missing"), this pathlint reads format \(Self.formatVersion)")
        }
        hgnc = HGNCIndex(records: try map("hgnc.tsv"), symbols: try map("hgnc-symbols.tsv"),
                         entrez: try map("hgnc-entrez.tsv"))
        // mesh-labels.tsv (label completion) came later within format 1: optional.
        let labels = access(directory + "/mesh-labels.tsv", R_OK) == 0 ? try map("mesh-labels.tsv") : nil
        mesh = MeSHIndex(concepts: try map("mesh.tsv"), labels: labels)
        words = WordLists(lines: access(directory + "/word-lists.tsv", R_OK) == 0 ? try map("word-lists.tsv") : nil)
        // Optional files: a snapshot without them answers "unknown".
        func optional(_ name: String) throws(ReferenceError) -> SortedLines? {
            access(directory + "/" + name, R_OK) == 0 ? try map(name) : nil
        }
        ncbi = NCBIGeneIndex(genes: try optional("ncbi-genes.tsv"), symbols: try optional("ncbi-symbols.tsv"),
                             taxa: try optional("ncbi-taxa.tsv"), history: try optional("gene-history.tsv"))
        hgncGroups = try optional("hgnc-groups.tsv")
        famplex = FamPlexIndex(entities: try map("famplex.tsv"), names: try map("famplex-names.tsv"),
                               lexicon2018: try map("lexicon-2018-families.tsv"))
    }

    /// Opens the snapshot `ReferenceLocation` finds: `explicit` (a flag or an editor
    /// setting), `$PATHLINT_REFERENCE`, `configured` (a `.pathlint.yaml`'s `reference`),
    /// then the one that ships with pathlint.
    public static func open(explicit: String? = nil, configured: String? = nil) throws(ReferenceError) -> ReferenceSnapshot {
        try ReferenceSnapshot(directory: try ReferenceLocation.directory(explicit: explicit, configured: configured))
    }
}

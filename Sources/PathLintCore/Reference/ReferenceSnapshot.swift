#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reference data every gene and MeSH rule reads: HGNC, MeSH and FamPlex, as built
/// by `scripts/build-snapshot.py` into a folder of sorted, memory-mapped text files.
/// Opening one maps its files and reads nothing else.
public final class ReferenceSnapshot: Sendable {
    public static let formatVersion = "1"

    public let directory: String
    public let hgnc: HGNCIndex
    public let mesh: MeSHIndex
    public let famplex: FamPlexIndex
    /// Words that are not genes (empty in a snapshot built before `word-lists.tsv`).
    public let words: WordLists
    /// `snapshot.info`, as key/value lines (format, sources, counts, input checksums).
    public let info: [(key: String, value: String)]

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

import ArgumentParser
import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

/// `pathlint data`: build a reference snapshot from the official files, and show the one in use.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Build reference data from official HGNC, MeSH, FamPlex and NCBI files, or show the data in use.",
        subcommands: [DataBuildCommand.self, DataInfoCommand.self]
    )

    /// The snapshot `--reference` names, else `$PATHLINT_REFERENCE`, else the bundled one,
    /// and how it was found.
    /// The snapshot directory `data` commands use, found as `ReferenceLocation` finds it
    /// (no configuration file: `data` is about the snapshot itself), and what found it.
    static func locate(_ reference: String?) throws(ReferenceError) -> (directory: String, foundBy: String) {
        if let reference { return (reference, "--reference") }
        if let named = ReferenceLocation.named(explicit: nil) { return (named, "$PATHLINT_REFERENCE") }
        return (try ReferenceLocation.shipped(), "the snapshot that ships with pathlint")
    }

    static func open(_ reference: String?) throws -> (snapshot: ReferenceSnapshot, foundBy: String) {
        do {
            let located = try locate(reference)
            return (try ReferenceSnapshot(directory: located.directory), located.foundBy)
        } catch {
            StandardError.write("pathlint: \(error)\n")
            throw ExitCode(2)
        }
    }
}

struct DataBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a reference snapshot folder from official files.",
        discussion: """
        Each input is optional: what is not given is taken from the snapshot in use \
        (--reference, $PATHLINT_REFERENCE or the bundled one). The folder is written beside \
        OUTPUT under a temporary name and renamed into place when complete, so a failed \
        build leaves OUTPUT as it was. Inputs are read as a stream (the whole gene_info is \
        gigabytes). Exit status: 0 built; 2 for a usage error or an input that is missing, \
        malformed or truncated (the message names the file and line).
        """
    )

    @Option(help: ArgumentHelp("The snapshot folder to write (created, or replaced when it is a snapshot).", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp("HGNC's hgnc_complete_set.txt (tab-separated).", valueName: "file"))
    var hgnc: String?

    @Option(help: ArgumentHelp("HGNC's withdrawn.txt (with --hgnc).", valueName: "file"))
    var hgncWithdrawn: String?

    @Option(help: ArgumentHelp("NLM's MeSH descriptors in ASCII (dYYYY.bin).", valueName: "file"))
    var meshDescriptors: String?

    @Option(help: ArgumentHelp("NLM's MeSH supplementary concept records in ASCII (cYYYY.bin).", valueName: "file"))
    var meshSupplementary: String?

    @Option(help: ArgumentHelp("A folder holding FamPlex's entities.csv, relations.csv, grounding_map.csv and equivalences.csv.",
                               valueName: "dir"))
    var famplex: String?

    @Option(name: .customLong("ncbi-gene-info"),
            help: ArgumentHelp("NCBI Gene's gene_info, whole or one organism's, uncompressed (repeatable).", valueName: "file"))
    var ncbiGeneInfo: [String] = []

    @Option(help: ArgumentHelp("NCBI Gene's gene_history, uncompressed.", valueName: "file"))
    var geneHistory: String?

    @Option(name: .customLong("ncbi-taxa"),
            help: ArgumentHelp("Keep only these NCBI taxa from gene_info and gene_history (comma-separated; default all).",
                               valueName: "id,..."))
    var ncbiTaxa: String?

    @Option(help: ArgumentHelp("An English word list (one word a line) for the English-word evidence (Debian: /usr/share/dict/american-english).",
                               valueName: "file"))
    var english: String?

    @Option(name: .customLong("reference"),
            help: ArgumentHelp("The snapshot to take what is not given from.", valueName: "dir"))
    var referenceDirectory: String?

    func validate() throws {
        if hgncWithdrawn != nil && hgnc == nil { throw ValidationError("--hgnc-withdrawn needs --hgnc") }
        if let ncbiTaxa, ncbiTaxa.split(separator: ",").contains(where: { $0.isEmpty || !$0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) {
            throw ValidationError("--ncbi-taxa takes NCBI Taxonomy IDs separated by commas (9606,10090)")
        }
    }

    func run() throws {
        let (base, _) = try DataCommand.open(referenceDirectory)
        var inputs = SnapshotInputs()
        inputs.hgnc = hgnc
        inputs.hgncWithdrawn = hgncWithdrawn
        inputs.meshDescriptors = meshDescriptors
        inputs.meshSupplementary = meshSupplementary
        inputs.famplex = famplex
        inputs.ncbiGeneInfo = ncbiGeneInfo
        inputs.geneHistory = geneHistory
        inputs.ncbiTaxa = Set((ncbiTaxa ?? "").split(separator: ",").map(String.init))
        inputs.english = english
        let summary: SnapshotBuildSummary
        do {
            summary = try SnapshotBuilder.build(inputs, base: base, output: output)
        } catch {
            StandardError.write("pathlint: data build: \(error)\n")
            throw ExitCode(2)
        }
        var out = OutputBuffer()
        out.write("Built \(output)\n")
        for input in summary.inputs {
            out.write("  read \(input.name): \(input.fileName) (\(input.size) bytes, \(input.date) from \(input.dateSource))\n")
        }
        if !summary.fromBase.isEmpty {
            out.write("  from \(base.directory): \(summary.fromBase.joined(separator: ", "))\n")
        }
        for (file, count) in summary.lines { out.write("  \(file): \(count) lines\n") }
        if summary.unresolvedHeadings > 0 {
            out.write("  \(summary.unresolvedHeadings) MeSH HM headings named no descriptor and were left out\n")
        }
        out.flush()
    }
}

struct DataInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print the reference snapshot in use: where it was found, its inputs with checksums and dates, and its counts."
    )

    @Option(name: .customLong("reference"), help: ArgumentHelp("A snapshot folder (default: $PATHLINT_REFERENCE, then the bundled one).",
                                                               valueName: "dir"))
    var referenceDirectory: String?

    func run() throws {
        let (snapshot, foundBy) = try DataCommand.open(referenceDirectory)
        var out = OutputBuffer()
        out.write("snapshot: \(snapshot.directory)\n")
        out.write("found by: \(foundBy)\n")
        out.write("data as of: \(snapshot.dataDateSummary ?? "not recorded (a snapshot built before dates were)")\n")
        for (key, value) in snapshot.info where key == "format" || key == "source" {
            out.write("\(key): \(value)\n")
        }
        let inputs = snapshot.inputs
        out.write("inputs:\n")
        for input in inputs {
            out.write("  \(input.name): \(input.fileName), \(input.size) bytes, sha256 \(input.sha256), \(input.date) (\(input.dateSource))\n")
        }
        // Snapshots built by older scripts record only checksums.
        for (key, value) in snapshot.info where key == "input-sha256" {
            let parts = value.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { out.write("  \(parts[0]): sha256 \(parts[1])\n") }
        }
        out.write("counts:\n")
        for (key, value) in snapshot.info where key == "mesh-descriptors" || key == "mesh-supplementary" {
            out.write("  \(key): \(value)\n")
        }
        for (key, value) in snapshot.info where key == "lines" {
            let parts = value.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { out.write("  \(parts[0]): \(parts[1]) lines\n") }
        }
        out.write("optional data:\n")
        out.write("  NCBI gene_info: \(snapshot.ncbi.hasGeneInfo ? "present" : "absent (non-human rows are not checked against NCBI Gene)")\n")
        out.write("  NCBI gene_history: \(snapshot.ncbi.hasHistory ? "present" : "absent (discontinued Gene IDs are not reported)")\n")
        out.flush()
    }
}

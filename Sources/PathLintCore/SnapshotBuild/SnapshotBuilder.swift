#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The official files `pathlint data build` imports. Whatever is nil (or empty) comes
/// from the base snapshot.
public struct SnapshotInputs: Sendable {
    public var hgnc: String?
    public var hgncWithdrawn: String?
    public var meshDescriptors: String?
    public var meshSupplementary: String?
    /// A folder holding FamPlex's `entities.csv`, `relations.csv`, `grounding_map.csv`
    /// (and `equivalences.csv`, recorded when present).
    public var famplex: String?
    public var ncbiGeneInfo: [String] = []
    public var geneHistory: String?
    /// NCBI taxa to keep from `gene_info` and `gene_history` (all when empty).
    public var ncbiTaxa: Set<String> = []
    /// An English word list (one word a line) for `word-lists.tsv`'s English words.
    public var english: String?

    public init() {}
}

/// What a build wrote.
public struct SnapshotBuildSummary: Sendable {
    /// Snapshot file → number of lines, in the order written.
    public var lines: [(file: String, count: Int)] = []
    /// Inputs read in this build.
    public var inputs: [InputProvenance] = []
    /// Files taken unchanged or in part from the base snapshot.
    public var fromBase: [String] = []
    /// MeSH `HM` headings that named no descriptor.
    public var unresolvedHeadings = 0
}

/// Builds a snapshot folder from official files over a base snapshot, into a temporary
/// folder beside the output that is renamed into place only when everything is written:
/// a failed build leaves the output as it was.
public enum SnapshotBuilder {
    public static func build(_ inputs: SnapshotInputs, base: ReferenceSnapshot, output: String,
                             lineBudget: Int = 32 << 20) throws(SnapshotBuildError) -> SnapshotBuildSummary {
        if inputs.hgncWithdrawn != nil && inputs.hgnc == nil {
            throw .usage("--hgnc-withdrawn needs --hgnc (withdrawn.txt lists only what HGNC's complete set no longer has)")
        }
        let target = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        let parent = Self.parent(of: target), name = target.split(separator: "/").last.map(String.init) ?? target
        try checkReplaceable(target)
        var template = Array((parent + "/." + name + ".build-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw .io(path: parent, reason: "cannot create a temporary folder: " + String(cString: strerror(errno)))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            let summary = try write(inputs, base: base, into: temporary, lineBudget: lineBudget)
            try replace(target, with: temporary)
            return summary
        } catch {
            removeFolder(temporary)
            throw error
        }
    }

    private static func write(_ inputs: SnapshotInputs, base: ReferenceSnapshot, into folder: String,
                              lineBudget: Int) throws(SnapshotBuildError) -> SnapshotBuildSummary {
        let scratch = folder + "/.runs"
        guard mkdir(scratch, 0o700) == 0 else { throw .io(path: scratch, reason: String(cString: strerror(errno))) }
        defer { rmdir(scratch) }
        func writer(_ file: String) -> SortedLineWriter {
            SortedLineWriter(path: folder + "/" + file, scratch: scratch, budget: lineBudget)
        }
        var summary = SnapshotBuildSummary()
        var counts: [(String, Int)] = []
        var rebuilt: Set<String> = []  // input names read in this build
        var datasetDates: [String: String] = [:]
        var meshCounts: [String: Int] = [:]
        func record(_ provenance: InputProvenance, dataset: String) {
            summary.inputs.append(provenance)
            rebuilt.insert(provenance.name)
            if datasetDates[dataset] == nil { datasetDates[dataset] = provenance.date }
        }

        // HGNC.
        let hgncFiles = ["hgnc.tsv", "hgnc-symbols.tsv", "hgnc-entrez.tsv"]
        var weakKeys: Set<String>?
        if let path = inputs.hgnc {
            var hgnc = HGNCImport(records: writer("hgnc.tsv"), symbols: writer("hgnc-symbols.tsv"),
                                  entrez: writer("hgnc-entrez.tsv"), groups: writer("hgnc-groups.tsv"))
            let file = try InputFile(path: path)
            let date = try hgnc.readCompleteSet(file)
            record(try file.provenance(name: "hgnc", contentDate: date), dataset: "hgnc")
            if let withdrawnPath = inputs.hgncWithdrawn {
                let withdrawn = try InputFile(path: withdrawnPath)
                try hgnc.readWithdrawn(withdrawn)
                record(try withdrawn.provenance(name: "hgnc-withdrawn", contentDate: nil), dataset: "hgnc")
            } else {
                // Withdrawn entries from the base (HGNC never approves a withdrawn ID again).
                let approved = hgnc.approvedNumbers
                try hgnc.records.addSortedLines(of: base.directory + "/hgnc.tsv") { line in
                    let columns = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
                    return columns.count > 2 && columns[2] != "A" && !approved.contains(String(columns[0]))
                }
                try hgnc.symbols.addSortedLines(of: base.directory + "/hgnc-symbols.tsv") { line in
                    let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                    return columns.count >= 4 && columns[1] == "w" && !approved.contains(String(columns[3]))
                }
                summary.fromBase.append("hgnc.tsv (withdrawn entries)")
            }
            counts.append(("hgnc.tsv", try hgnc.records.finish()))
            counts.append(("hgnc-symbols.tsv", try hgnc.symbols.finish()))
            counts.append(("hgnc-entrez.tsv", try hgnc.entrez.finish()))
            let groupCount = try hgnc.groups.finish()
            if groupCount > 0 { counts.append(("hgnc-groups.tsv", groupCount)) } else { unlink(folder + "/hgnc-groups.tsv") }
            weakKeys = hgnc.weakKeys
        } else {
            for file in hgncFiles + ["hgnc-groups.tsv"] { try copy(base, file, to: folder, counts: &counts, summary: &summary) }
        }

        // MeSH.
        if inputs.meshDescriptors != nil || inputs.meshSupplementary != nil {
            var mesh = MeSHImport(concepts: writer("mesh.tsv"), labels: writer("mesh-labels.tsv"))
            if let path = inputs.meshDescriptors {
                let file = try InputFile(path: path)
                let date = try mesh.readDescriptors(file)
                record(try file.provenance(name: "mesh-descriptors", contentDate: date), dataset: "mesh")
            } else {
                try copyMeSH(base, kind: "D", into: &mesh)
                summary.fromBase.append("MeSH descriptors")
            }
            if let path = inputs.meshSupplementary {
                let file = try InputFile(path: path)
                let date = try mesh.readSupplementary(file) { label in
                    base.mesh.concepts(withTerm: label).first { $0.isLabel && $0.concept.kind == .descriptor && $0.concept.label == label }?.concept.id
                }
                record(try file.provenance(name: "mesh-supplementary", contentDate: date), dataset: "mesh")
            } else {
                try copyMeSH(base, kind: "C", into: &mesh)
                summary.fromBase.append("MeSH supplementary concepts")
            }
            summary.unresolvedHeadings = mesh.unresolvedHeadings
            counts.append(("mesh.tsv", try mesh.concepts.finish()))
            counts.append(("mesh-labels.tsv", try mesh.labels.finish()))
            meshCounts = ["mesh-descriptors": mesh.descriptors, "mesh-supplementary": mesh.supplementary]
        } else {
            for file in ["mesh.tsv", "mesh-labels.tsv"] { try copy(base, file, to: folder, counts: &counts, summary: &summary) }
        }

        // FamPlex (the 2018 lexicon's family names always come from the base).
        if let directory = inputs.famplex {
            let entities = try InputFile(path: directory + "/entities.csv")
            let relations = try InputFile(path: directory + "/relations.csv")
            let grounding = try InputFile(path: directory + "/grounding_map.csv")
            let equivalences = access(directory + "/equivalences.csv", F_OK) == 0 ? try InputFile(path: directory + "/equivalences.csv") : nil
            let result = try FamPlexImport.read(entities: entities, relations: relations, groundingMap: grounding,
                                                equivalences: equivalences)
            let entityWriter = writer("famplex.tsv"), nameWriter = writer("famplex-names.tsv")
            for line in result.entityLines { try entityWriter.add(line) }
            for line in result.nameLines { try nameWriter.add(line) }
            counts.append(("famplex.tsv", try entityWriter.finish()))
            counts.append(("famplex-names.tsv", try nameWriter.finish()))
            record(try entities.provenance(name: "famplex-entities", contentDate: nil), dataset: "famplex")
            record(try relations.provenance(name: "famplex-relations", contentDate: nil), dataset: "famplex")
            record(try grounding.provenance(name: "famplex-grounding-map", contentDate: nil), dataset: "famplex")
            if let equivalences { record(try equivalences.provenance(name: "famplex-equivalences", contentDate: nil), dataset: "famplex") }
        } else {
            for file in ["famplex.tsv", "famplex-names.tsv"] { try copy(base, file, to: folder, counts: &counts, summary: &summary) }
        }
        try copy(base, "lexicon-2018-families.tsv", to: folder, counts: &counts, summary: &summary)

        // NCBI Gene.
        let ncbi = NCBIImport(genes: writer("ncbi-genes.tsv"), symbols: writer("ncbi-symbols.tsv"), taxa: inputs.ncbiTaxa)
        if !inputs.ncbiGeneInfo.isEmpty {
            var newest: String?
            var provenances: [InputProvenance] = []
            for path in inputs.ncbiGeneInfo {
                let file = try InputFile(path: path)
                let date = try ncbi.readGeneInfo(file)
                let provenance = try file.provenance(name: "ncbi-gene-info", contentDate: date)
                provenances.append(provenance)
                if newest.map({ provenance.date > $0 }) ?? true { newest = provenance.date }
            }
            for provenance in provenances { summary.inputs.append(provenance) }
            rebuilt.insert("ncbi-gene-info")
            datasetDates["ncbi-gene"] = newest
            counts.append(("ncbi-genes.tsv", try ncbi.genes.finish()))
            counts.append(("ncbi-symbols.tsv", try ncbi.symbols.finish()))
            counts.append(("ncbi-taxa.tsv", try writeTaxa(folder: folder, scratch: scratch)))
        } else {
            for file in ["ncbi-genes.tsv", "ncbi-symbols.tsv", "ncbi-taxa.tsv"] {
                try copy(base, file, to: folder, counts: &counts, summary: &summary)
            }
        }
        if let path = inputs.geneHistory {
            let history = writer("gene-history.tsv")
            let file = try InputFile(path: path)
            let date = try ncbi.readGeneHistory(file, into: history)
            record(try file.provenance(name: "gene-history", contentDate: date), dataset: "gene-history")
            counts.append(("gene-history.tsv", try history.finish()))
        } else {
            try copy(base, "gene-history.tsv", to: folder, counts: &counts, summary: &summary)
        }

        // Words that are not genes: the curated lists from the base; English words that
        // are HGNC aliases or previous symbols, recomputed when HGNC or the list changed.
        if weakKeys == nil && inputs.english != nil {
            var keys: Set<String> = []
            try eachLine(base, "hgnc-symbols.tsv") { line in
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                if columns.count >= 2 && (columns[1] == "l" || columns[1] == "p") { keys.insert(String(columns[0])) }
            }
            weakKeys = keys
        }
        if let weakKeys {
            let words = writer("word-lists.tsv")
            var any = false
            try eachLine(base, "word-lists.tsv") { (line) throws(SnapshotBuildError) in
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard columns.count >= 2 else { return }
                if columns[1] != "english" || (inputs.english == nil && weakKeys.contains(String(columns[0]))) {
                    try words.add(line)
                    any = true
                }
            }
            if let path = inputs.english {
                let file = try InputFile(path: path)
                while let raw = try file.nextLine() {
                    let word = TextCleaning.clean(raw)  // the script's strip(): a word has no tab or `|`
                    let lowerLetters = word.utf8.count >= 3 && word.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }
                    if lowerLetters && weakKeys.contains(SymbolKey.normalize(word)) {
                        try words.add(columns: [SymbolKey.normalize(word), "english", String(word), "", ""])
                        any = true
                    }
                }
                record(try file.provenance(name: "english-words", contentDate: nil), dataset: "english-words")
            } else {
                summary.fromBase.append("word-lists.tsv (English words kept where still an HGNC alias or previous symbol)")
            }
            let count = try words.finish()
            if any { counts.append(("word-lists.tsv", count)) } else { unlink(folder + "/word-lists.tsv") }
        } else {
            try copy(base, "word-lists.tsv", to: folder, counts: &counts, summary: &summary)
        }

        try writeInfo(folder: folder, base: base, counts: counts, meshCounts: meshCounts, summary: summary, rebuilt: rebuilt,
                      dates: datasetDates)
        summary.lines = counts.map { (file: $0.0, count: $0.1) }
        return summary
    }

    /// `snapshot.info`: the format, where the data came from, counts, and each input's
    /// file name, size, SHA-256 and date; the base's lines for what was not rebuilt.
    private static func writeInfo(folder: String, base: ReferenceSnapshot, counts: [(String, Int)], meshCounts: [String: Int],
                                  summary: SnapshotBuildSummary, rebuilt: Set<String>,
                                  dates: [String: String]) throws(SnapshotBuildError) {
        var lines = ["format\t\(ReferenceSnapshot.formatVersion)"]
        let read = summary.inputs.map(\.fileName)
        var seen: [String] = []
        for name in read where !seen.contains(name) { seen.append(name) }
        let baseSource = base.info.first { $0.key == "source" }?.value ?? "unknown"
        lines.append("source\tpathlint data build from \(seen.joined(separator: ", ")); the rest as in: \(baseSource)")
        for key in ["mesh-descriptors", "mesh-supplementary"] {
            lines.append("\(key)\t" + (meshCounts[key].map(String.init) ?? base.info.first { $0.key == key }?.value ?? "0"))
        }
        let datasets = ["hgnc", "mesh", "famplex", "ncbi-gene", "gene-history"]
        for dataset in datasets {
            if let date = dates[dataset] {
                lines.append("date\t\(dataset)\t\(date)")
            } else if let carried = base.dataDates.first(where: { $0.dataset == dataset }) {
                lines.append("date\t\(dataset)\t\(carried.date)")
            }
        }
        for (file, count) in counts { lines.append("lines\t\(file)\t\(count)") }
        for input in summary.inputs { lines.append(input.infoLine) }
        for (key, value) in base.info where key == "input" || key == "input-sha256" {
            let name = value.split(separator: "\t", maxSplits: 1).first.map(String.init) ?? ""
            if !rebuilt.contains(name) { lines.append("\(key)\t\(value)") }
        }
        let output = try OutputFile(path: folder + "/snapshot.info")
        try output.write(lines.joined(separator: "\n") + "\n")
        try output.close()
    }

    /// `ncbi-taxa.tsv` (taxon, number of genes), counted from the written `ncbi-genes.tsv`.
    private static func writeTaxa(folder: String, scratch: String) throws(SnapshotBuildError) -> Int {
        let genes = try InputFile(path: folder + "/ncbi-genes.tsv", hashing: false)
        var perTaxon: [String: Int] = [:]
        var line: [UInt8] = []
        while try genes.nextLine(into: &line) {
            guard let tab = line.firstIndex(of: 0x09) else { continue }
            let rest = line[(tab + 1)...]
            let taxon = String(decoding: rest.prefix { $0 != 0x09 }, as: UTF8.self)
            perTaxon[taxon, default: 0] += 1
        }
        let writer = SortedLineWriter(path: folder + "/ncbi-taxa.tsv", scratch: scratch)
        for (taxon, count) in perTaxon { try writer.add(columns: [taxon, String(count)]) }
        return try writer.finish()
    }

    /// Copies one of the base's files, when it has it.
    private static func copy(_ base: ReferenceSnapshot, _ file: String, to folder: String, counts: inout [(String, Int)],
                             summary: inout SnapshotBuildSummary) throws(SnapshotBuildError) {
        let source = base.directory + "/" + file
        guard access(source, R_OK) == 0 else { return }
        let input = try InputFile(path: source, hashing: false)
        let output = try OutputFile(path: folder + "/" + file)
        var count = 0
        try input.chunks { (chunk) throws(SnapshotBuildError) in
            count += chunk.withUnsafeBytes { bytes in
                var newlines = 0, offset = 0
                while offset < bytes.count, let found = memchr(bytes.baseAddress! + offset, 0x0A, bytes.count - offset) {
                    newlines += 1
                    offset = bytes.baseAddress!.distance(to: UnsafeRawPointer(found)) + 1
                }
                return newlines
            }
            try output.write(chunk)
        }
        try output.close()
        counts.append((file, count))
        summary.fromBase.append(file)
    }

    private static func copyMeSH(_ base: ReferenceSnapshot, kind: String, into mesh: inout MeSHImport) throws(SnapshotBuildError) {
        var labels: [String: String] = [:]
        var count = 0
        try mesh.concepts.addSortedLines(of: base.directory + "/mesh.tsv") { line in
            let columns = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard columns.count >= 3, columns[1] == kind else { return false }
            if kind == "D" { labels[String(columns[2])] = String(columns[0]) }
            count += 1
            return true
        }
        for (label, id) in labels { mesh.descriptorIDs[label] = id }
        if kind == "D" { mesh.descriptors += count } else { mesh.supplementary += count }
        if access(base.directory + "/mesh-labels.tsv", R_OK) == 0 {
            try mesh.labels.addSortedLines(of: base.directory + "/mesh-labels.tsv") { line in
                line.split(separator: "\t", omittingEmptySubsequences: false).last?.hasPrefix(kind) == true
            }
        }
    }

    private static func eachLine(_ base: ReferenceSnapshot, _ file: String,
                                 _ body: (String) throws(SnapshotBuildError) -> Void) throws(SnapshotBuildError) {
        let path = base.directory + "/" + file
        guard access(path, R_OK) == 0 else { return }
        let input = try InputFile(path: path, hashing: false)
        while let line = try input.nextLine() { try body(line) }
    }

    /// The output may be new, an empty folder, or a snapshot (which it replaces).
    private static func checkReplaceable(_ target: String) throws(SnapshotBuildError) {
        var info = stat()
        guard stat(target, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .usage("\(target) exists and is not a folder") }
        if access(target + "/snapshot.info", F_OK) == 0 { return }
        guard let directory = opendir(target) else { throw .io(path: target, reason: String(cString: strerror(errno))) }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." {
                throw .usage("\(target) is neither empty nor a pathlint snapshot: not replacing it")
            }
        }
    }

    /// Puts the finished folder in place: the old snapshot (if any) moves aside, the new
    /// one is renamed in, the old one is deleted.
    private static func replace(_ target: String, with temporary: String) throws(SnapshotBuildError) {
        var info = stat()
        if stat(target, &info) == 0 {
            let aside = temporary + ".old"
            guard rename(target, aside) == 0 else { throw .io(path: target, reason: String(cString: strerror(errno))) }
            guard rename(temporary, target) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(aside, target)
                throw .io(path: target, reason: reason)
            }
            removeFolder(aside)
        } else {
            guard rename(temporary, target) == 0 else { throw .io(path: target, reason: String(cString: strerror(errno))) }
        }
    }

    /// Removes a folder the builder made (plain files and its `.runs` folder only).
    static func removeFolder(_ path: String) {
        guard let directory = opendir(path) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names where unlink(path + "/" + name) != 0 { removeFolder(path + "/" + name) }
        rmdir(path)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

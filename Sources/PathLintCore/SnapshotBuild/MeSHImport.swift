/// NLM's MeSH ASCII files into `mesh.tsv` and `mesh-labels.tsv`: `dYYYY.bin`
/// (descriptors) and `cYYYY.bin` (supplementary concept records). A record starts with
/// `*NEWRECORD`; then `KEY = value` lines. Read: `UI`, `MH`, `MN`, `ENTRY` and
/// `PRINT ENTRY` (the term is what precedes the first `|`) of a descriptor; `UI`, `NM`,
/// `SY` (likewise) and `HM` (a heading's label, `*` for a major one, resolved to its
/// descriptor ID) of a supplementary concept.
struct MeSHImport {
    let concepts: SortedLineWriter
    let labels: SortedLineWriter
    /// Descriptor label → ID, for `HM`.
    var descriptorIDs: [String: String] = [:]
    var descriptors = 0
    var supplementary = 0
    /// `HM` labels that named no descriptor (left out of the mapped headings).
    var unresolvedHeadings = 0

    private static let dateKeys: Set<String> = ["DA", "DX", "MR", "DR"]

    /// Reads a descriptor file; returns its newest date.
    mutating func readDescriptors(_ file: InputFile) throws(SnapshotBuildError) -> String? {
        var newest = NewestDate()
        try Self.readRecords(file, kind: "descriptor") { (record) throws(SnapshotBuildError) in
            guard let id = record.first("UI"), id.hasPrefix("D"), MeSHIndex.isWellFormedID(id) else {
                throw file.failure("descriptor record without a descriptor UI (D + 6 or 9 digits)", line: record.line)
            }
            guard let heading = record.first("MH") else { throw file.failure("descriptor \(id) has no MH", line: record.line) }
            for key in Self.dateKeys { for value in record.all(key) { newest.see(value) } }
            let label = TextCleaning.clean(heading)
            let terms = (record.all("ENTRY", "PRINT ENTRY")).map { TextCleaning.clean(Self.term($0)) }.filter { !$0.isEmpty }
            let trees = record.all("MN").map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
            descriptorIDs[label] = id
            try concepts.add(columns: [id, "D", label, trees.joined(separator: "|"), "", terms.joined(separator: "|")])
            for line in Self.labelLines(id: id, label: label, terms: terms) { try labels.add(line) }
            descriptors += 1
        }
        return newest.value
    }

    /// Reads a supplementary concept file; `headingID` resolves a heading label the
    /// descriptors read here do not have (from the snapshot in use). Returns its newest date.
    mutating func readSupplementary(_ file: InputFile, headingID: (String) -> String?) throws(SnapshotBuildError) -> String? {
        var newest = NewestDate()
        try Self.readRecords(file, kind: "supplementary concept") { (record) throws(SnapshotBuildError) in
            guard let id = record.first("UI"), id.hasPrefix("C"), MeSHIndex.isWellFormedID(id) else {
                throw file.failure("supplementary concept record without a UI (C + 6 or 9 digits)", line: record.line)
            }
            guard let nameValue = record.first("NM") else { throw file.failure("supplementary concept \(id) has no NM", line: record.line) }
            for key in Self.dateKeys { for value in record.all(key) { newest.see(value) } }
            let name = TextCleaning.clean(nameValue)
            let synonyms = record.all("SY").map { TextCleaning.clean(Self.term($0)) }.filter { !$0.isEmpty }
            var headings: [String] = []
            for value in record.all("HM") {
                var label = Substring(value)
                if label.hasPrefix("*") { label = label.dropFirst() }
                let text = TextCleaning.clean(label)
                // A heading with a qualifier (`Insulin/analogs & derivatives`) maps to the descriptor.
                let bare = text.split(separator: "/", maxSplits: 1).first.map(String.init) ?? text
                if let found = descriptorIDs[text] ?? headingID(text) ?? descriptorIDs[bare] ?? headingID(bare) {
                    headings.append(found)
                } else {
                    unresolvedHeadings += 1
                }
            }
            try concepts.add(columns: [id, "C", name, "", headings.joined(separator: "|"), synonyms.joined(separator: "|")])
            for line in Self.labelLines(id: id, label: name, terms: []) { try labels.add(line) }
            supplementary += 1
        }
        return newest.value
    }

    /// The fields of one record, in file order.
    struct Record {
        let line: Int
        var fields: [(key: String, value: String)] = []
        func first(_ key: String) -> String? { fields.first { $0.key == key }?.value }
        func all(_ keys: String...) -> [String] { fields.filter { keys.contains($0.key) }.map(\.value) }
    }

    private static func readRecords(_ file: InputFile, kind: String,
                                    _ body: (Record) throws(SnapshotBuildError) -> Void) throws(SnapshotBuildError) {
        var current: Record?
        var records = 0
        while let line = try file.nextLine() {
            if line == "*NEWRECORD" {
                if let record = current { try body(record) }
                current = Record(line: file.lineNumber)
                records += 1
                continue
            }
            if line.allSatisfy({ $0 == " " }) { continue }
            guard current != nil else { throw file.failure("expected *NEWRECORD (a MeSH ASCII \(kind) file)") }
            guard let separator = line.firstRange(of: " = ") else { throw file.failure("expected `KEY = value`") }
            current!.fields.append((String(line[..<separator.lowerBound]), String(line[separator.upperBound...])))
        }
        if let record = current { try body(record) }
        if records == 0 { throw file.failure("no *NEWRECORD: not a MeSH ASCII \(kind) file", line: 0) }
    }

    /// An entry term: the part of an `ENTRY`/`SY` value before its first `|`.
    static func term(_ value: String) -> Substring {
        value.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    /// `label_lines()` of the script: the label's line (term column empty) and the entry
    /// terms' lines, leaving out a term whose key another term of the concept has, and a
    /// comma-inverted term whose words are those of an uninverted one.
    static func labelLines(id: String, label: String, terms: [String]) -> [String] {
        let all = [label] + terms
        let uninverted = Set(all.filter { !$0.contains(", ") }.map { TextCleaning.words($0) })
        var keys: Set<String> = []
        var lines: [String] = []
        for (index, term) in all.enumerated() {
            let key = SymbolKey.normalize(term)
            if key.isEmpty || keys.contains(key) { continue }
            if index > 0 && term.contains(", ") && uninverted.contains(TextCleaning.words(term)) { continue }
            keys.insert(key)
            lines.append([key, index == 0 ? "" : term, id].joined(separator: "\t"))
        }
        return lines
    }
}

import PathLintCore

/// What the curator's reports (`--format html`, `--format markdown`) put at the top: totals
/// per severity, findings per rule, and the figures ranked by how much they need attention.
///
/// Findings are grouped by figure, not by file: a figure file and its `_data/` tables are
/// one figure (keyed by figid), as a curator fixes them together. The figid, title and PMC
/// id come from the linted document's typed view (for a table, its figure's).
struct CuratorSummary {
    struct RuleRow {
        let rule: String
        var counts = SeverityCounts()
        var fixable = 0
        /// Figures with at least one finding of this rule.
        var figures = 0
    }

    struct Figure {
        let figid: String
        var title: String?
        var pmcid: String?
        var counts = SeverityCounts()
        /// The rank among figures with findings, 0 for the one most in need (set by `ranked`).
        var rank = 0
    }

    private(set) var totals = SeverityCounts()
    private(set) var files = 0
    private(set) var fixable = 0
    private(set) var figures: [Figure] = []
    private var figureIndex: [String: Int] = [:]
    private var ruleRows: [RuleRow] = []
    private var ruleIndex: [String: Int] = [:]
    private var rulesSeenInFigure: [Int: Set<String>] = [:]

    /// Counts one file's findings; returns the index of its figure in `figures`, nil when it
    /// has none.
    @discardableResult
    mutating func add(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) -> Int? {
        files += 1
        guard !diagnostics.isEmpty else { return nil }
        let identity = Self.identity(of: document)
        let index: Int
        if let found = figureIndex[identity.figid] {
            index = found
            if figures[index].title == nil { figures[index].title = identity.title }
            if figures[index].pmcid == nil { figures[index].pmcid = identity.pmcid }
        } else {
            index = figures.count
            figureIndex[identity.figid] = index
            figures.append(Figure(figid: identity.figid, title: identity.title, pmcid: identity.pmcid))
        }
        for diagnostic in diagnostics {
            totals.add(diagnostic.severity)
            figures[index].counts.add(diagnostic.severity)
            let row: Int
            if let found = ruleIndex[diagnostic.ruleID] {
                row = found
            } else {
                row = ruleRows.count
                ruleIndex[diagnostic.ruleID] = row
                ruleRows.append(RuleRow(rule: diagnostic.ruleID))
            }
            ruleRows[row].counts.add(diagnostic.severity)
            if !diagnostic.fixes.isEmpty {
                ruleRows[row].fixable += 1
                fixable += 1
            }
            if rulesSeenInFigure[index, default: []].insert(diagnostic.ruleID).inserted { ruleRows[row].figures += 1 }
        }
        return index
    }

    /// The rules that fired, most findings first, then by rule id.
    var rules: [RuleRow] {
        ruleRows.sorted { ($1.counts.total, $0.rule) < ($0.counts.total, $1.rule) }
    }

    /// Indices into `figures`, most in need of attention first: most errors, then most
    /// warnings, then most information and hints, then by figid.
    var ranking: [Int] {
        figures.indices.sorted { Self.needsAttentionFirst(figures[$0], figures[$1]) }
    }

    static func needsAttentionFirst(_ a: Figure, _ b: Figure) -> Bool {
        let left = (a.counts.error, a.counts.warning, a.counts.info + a.counts.hint)
        let right = (b.counts.error, b.counts.warning, b.counts.info + b.counts.hint)
        if left != right { return left > right }
        return a.figid < b.figid
    }

    // MARK: - A document's figure

    struct Identity: Equatable {
        var figid: String
        var title: String?
        var pmcid: String?
    }

    /// The figure a document belongs to: its own front matter's `figid`, `figtitle` and
    /// `pmcid`; for a sidecar table, its figure file's (the figid from the table's name
    /// when the figure is missing); for a file without a readable figid, the file name
    /// without its extension. A PMC id is taken only in its `PMC<digits>` form.
    static func identity(of document: AnnotationDocument) -> Identity {
        let annotation = document.annotation ?? document.figure?.annotation
        let figid = present(document.sidecar?.figid) ?? present(annotation?.figid?.value) ?? stem(of: document.path)
        let title = present(annotation?.figtitle?.value) ?? present(annotation?.papertitle?.value)
        var pmcid = present(annotation?.pmcid?.value)
        if pmcid == nil, figid.hasPrefix("PMC"), let separator = figid.firstRange(of: "__") {
            pmcid = String(figid[..<separator.lowerBound])  // PFOCR figids start with the article's PMC id
        }
        return Identity(figid: figid, title: title, pmcid: pmcid.flatMap { isPMCID($0) ? $0 : nil })
    }

    private static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty, !Annotation.isRMissing(value) else { return nil }
        return value
    }

    static func isPMCID(_ value: String) -> Bool {
        value.hasPrefix("PMC") && value.count > 3 && value.utf8.dropFirst(3).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    // MARK: - Links

    static func pfocrURL(figid: String) -> String {
        "https://pfocr.wikipathways.org/figures/" + percentEncoded(figid) + ".html"
    }

    static func pmcURL(pmcid: String) -> String {
        "https://pmc.ncbi.nlm.nih.gov/articles/" + pmcid + "/"
    }

    /// Every byte but unreserved characters percent-encoded (a figid may hold anything).
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Findings counted by severity.
struct SeverityCounts: Equatable {
    var error = 0
    var warning = 0
    var info = 0
    var hint = 0

    var total: Int { error + warning + info + hint }

    mutating func add(_ severity: Severity) {
        switch severity {
        case .error: error += 1
        case .warning: warning += 1
        case .info: info += 1
        case .hint: hint += 1
        }
    }

    subscript(_ severity: Severity) -> Int {
        switch severity {
        case .error: error
        case .warning: warning
        case .info: info
        case .hint: hint
        }
    }
}

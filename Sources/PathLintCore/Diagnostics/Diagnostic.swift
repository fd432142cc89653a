/// How serious a finding is. The order is the order of severity.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case error, warning, info, hint

    var rank: Int {
        switch self {
        case .error: 3
        case .warning: 2
        case .info: 1
        case .hint: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Replace the bytes in `range` with `newText`. Edits never touch bytes outside their range.
public struct TextEdit: Hashable, Sendable {
    public var range: ByteRange
    public var newText: String

    public init(range: ByteRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A machine-applicable fix. A safe fix cannot change what the annotation means beyond
/// the correction its rule documents; an unsafe one needs a curator's look at the figure.
public struct Fix: Hashable, Sendable {
    public enum Safety: String, Sendable { case safe, unsafe }

    public var title: String
    public var safety: Safety
    public var edits: [TextEdit]

    public init(title: String, safety: Safety, edits: [TextEdit]) {
        self.title = title
        self.safety = safety
        self.edits = edits
    }

    public var isSafe: Bool { safety == .safe }
}

/// One finding of one rule, at an exact byte range of the file.
public struct Diagnostic: Hashable, Sendable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var range: ByteRange
    public var fixes: [Fix]

    public init(ruleID: String, severity: Severity, message: String, range: ByteRange, fixes: [Fix] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.fixes = fixes
    }
}

extension Diagnostic {
    /// The order findings are reported in, by the CLI and the editor alike: by position,
    /// then rule id.
    public static func inReportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        (lhs.range.start, lhs.range.end, lhs.ruleID) < (rhs.range.start, rhs.range.end, rhs.ruleID)
    }
}

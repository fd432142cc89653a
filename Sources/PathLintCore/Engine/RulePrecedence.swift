/// One mistake, one finding: where two rules report the same mention (a gene entry or
/// row, a chemical or disease entry or row), the finding of the rule that
/// `RuleRegistry.precedence` declares stronger stands and the weaker rule's is dropped,
/// unless the stronger finding is less severe.
/// The linter applies it after suppression comments, so a comment that silences the
/// stronger finding lets the weaker one through, and a comment naming the weaker rule is
/// still used.
public struct RulePrecedence: Sendable, Hashable {
    public let stronger: String
    public let weaker: String
    /// Why the stronger rule's account of the mention is the one to keep.
    public let reason: String

    public init(_ stronger: String, over weaker: String, because reason: String) {
        self.stronger = stronger
        self.weaker = weaker
        self.reason = reason
    }

    /// `diagnostics` without the findings a stronger rule's finding on the same mention overrides.
    static func apply(_ precedence: [RulePrecedence], to diagnostics: [Diagnostic], figure: () -> Figure) -> [Diagnostic] {
        let weakerIDs = Set(precedence.map(\.weaker))
        guard diagnostics.contains(where: { weakerIDs.contains($0.ruleID) }) else { return diagnostics }
        let mentions = (figure().genes.map(\.range) + figure().meshTerms.map(\.range)).sorted { $0.start < $1.start }
        func mention(of diagnostic: Diagnostic) -> Int? {
            // The last mention starting at or before the finding, when it contains it.
            var low = 0, high = mentions.count
            while low < high {
                let middle = (low + high) / 2
                if mentions[middle].start <= diagnostic.range.start { low = middle + 1 } else { high = middle }
            }
            guard low > 0, diagnostic.range.start < mentions[low - 1].end else { return nil }
            return low - 1
        }
        // Each mention's rules, at the most severe of their findings there.
        var rulesByMention: [Int: [String: Severity]] = [:]
        for diagnostic in diagnostics {
            guard let index = mention(of: diagnostic) else { continue }
            rulesByMention[index, default: [:]][diagnostic.ruleID] = max(rulesByMention[index]?[diagnostic.ruleID] ?? .hint,
                                                                        diagnostic.severity)
        }
        // A stronger rule's note (info) does not hide a weaker rule's warning.
        return diagnostics.filter { diagnostic in
            guard weakerIDs.contains(diagnostic.ruleID), let index = mention(of: diagnostic),
                  let present = rulesByMention[index] else { return true }
            return !precedence.contains { rule in
                rule.weaker == diagnostic.ruleID && (present[rule.stronger].map { $0 >= diagnostic.severity } ?? false)
            }
        }
    }
}

import JSONRPC
import PathLintCore

/// The server's settings, from `initializationOptions` or `workspace/didChangeConfiguration`:
/// `{"select": [...], "ignore": [...], "severity": {"rule": "warning"}, "reference": "/dir"}`,
/// at the top level or under `"pathlint"`.
struct ServerSettings: Equatable {
    var select: Set<String>?
    var ignore: Set<String> = []
    var severity: [String: Severity] = [:]
    var referenceDirectory: String?

    /// Settings from a JSON value; unknown rules and severities are collected as warnings.
    static func parse(_ value: JSONValue?) -> (settings: ServerSettings, problems: [String]) {
        var settings = ServerSettings()
        var problems: [String] = []
        guard var object = value?.objectValue else { return (settings, problems) }
        if let nested = object["pathlint"]?.objectValue { object = nested }
        func rules(_ key: String) -> [String]? {
            guard let list = object[key]?.arrayValue else { return nil }
            var ids: [String] = []
            for name in list.compactMap(\.stringValue) {
                guard let found = RuleSelector.ruleIDs(name) else {
                    problems.append("unknown rule `\(name)` in \(key); \(RuleSelector.UnknownRule(name: name).hint)")
                    continue
                }
                ids.append(contentsOf: found)
            }
            return ids
        }
        if let select = rules("select"), !select.isEmpty { settings.select = Set(select) }
        settings.ignore = Set(rules("ignore") ?? [])
        if let severities = object["severity"]?.objectValue {
            for key in severities.keys {
                guard RuleRegistry.rule(key) != nil else { problems.append("unknown rule `\(key)` in severity"); continue }
                guard let name = severities[key]?.stringValue, let severity = Severity(rawValue: name) else {
                    problems.append("severity of `\(key)` must be error, warning, info or hint")
                    continue
                }
                settings.severity[key] = severity
            }
        }
        if let reference = object["reference"]?.stringValue, !reference.isEmpty { settings.referenceDirectory = reference }
        return (settings, problems)
    }

    var lintConfiguration: LintConfiguration {
        LintConfiguration(select: select, ignore: ignore, severityOverrides: severity)
    }

    /// The configuration for a document under `file`: these settings over it, as the CLI's
    /// flags are (`select` replaces the file's, `ignore` adds to it, `severity` wins per rule).
    func lintConfiguration(over file: ConfigFile) -> LintConfiguration {
        var configuration = file.lintConfiguration(LintOverrides(select: select, ignore: ignore))
        configuration.severityOverrides.merge(severity) { _, fromSettings in fromSettings }
        return configuration
    }
}

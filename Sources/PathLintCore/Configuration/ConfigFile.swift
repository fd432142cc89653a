/// A `.pathlint.yaml`: which rules run, how severe they are, which files a directory
/// walk lints, and which reference snapshot to use. Parsed from bytes with `YAMLParser`
/// (no I/O here: the CLI or the language server finds and reads the file).
///
/// ```yaml
/// select: [entrez-mismatch, outdated-hgnc-symbol]   # only these rules (default: all)
/// ignore: [ambiguous-symbol]                         # never these
/// severity: {keywords-mismatch: error}               # error | warning | info | hint
/// include: ["_figures/**"]                           # globs, relative to this file's directory
/// exclude: [drafts, "**/*.tmp.md"]
/// reference: ../snapshot                             # relative to this file's directory
/// per-file-ignores: {"_data/*-genes.tsv": [sidecar-counts]}   # rules not run on some files
/// ```
///
/// A null value (`ignore:` with nothing after it) is the same as leaving the key out.
/// Every other mistake (invalid YAML, an unknown key, a wrong type, an unknown rule id or
/// severity, a bad glob) is a `ConfigError` at the exact place.
public struct ConfigFile: Sendable {
    /// The name the resolver looks for in each directory.
    public static let fileName = ".pathlint.yaml"

    /// Where the configuration file of `directory` (absolute, normalised) would be: what the
    /// CLI and the editor look for, walking up from a file's directory.
    public static func path(inDirectory directory: String) -> String {
        (directory == "/" ? "" : directory) + "/" + fileName
    }
    public static let keys = ["select", "ignore", "severity", "include", "exclude", "reference", "per-file-ignores"]

    /// The file's path, as messages show it.
    public let path: String
    /// The directory globs and `reference` are relative to (normally the file's own).
    public let directory: String
    public var select: Set<String>?
    public var ignore: Set<String> = []
    public var severityOverrides: [String: Severity] = [:]
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    /// `reference`, made absolute against `directory` (when that is absolute).
    public var referenceDirectory: String?
    /// `per-file-ignores`: glob → rules, in the file's order.
    public var perFileIgnores: [PerFileIgnores.Entry] = []

    public init(path: String, directory: String) {
        self.path = path
        self.directory = ConfigPath.normalize(directory)
    }

    /// Whether `path` names a configuration file (its last component is `.pathlint.yaml`):
    /// the CLI and the editor check such a file as one, not as an annotation.
    public static func isConfigurationFile(_ path: String) -> Bool {
        path == fileName || path.hasSuffix("/" + fileName)
    }

    /// What makes `bytes` unusable as the configuration file at `path`; nil when it is valid.
    public static func problem(in bytes: [UInt8], path: String) -> ConfigError? {
        do throws(ConfigError) {
            _ = try parse(bytes, path: path, directory: ConfigPath.parent(of: path))
            return nil
        } catch {
            return error
        }
    }

    /// Parses a configuration file's bytes. `directory` is the base for `include`,
    /// `exclude` and `reference`.
    public static func parse(_ bytes: [UInt8], path: String, directory: String) throws(ConfigError) -> ConfigFile {
        var parser = Parser(source: SourceText(bytes: bytes), path: path)
        return try parser.run(ConfigFile(path: path, directory: directory))
    }

    /// The rules to run for a file under this configuration, after the command line's
    /// overrides (ruff's semantics: a command-line `select` replaces the file's `select`
    /// and wins over its `ignore`; a command-line `ignore` adds to the file's).
    /// `per-file-ignores` apply whatever the overrides, as in ruff; `workingDirectory` is
    /// what relative document paths are relative to.
    public func lintConfiguration(_ overrides: LintOverrides = LintOverrides(),
                                  workingDirectory: String = "/") -> LintConfiguration {
        LintConfiguration(select: overrides.select ?? select,
                          ignore: overrides.select == nil ? ignore.union(overrides.ignore) : overrides.ignore,
                          severityOverrides: severityOverrides,
                          reportUnusedSuppressions: overrides.reportUnusedSuppressions,
                          perFileIgnores: perFileIgnores.isEmpty ? nil
                              : PerFileIgnores(entries: perFileIgnores, directory: directory, workingDirectory: workingDirectory))
    }

    /// Whether a directory walk lints `path` (normalised, absolute when `directory` is):
    /// when `include` is set, the path or one of its directories below `directory` must
    /// match one of its globs; it must match no `exclude` glob the same way. A path outside
    /// `directory` is always included. The CLI asks this of files a walk found, and with
    /// `--force-exclude` of files named on the command line too.
    public func isIncluded(_ path: String) -> Bool {
        guard let components = ConfigPath.components(of: ConfigPath.normalize(path), relativeTo: directory),
              !components.isEmpty
        else { return true }
        if !include.isEmpty && !include.contains(where: { $0.matchesPathOrParent(components: components) }) {
            return false
        }
        return !exclude.contains { $0.matchesPathOrParent(components: components) }
    }
}

/// What the command line (or the editor's settings) layer over a configuration file.
public struct LintOverrides: Sendable, Hashable {
    /// Replaces the file's `select` when set.
    public var select: Set<String>?
    /// Added to the file's `ignore`.
    public var ignore: Set<String>
    public var reportUnusedSuppressions: Bool

    public init(select: Set<String>? = nil, ignore: Set<String> = [], reportUnusedSuppressions: Bool = false) {
        self.select = select
        self.ignore = ignore
        self.reportUnusedSuppressions = reportUnusedSuppressions
    }

    /// The configuration for a file with no configuration file.
    public var configuration: LintConfiguration {
        LintConfiguration(select: select, ignore: ignore, reportUnusedSuppressions: reportUnusedSuppressions)
    }
}

/// A configuration file that cannot be used, at the exact place: `path:line:column: message`
/// (1-based; the column counts Unicode code points, as the linter's output does).
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var range: ByteRange
    public var line: Int
    public var column: Int

    public init(path: String, message: String, range: ByteRange, in source: SourceText) {
        self.path = path
        self.message = message
        self.range = range
        let location = source.location(of: range.start)
        line = location.line + 1
        column = location.codePointColumn + 1
    }

    /// An error about the file as a whole (unreadable, not found), at 1:1.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
        range = ByteRange(0, 0)
        line = 1
        column = 1
    }

    public var description: String { "\(path):\(line):\(column): \(message)" }
}

// MARK: - Parsing

private struct Parser {
    let source: SourceText
    let path: String

    func error(_ message: String, at range: ByteRange) -> ConfigError {
        ConfigError(path: path, message: message, range: range, in: source)
    }

    mutating func run(_ initial: ConfigFile) throws(ConfigError) -> ConfigFile {
        var config = initial
        let bytes = source.bytes
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let parsed = YAMLParser.parse(source, range: ByteRange(start, bytes.count))
        if let yamlError = parsed.error {
            throw error("invalid YAML: \(yamlError.message)", at: yamlError.range)
        }
        guard let root = parsed.root else { return config }  // empty, or only comments
        guard case .mapping(let mapping) = root else {
            if let scalar = root.scalar, scalar.isNull { return config }
            throw error("expected a mapping of settings (\(ConfigFile.keys.joined(separator: ", "))), found \(root.kindDescription)",
                        at: root.range)
        }
        var seen: [String: ByteRange] = [:]
        for entry in mapping.entries {
            guard let key = entry.key.scalar?.value else {
                throw error("a setting's key must be a plain name, found \(entry.key.kindDescription)", at: entry.key.range)
            }
            if let first = seen[key] {
                let line = source.location(of: first.start).line + 1
                throw error("duplicate key `\(key)` (first on line \(line))", at: entry.key.range)
            }
            seen[key] = entry.key.range
            let value = entry.value
            if let scalar = value.scalar, scalar.isNull, !scalar.isQuoted { continue }
            switch key {
            case "select":
                config.select = Set(try ruleIDs(value, key: key))
            case "ignore":
                config.ignore = Set(try ruleIDs(value, key: key))
            case "severity":
                config.severityOverrides = try severities(value)
            case "include":
                config.include = try globs(value, key: key)
            case "exclude":
                config.exclude = try globs(value, key: key)
            case "per-file-ignores":
                config.perFileIgnores = try perFileIgnores(value)
            case "reference":
                guard let scalar = value.scalar, !scalar.value.isEmpty else {
                    throw error("`reference` must be a directory path, found \(value.kindDescription)", at: value.range)
                }
                config.referenceDirectory = ConfigPath.absolute(scalar.value, relativeTo: config.directory)
            default:
                throw error("unknown key `\(key)` (expected one of: \(ConfigFile.keys.joined(separator: ", ")))",
                            at: entry.key.range)
            }
        }
        return config
    }

    /// A list of non-empty strings.
    func strings(_ node: YAMLNode, key: String, what: String) throws(ConfigError) -> [(String, ByteRange)] {
        guard case .sequence(let sequence) = node else {
            throw error("`\(key)` must be a list of \(what), found \(node.kindDescription)", at: node.range)
        }
        var result: [(String, ByteRange)] = []
        for item in sequence.items {
            guard let scalar = item.scalar, !scalar.value.isEmpty else {
                throw error("`\(key)` must be a list of \(what), found \(item.kindDescription) in it", at: item.range)
            }
            result.append((scalar.value, scalar.range))
        }
        return result
    }

    /// Rule ids, `all` or prefixes (`RuleSelector`), as the ids they stand for.
    func ruleIDs(_ node: YAMLNode, key: String) throws(ConfigError) -> [String] {
        var ids: [String] = []
        for (name, range) in try strings(node, key: key, what: "rule ids") {
            guard let found = RuleSelector.ruleIDs(name) else {
                let unknown = RuleSelector.UnknownRule(name: name)
                throw error("unknown rule `\(name)` in `\(key)`; \(unknown.hint)", at: range)
            }
            ids.append(contentsOf: found)
        }
        return ids
    }

    func severities(_ node: YAMLNode) throws(ConfigError) -> [String: Severity] {
        guard case .mapping(let mapping) = node else {
            throw error("`severity` must be a mapping of rule id to severity, found \(node.kindDescription)",
                        at: node.range)
        }
        let names = Severity.allCases.map(\.rawValue).joined(separator: ", ")
        var result: [String: Severity] = [:]
        for entry in mapping.entries {
            guard let id = entry.key.scalar?.value, RuleRegistry.rule(id) != nil else {
                let shown = entry.key.scalar.map { "`\($0.value)`" } ?? entry.key.kindDescription
                let hint = entry.key.scalar.map { RuleSelector.UnknownRule(name: $0.value).hint } ?? "`pathlint rules` lists them"
                throw error("unknown rule \(shown) in `severity`; \(hint)", at: entry.key.range)
            }
            guard let text = entry.value.scalar?.value, let severity = Severity(rawValue: text) else {
                let shown = entry.value.scalar.map { "`\($0.value)`" } ?? entry.value.kindDescription
                throw error("unknown severity \(shown) for `\(id)` (expected one of: \(names))", at: entry.value.range)
            }
            result[RuleRegistry.resolving(id)] = severity
        }
        return result
    }

    /// A mapping of glob → rule ids (or `all`).
    func perFileIgnores(_ node: YAMLNode) throws(ConfigError) -> [PerFileIgnores.Entry] {
        guard case .mapping(let mapping) = node else {
            throw error("`per-file-ignores` must be a mapping of glob to rule ids, found \(node.kindDescription)",
                        at: node.range)
        }
        var entries: [PerFileIgnores.Entry] = []
        for entry in mapping.entries {
            guard let pattern = entry.key.scalar?.value, !pattern.isEmpty else {
                throw error("a `per-file-ignores` key must be a glob, found \(entry.key.kindDescription)", at: entry.key.range)
            }
            let glob: Glob
            do {
                glob = try Glob(pattern)
            } catch {
                throw self.error("invalid glob in `per-file-ignores`: \(error.message)", at: entry.key.range)
            }
            var rules = Set<String>()
            for (name, range) in try strings(entry.value, key: "per-file-ignores: \(pattern)", what: "rule ids") {
                guard name != "all" else {
                    rules.insert(name)
                    continue
                }
                guard let found = RuleSelector.ruleIDs(name) else {
                    let unknown = RuleSelector.UnknownRule(name: name)
                    throw error("unknown rule `\(name)` in `per-file-ignores`; \(unknown.hint)", at: range)
                }
                rules.formUnion(found)
            }
            entries.append(PerFileIgnores.Entry(glob: glob, rules: rules))
        }
        return entries
    }

    func globs(_ node: YAMLNode, key: String) throws(ConfigError) -> [Glob] {
        var result: [Glob] = []
        for (pattern, range) in try strings(node, key: key, what: "glob patterns") {
            do {
                result.append(try Glob(pattern))
            } catch {
                throw self.error("invalid glob in `\(key)`: \(error.message)", at: range)
            }
        }
        return result
    }
}

import PathLintCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The configuration that applies to one file: its `.pathlint.yaml` (if any) with the
/// command line's overrides applied.
struct ResolvedConfig: Sendable {
    /// The configuration file that applies; nil when there is none.
    let file: ConfigFile?
    /// The rules to run and their severities, command-line overrides applied.
    let configuration: LintConfiguration

    /// The file's `reference` directory (absolute); nil for the default snapshot.
    var referenceDirectory: String? { file?.referenceDirectory }

    /// Whether a directory walk lints `absolutePath` (the file's `include`/`exclude`).
    func isIncluded(absolutePath: String) -> Bool { file?.isIncluded(absolutePath) ?? true }
}

/// Finds the configuration of each file: `--config PATH` for every file, or else the
/// nearest `.pathlint.yaml` walking up from the file's directory to the root. Each
/// directory is looked at once (the answer is cached, found or not, valid or not).
/// Safe to call from several threads at once.
final class ConfigResolver: Sendable {
    private enum Entry: Sendable {
        case resolved(ResolvedConfig)
        case failed(ConfigError)

        func get() throws(ConfigError) -> ResolvedConfig {
            switch self {
            case .resolved(let resolved): return resolved
            case .failed(let error): throw error
            }
        }
    }

    private let overrides: LintOverrides
    private let currentDirectory: String
    /// The `--config` file, which then applies to every file.
    private let explicit: ResolvedConfig?
    /// Normalised absolute directory → the configuration that applies in it.
    private let cache = Mutex<[String: Entry]>([:])
    /// A file's directory as written in its path (`corpus/12`) → the same entries: files
    /// come a directory at a time, and normalising every path cost more than linting's rules.
    private let byWrittenDirectory = Mutex<[Substring: Entry]>([:])

    /// Reads `--config` now, when given (an unusable one throws, naming file, line and problem).
    init(configPath: String?, overrides: LintOverrides) throws(ConfigError) {
        self.overrides = overrides
        currentDirectory = FileSystem.currentDirectory()
        if let configPath {
            let absolute = ConfigPath.absolute(configPath, relativeTo: currentDirectory)
            let file = try Self.load(shownAs: configPath, absolutePath: absolute)
            explicit = ResolvedConfig(file: file, configuration: file.lintConfiguration(overrides, workingDirectory: currentDirectory))
        } else {
            explicit = nil
        }
    }

    /// The configuration for `path` (as given on the command line or found by a walk; `-`
    /// or a `--stdin-filename` works too: its directory is the one searched). Throws the
    /// error of an unusable configuration file that applies to it.
    func configuration(forFile path: String) throws(ConfigError) -> ResolvedConfig {
        if let explicit { return explicit }
        // `dir/name` (name not `.` or `..`) normalises to normalise(dir) + `/name`: its
        // directory is the written one's, so the written one is a valid key.
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = slash.map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard name != ".", name != "..", !name.isEmpty else {
            return try lookup(ConfigPath.parent(of: absolute(path))).get()
        }
        let written = slash.map { path[...$0] } ?? ""  // with its `/`: `/x.md` is not `x.md`
        if let cached = byWrittenDirectory.withLock({ $0[written] }) { return try cached.get() }
        let entry = lookup(ConfigPath.parent(of: absolute(path)))
        byWrittenDirectory.withLock { $0[written] = entry }
        return try entry.get()
    }

    /// Whether a directory walk (or, with --force-exclude, the command line) should lint
    /// `path`: its configuration's `include` and `exclude`, against the path relative to
    /// that configuration file's directory. True when the configuration is unusable, so
    /// that linting the file reports the error.
    func isIncluded(_ path: String) -> Bool {
        guard let resolved = try? configuration(forFile: path) else { return true }
        guard resolved.file != nil else { return true }  // no configuration file: no include/exclude
        return resolved.isIncluded(absolutePath: absolute(path))
    }

    private func absolute(_ path: String) -> String {
        ConfigPath.absolute(path, relativeTo: currentDirectory)
    }

    private func lookup(_ directory: String) -> Entry {
        var visited: [String] = []
        var current = directory
        var found: Entry
        while true {
            if let cached = cache.withLock({ $0[current] }) {
                found = cached
                break
            }
            visited.append(current)
            let candidate = (current == "/" ? "" : current) + "/" + ConfigFile.fileName
            if Self.exists(candidate) {
                do throws(ConfigError) {
                    let file = try Self.load(shownAs: candidate, absolutePath: candidate)
                    found = .resolved(ResolvedConfig(file: file, configuration: file.lintConfiguration(overrides, workingDirectory: currentDirectory)))
                } catch {
                    found = .failed(error)
                }
                break
            }
            if current == "/" {
                found = .resolved(ResolvedConfig(file: nil, configuration: overrides.configuration))
                break
            }
            current = ConfigPath.parent(of: current)
        }
        let result = found
        cache.withLock { cache in
            for directory in visited where cache[directory] == nil { cache[directory] = result }
        }
        return result
    }

    private static func load(shownAs shown: String, absolutePath: String) throws(ConfigError) -> ConfigFile {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(absolutePath)
        } catch {
            switch error {
            case .notFound: throw ConfigError(path: shown, message: "no such configuration file")
            case .unreadable(_, let reason): throw ConfigError(path: shown, message: "cannot read: \(reason)")
            case .namedPipe: throw ConfigError(path: shown, message: "a named pipe, not a configuration file")
            }
        }
        return try ConfigFile.parse(bytes, path: shown, directory: ConfigPath.parent(of: absolutePath))
    }

    /// Whether something is at `path` (a directory there is found, and then fails to read).
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

/// One `Linter` per configuration file and one open snapshot per distinct reference
/// directory, made on first use. Safe to call from several threads at once.
final class LinterPool: Sendable {
    /// `--reference`, else `$PATHLINT_REFERENCE`: wins over each configuration's `reference`.
    private let named: String?
    /// The snapshot that ships with pathlint, for files whose configuration names none.
    private let shipped: Result<String, ReferenceError>
    private struct State: Sendable {
        var snapshots: [String: Result<ReferenceSnapshot, ReferenceError>] = [:]
        var linters: [String: Linter] = [:]
    }
    private let state = Mutex(State())

    init(referenceOverride: String?) {
        named = ReferenceLocation.named(explicit: referenceOverride)
        do throws(ReferenceError) {
            shipped = .success(named == nil ? try ReferenceLocation.shipped() : "")
        } catch {
            shipped = .failure(error)
        }
    }

    /// The reference directory a file uses, in `ReferenceLocation`'s order.
    func referenceDirectory(for resolved: ResolvedConfig) throws(ReferenceError) -> String {
        if let named { return named }
        if let configured = resolved.referenceDirectory { return configured }
        return try shipped.get()
    }

    /// The linter for files under `resolved`; throws when its snapshot cannot be opened.
    func linter(for resolved: ResolvedConfig) throws(ReferenceError) -> Linter {
        let directory = try referenceDirectory(for: resolved)
        let key = (resolved.file?.path ?? "") + "\u{0}" + directory
        if let linter = state.withLock({ $0.linters[key] }) { return linter }
        let snapshot: Result<ReferenceSnapshot, ReferenceError>
        if let cached = state.withLock({ $0.snapshots[directory] }) {
            snapshot = cached
        } else {
            do throws(ReferenceError) {
                snapshot = .success(try ReferenceSnapshot(directory: directory))
            } catch {
                snapshot = .failure(error)
            }
            state.withLock { state in
                if state.snapshots[directory] == nil { state.snapshots[directory] = snapshot }
            }
        }
        let linter = Linter(reference: try snapshot.get(), configuration: resolved.configuration)
        state.withLock { $0.linters[key] = linter }
        return linter
    }
}

extension LinterPool {
    /// The linter for the file at `path` (its configuration from `resolver`); throws the
    /// `ConfigError` or `ReferenceError` that makes it unusable.
    func linter(forFile path: String, using resolver: ConfigResolver) throws -> Linter {
        try linter(for: try resolver.configuration(forFile: path))
    }
}

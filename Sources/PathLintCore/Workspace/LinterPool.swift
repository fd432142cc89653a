import Synchronization

/// The linters of a workspace: one `Linter` per configuration (its lookup caches fill as
/// files are linted, so each configuration keeps its own) and one open snapshot per
/// reference directory, made on first use. The CLI keys linters by configuration file,
/// the language server by version of a configuration file; both go through this. Safe
/// to call from several threads at once.
public final class LinterPool: Sendable {
    /// The reference directory that wins over every configuration's `reference`
    /// (`--reference` or the editor's `reference` setting, else `$PATHLINT_REFERENCE`);
    /// nil for none.
    public let named: String?
    /// The snapshot that ships with pathlint, for files whose configuration names none.
    private let shipped: Result<String, ReferenceError>
    private struct State: Sendable {
        var snapshots: [String: Result<ReferenceSnapshot, ReferenceError>] = [:]
        var linters: [String: Linter] = [:]
    }
    private let state = Mutex(State())

    /// `referenceOverride`: `--reference`, or the editor's `reference` setting.
    public init(referenceOverride: String?) {
        named = ReferenceLocation.named(explicit: referenceOverride)
        do throws(ReferenceError) {
            shipped = .success(named == nil ? try ReferenceLocation.shipped() : "")
        } catch {
            shipped = .failure(error)
        }
    }

    /// The reference directory of files under `file`, in `ReferenceLocation`'s order.
    public func referenceDirectory(for file: ConfigFile?) throws(ReferenceError) -> String {
        if let named { return named }
        if let configured = file?.referenceDirectory { return configured }
        return try shipped.get()
    }

    /// The snapshot in `directory`, opened once; a failure is kept too, so that it is not
    /// tried for every file.
    public func snapshot(_ directory: String) throws(ReferenceError) -> ReferenceSnapshot {
        let key = directory
        if let cached = state.withLock({ $0.snapshots[key] }) { return try cached.get() }
        let opened: Result<ReferenceSnapshot, ReferenceError>
        do throws(ReferenceError) {
            opened = .success(try ReferenceSnapshot(directory: directory))
        } catch {
            opened = .failure(error)
        }
        let kept = state.withLock { state in
            if let first = state.snapshots[key] { return first }
            state.snapshots[key] = opened
            return opened
        }
        return try kept.get()
    }

    /// The linter kept under `key` with the snapshot of `referenceDirectory`, made with
    /// `configuration` the first time.
    public func linter(key: String, referenceDirectory: String,
                       configuration: () -> LintConfiguration) throws(ReferenceError) -> Linter {
        let fullKey = key + "\u{0}" + referenceDirectory
        if let linter = state.withLock({ $0.linters[fullKey] }) { return linter }
        let linter = Linter(reference: try snapshot(referenceDirectory), configuration: configuration())
        return state.withLock { state in
            if let first = state.linters[fullKey] { return first }
            state.linters[fullKey] = linter
            return linter
        }
    }

    /// Drops the linters whose key `keep` rejects (configurations no longer in use).
    public func keepLinters(where keep: (String) -> Bool) {
        state.withLock { state in
            state.linters = state.linters.filter { keep(String($0.key.prefix { $0 != "\u{0}" })) }
        }
    }
}

import Synchronization

/// A memo of reference lookups, shared by every thread of a run. The same symbols recur
/// in file after file (most figures show the same few hundred genes), and a cached
/// lookup costs a hash instead of a binary search plus record parsing.
///
/// Bounded by `limit` entries (it starts over when full), so memory does not grow with
/// the number of files linted.
final class LookupCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let storage = Mutex<[Key: Value]>([:])
    private let limit: Int

    init(limit: Int = 100_000) { self.limit = limit }

    func value(for key: Key, compute: () -> Value) -> Value {
        if let cached = storage.withLock({ $0[key] }) { return cached }
        let value = compute()
        storage.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }
}

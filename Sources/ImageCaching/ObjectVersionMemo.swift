import KubeAPI
import Synchronization

/// Values computed from one object alone, remembered per object uid until its resourceVersion
/// changes (the same uid and resourceVersion always mean the same content) or `forget` is called
/// (on deletion). Objects without a uid or resourceVersion are computed every time.
///
/// Thread-safe (`Mutex`). Holds one entry per live object uid it was asked about; callers must
/// `forget` deleted objects. `compute` runs outside the lock, so two racing callers may both
/// compute (the results are equal by the contract above).
final class ObjectVersionMemo<Value: Sendable>: Sendable {
    private struct Entry {
        var resourceVersion: String
        var value: Value
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The value remembered for `metadata`'s uid at its resourceVersion, else `compute()`
    /// (remembered for next time).
    func value(for metadata: ObjectMeta, _ compute: () -> Value) -> Value {
        guard let uid = metadata.uid, let version = metadata.resourceVersion else { return compute() }
        if let entry = entries.withLock({ $0[uid] }), entry.resourceVersion == version { return entry.value }
        let value = compute()
        entries.withLock { $0[uid] = Entry(resourceVersion: version, value: value) }
        return value
    }

    /// Drops what is remembered for `uid`.
    func forget(uid: String) {
        _ = entries.withLock { $0.removeValue(forKey: uid) }
    }

    /// How many objects are remembered.
    var count: Int { entries.withLock { $0.count } }
}

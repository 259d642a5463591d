import ControllerRuntime
import Synchronization

/// Tasks waiting for objects to leave an informer's cache, woken by the informer's deletions.
///
/// Feed it every deletion the informer reports (`removed`), which the informer does after its
/// store has dropped the object. `waitForRemoval` returns once the key was reported removed, or
/// at once when the store no longer holds it, or when the waiting task is cancelled; a deletion
/// between the two cannot be missed (the waiter is registered before the store is checked).
/// Thread-safe (`Mutex`).
final class RemovalWaiters: Sendable {
    private struct State {
        var nextID = 0
        var parked: [ObjectKey: [Int: CheckedContinuation<Void, Never>]] = [:]
        var cancelledEarly: Set<Int> = []

        mutating func take(_ key: ObjectKey, _ id: Int) -> CheckedContinuation<Void, Never>? {
            let continuation = parked[key]?.removeValue(forKey: id)
            if parked[key]?.isEmpty == true { parked[key] = nil }
            return continuation
        }
    }

    private let state = Mutex(State())

    /// Wakes every task waiting for `key`.
    func removed(_ key: ObjectKey) {
        let waiting = state.withLock { $0.parked.removeValue(forKey: key) } ?? [:]
        for continuation in waiting.values { continuation.resume() }
    }

    /// Returns once `key` is reported removed or `isPresent()` is false, or the task is cancelled.
    func waitForRemoval(of key: ObjectKey, isPresent: () -> Bool) async {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let parked = state.withLock { state in
                    if state.cancelledEarly.remove(id) != nil { return false }
                    state.parked[key, default: [:]][id] = continuation
                    return true
                }
                guard parked else { return continuation.resume() }
                if !isPresent() { state.withLock { $0.take(key, id) }?.resume() }
            }
        } onCancel: {
            let continuation = state.withLock { state in
                let continuation = state.take(key, id)
                if continuation == nil { state.cancelledEarly.insert(id) }
                return continuation
            }
            continuation?.resume()
        }
        _ = state.withLock { $0.cancelledEarly.remove(id) }
    }
}

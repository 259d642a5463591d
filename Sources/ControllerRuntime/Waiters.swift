/// Continuations parked until a condition on some locked state holds; the owner keeps a `Waiters`
/// inside its lock, parks with `park`, and resumes the satisfied ones after state changes.
/// Cancelled waiters are resumed with `CancellationError` by `cancel`.
struct Waiters<Condition: Sendable>: Sendable {
    private var nextID = 0
    private var parked: [Int: (condition: Condition, continuation: CheckedContinuation<Void, any Error>)] = [:]
    private var cancelledEarly: Set<Int> = []

    var count: Int { parked.count }

    mutating func makeID() -> Int {
        nextID += 1
        return nextID
    }

    /// Parks `continuation` under `id`; returns false (caller must resume with cancellation) if
    /// `id` was cancelled before it could park.
    mutating func park(id: Int, condition: Condition, continuation: CheckedContinuation<Void, any Error>) -> Bool {
        if cancelledEarly.remove(id) != nil { return false }
        parked[id] = (condition, continuation)
        return true
    }

    /// Removes and returns the continuation of `id`, or remembers that `id` was cancelled early.
    mutating func cancel(id: Int) -> CheckedContinuation<Void, any Error>? {
        if let entry = parked.removeValue(forKey: id) { return entry.continuation }
        cancelledEarly.insert(id)
        return nil
    }

    /// Forgets an early-cancellation marker for an `id` that finished normally.
    mutating func finish(id: Int) { cancelledEarly.remove(id) }

    /// Removes and returns the continuations whose condition `isSatisfied`.
    mutating func takeSatisfied(_ isSatisfied: (Condition) -> Bool) -> [CheckedContinuation<Void, any Error>] {
        let ids = parked.filter { isSatisfied($0.value.condition) }.map(\.key)
        return ids.compactMap { parked.removeValue(forKey: $0)?.continuation }
    }

    /// Removes and returns every continuation.
    mutating func takeAll() -> [CheckedContinuation<Void, any Error>] {
        defer { parked = [:] }
        return parked.values.map(\.continuation)
    }
}

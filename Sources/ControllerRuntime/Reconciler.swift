/// The reconcile contract, as controller-runtime defines it.
///
/// `reconcile` is level-based: it receives only the key of an object that may need work and must
/// drive the world toward the object's desired state from what it reads, not from which event
/// triggered it (several events for one key collapse into one call; the object may already be
/// gone). The framework guarantees that calls for one key never overlap.
///
/// - Return `.done` when nothing more is needed: the key's back-off is reset.
/// - Return `.requeue(after:)` for periodic work: the key runs again after that delay (its back-off
///   is reset). `.requeue(after: .zero)` re-queues at once through the rate limiter.
/// - Throw to retry with per-key exponential back-off. A 409 Conflict (`KubeAPIError.isConflict`)
///   is retried the same way but logged only at debug level: it means another writer was first.
/// - Throw a `TerminalError` when retrying cannot help: the error is counted and logged, the key is
///   not retried until a new event arrives.
public protocol Reconciler: Sendable {
    func reconcile(_ request: ObjectKey) async throws -> ReconcileResult
}

/// What a reconcile asks the controller to do next.
public enum ReconcileResult: Sendable, Hashable {
    /// Finished: no retry.
    case done
    /// Run again after the delay (rate-limited retry when the delay is zero).
    case requeue(after: Duration)
}

/// An error that retrying cannot fix: the controller does not retry the key.
public struct TerminalError: Error, Sendable, CustomStringConvertible {
    public var underlying: any Error
    public init(_ underlying: any Error) { self.underlying = underlying }
    public var description: String { "terminal error: \(underlying)" }
}

/// A reconcile that did not finish within the controller's reconcile timeout.
public struct ReconcileTimeoutError: Error, Sendable, CustomStringConvertible {
    public var request: ObjectKey
    public var timeout: Duration
    public var description: String { "reconcile of \(request) did not finish within \(timeout)" }
}

/// Adapts a closure to `Reconciler`.
public struct ReconcileFunction: Reconciler {
    private let body: @Sendable (ObjectKey) async throws -> ReconcileResult
    public init(_ body: @escaping @Sendable (ObjectKey) async throws -> ReconcileResult) { self.body = body }
    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult { try await body(request) }
}

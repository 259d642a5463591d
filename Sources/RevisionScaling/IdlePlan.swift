/// What the `thaw` policy does with one replica after a revision's last request, in seconds since
/// that request: keep it for `keepAlive`; then, if `prewarm` is set, bring one replica back so it is
/// ready at `prewarm.lowerBound` (launching it one cold start earlier) and keep it until
/// `prewarm.upperBound`. Outside those spans the revision may scale to zero.
///
/// Guarantees: `keepAlive` ≥ 0. Plans from `IdleTimeHistogram.cheapestPlan` also start a pre-warm
/// window at least one cold start after the keep-alive ends (otherwise extending the keep-alive is
/// never worse); an overlapping window simply extends the span with a replica.
public struct IdlePlan: Sendable, Equatable {
    public var keepAlive: Double
    public var prewarm: ClosedRange<Double>?

    public init(keepAlive: Double, prewarm: ClosedRange<Double>? = nil) {
        self.keepAlive = max(0, keepAlive)
        self.prewarm = prewarm
    }

    /// Whether one replica should exist `idle` seconds after the last request, given that a
    /// replica takes `coldStart` seconds to become ready.
    public func wantsReplica(idle: Double, coldStart: Double) -> Bool {
        if idle < keepAlive { return true }
        guard let window = prewarm else { return false }
        return idle >= window.lowerBound - coldStart && idle <= window.upperBound
    }
}

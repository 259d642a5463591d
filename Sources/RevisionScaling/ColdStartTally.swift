/// A revision's requests and how many of them arrived while it had no ready replica — those wait for
/// a cold start. Used by the `thaw` policy to tell whether cold starts already reach the revision's
/// latency tail.
///
/// Guarantees: counts never decrease; negative arrivals count as 0.
public struct ColdStartTally: Sendable, Equatable {
    /// Requests seen.
    public private(set) var requests = 0
    /// Requests that arrived while no replica was ready.
    public private(set) var coldRequests = 0

    public init() {}

    /// Records `arrivals` requests that arrived while `readyPods` replicas were ready.
    public mutating func record(arrivals: Int, readyPods: Int) {
        let count = max(0, arrivals)
        requests = requests.addingReportingOverflow(count).overflow ? Int.max : requests + count
        if readyPods <= 0 {
            coldRequests = coldRequests.addingReportingOverflow(count).overflow ? Int.max : coldRequests + count
        }
    }

    /// Whether more than `share` of the requests seen waited for a cold start (at least one did).
    /// With `share` 0.01 this says the revision's p99 latency is a cold start.
    public func exceeds(share: Double) -> Bool {
        coldRequests > 0 && Double(coldRequests) > share * Double(requests)
    }
}

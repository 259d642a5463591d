/// Reflector settings; defaults are client-go's.
public struct ReflectorOptions: Sendable {
    /// Items per list page.
    public var pageSize = 500
    /// Fetch the initial state with a streaming list (a watch with `sendInitialEvents=true`) while
    /// the server supports it, falling back to paged lists when it does not; false always lists.
    public var streamingList = true
    /// Server-side watch timeouts are random in [minimum, 2 × minimum).
    public var minimumWatchTimeout: Duration = .seconds(300)
    /// Extra time past the watch timeout after which a watch that delivered nothing is presumed
    /// frozen, torn down and resumed.
    public var silenceGrace: Duration = .seconds(30)
    /// Retry delays after failures.
    public var backoff = ReflectorBackoff()
    /// Seed of the jitter (random per process by default).
    public var seed = UInt64.random(in: .min ... .max)

    public init() {}
}

import Synchronization

/// The open watch streams, so that stopping the server can end them all at once (a watch
/// otherwise lasts until its timeout). Thread-safe.
final class ActiveWatches: Sendable {
    private struct State {
        var next: UInt64 = 0
        var enders: [UInt64: @Sendable () -> Void] = [:]
        var closed = false
    }

    private let state = Mutex(State())

    /// Registers how to end one stream; ends it at once when the server is already stopping.
    func register(_ end: @escaping @Sendable () -> Void) -> UInt64 {
        let (id, closed) = state.withLock { s -> (UInt64, Bool) in
            s.next += 1
            if !s.closed { s.enders[s.next] = end }
            return (s.next, s.closed)
        }
        if closed { end() }
        return id
    }

    func unregister(_ id: UInt64) {
        _ = state.withLock { $0.enders.removeValue(forKey: id) }
    }

    /// The number of open watch streams.
    var count: Int { state.withLock { $0.enders.count } }

    /// Ends every open stream and every stream registered later.
    func endAll() {
        let enders = state.withLock { s -> [@Sendable () -> Void] in
            s.closed = true
            defer { s.enders = [:] }
            return Array(s.enders.values)
        }
        for end in enders { end() }
    }
}

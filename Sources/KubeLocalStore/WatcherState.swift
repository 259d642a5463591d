/// What the store keeps for one open watch: its filter, the next version it will read, and the
/// continuation of a consumer waiting for events.
struct WatcherState: Sendable {
    let resource: ResourceID?
    let namespace: String?
    /// The next resource version this watcher has not looked at yet.
    var cursor: Int64
    /// How many wanted changes may be published and unread before the watch fails.
    let allowedLag: Int64
    var waiter: CheckedContinuation<Void, Never>?
    /// Set when the consumer's task was cancelled: the stream ends.
    var cancelled = false

    func matches(_ event: StoreEvent) -> Bool {
        if let resource, resource != event.resource { return false }
        if let namespace, namespace != event.key.namespace { return false }
        return true
    }
}

import KubeAPI
import KubeLocalStore

/// Turns store changes into the watch events a client with selectors sees: an object that stops
/// matching is reported DELETED, one that starts matching ADDED, changes to objects the client
/// never saw are skipped. Without selectors every change passes through unchanged.
struct WatchEventFilter {
    let matcher: ObjectMatcher
    /// Keys of objects the client currently sees; tracked only when selectors are set.
    private var visible: Set<ObjectKey> = []

    init(labels: LabelSelector, fields: FieldSelector, type: ResourceType) {
        matcher = ObjectMatcher(labels: labels, fields: fields, type: type)
    }

    var selects: Bool { matcher.selects }

    func matches(_ key: ObjectKey, _ stored: StoredObject) -> Bool { matcher.matches(key, stored) }

    /// Records an object sent in the initial state.
    mutating func noteInitial(_ key: ObjectKey) {
        if selects { visible.insert(key) }
    }

    /// The event type to send for a change, or nil to skip it.
    mutating func eventType(for event: StoreEvent) -> String? {
        guard selects else { return event.type.rawValue }
        let matching = matches(event.key, event.object)
        switch event.type {
        case .added:
            guard matching else { return nil }
            visible.insert(event.key)
            return "ADDED"
        case .modified:
            let was = visible.contains(event.key)
            if matching {
                visible.insert(event.key)
                return was ? "MODIFIED" : "ADDED"
            }
            guard was else { return nil }
            visible.remove(event.key)
            return "DELETED"
        case .deleted:
            let was = visible.remove(event.key) != nil
            return was || matching ? "DELETED" : nil
        }
    }
}

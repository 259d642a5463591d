import KubeAPI
import Synchronization

/// Remembers recently built OpenAPI documents by their exact input, so an API server can call
/// `OpenAPIDocuments` on every request (kubectl fetches the index on every command) without
/// rebuilding unchanged documents. Bounded: it is emptied when it reaches `capacity` entries.
enum DocumentCache {
    struct Key: Hashable, Sendable {
        var document: String
        var resources: [OpenAPIResource]
    }

    static let capacity = 64
    private static let entries = Mutex<[Key: JSONValue]>([:])

    /// The cached document for `key`, or `build()`'s result, remembered.
    static func document(_ key: Key, build: () -> JSONValue) -> JSONValue {
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let built = build()
        remember(built, for: key)
        return built
    }

    /// The cached document for `key`, or `build()`'s result, remembered unless it is `nil`.
    static func document(_ key: Key, build: () -> JSONValue?) -> JSONValue? {
        if let cached = entries.withLock({ $0[key] }) { return cached }
        guard let built = build() else { return nil }
        remember(built, for: key)
        return built
    }

    private static func remember(_ document: JSONValue, for key: Key) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = document
        }
    }
}

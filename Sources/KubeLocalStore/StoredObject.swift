import KubeAPI

/// One version of a stored object: the object with `metadata.resourceVersion` set, the version as a
/// number, and the object's compact JSON serialized once at write time so that get, list and watch
/// reuse the same bytes. Immutable; `json` always encodes `object`.
///
/// A store opened with `retainParsedObjects: false` keeps only `json` (about a third of the
/// memory) and `object` parses it on each access.
public struct StoredObject: Sendable {
    private let parsed: JSONValue?
    public let resourceVersion: Int64
    public let json: [UInt8]

    /// The object (parsed from `json` on each access when the store does not retain it).
    public var object: JSONValue {
        if let parsed { return parsed }
        // `json` was written by the serializer or validated when loaded, so it parses.
        return (try? JSONValue.parse(json)) ?? .null
    }

    /// Wraps `object`, serializing it; `object` should already carry `resourceVersion`.
    public init(object: JSONValue, resourceVersion: Int64) {
        self.init(object: object, resourceVersion: resourceVersion, json: object.jsonBytes)
    }

    /// `object` nil: keep only `json`.
    init(object: JSONValue?, resourceVersion: Int64, json: [UInt8]) {
        self.parsed = object
        self.resourceVersion = resourceVersion
        self.json = json
    }
}

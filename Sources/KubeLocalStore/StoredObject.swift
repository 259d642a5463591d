import KubeAPI

/// One version of a stored object: the object with `metadata.resourceVersion` set, the version as a
/// number, and the object's compact JSON serialized once at write time so that get, list and watch
/// reuse the same bytes. Immutable; `json` always encodes `object`.
public struct StoredObject: Sendable {
    public let object: JSONValue
    public let resourceVersion: Int64
    public let json: [UInt8]

    /// Wraps `object`, serializing it; `object` should already carry `resourceVersion`.
    public init(object: JSONValue, resourceVersion: Int64) {
        self.init(object: object, resourceVersion: resourceVersion, json: object.jsonBytes)
    }

    init(object: JSONValue, resourceVersion: Int64, json: [UInt8]) {
        self.object = object
        self.resourceVersion = resourceVersion
        self.json = json
    }
}

import KubeAPI

/// An object serialized ahead of a write, with a gap where `metadata.resourceVersion` goes.
///
/// The expensive serialization happens outside the store's lock; inside it, `stamped(_:)` only
/// splices the assigned version into the bytes and the value.
struct PreparedObject: Sendable {
    private let members: [String: JSONValue]
    private let metadata: [String: JSONValue]
    private let prefix: [UInt8]
    private let suffix: [UInt8]
    private let summary: ObjectSummary

    /// Prepares `object` for `resource`, summarizing it with `index`.
    /// - Throws: `StoreError.invalid` when `object` is not a JSON object or its `metadata` is not one.
    init(_ object: JSONValue, resource: ResourceID, index: FieldIndex) throws(StoreError) {
        guard var members = object.objectValue else {
            throw StoreError(.invalid, "object must be a JSON object, found \(object.typeName)")
        }
        var metadata: [String: JSONValue] = [:]
        switch members["metadata"] {
        case nil, .null?: break
        case .object(let m)?: metadata = m
        case let other?: throw StoreError(.invalid, "metadata must be an object, found \(other.typeName)")
        }
        metadata["resourceVersion"] = nil
        members["metadata"] = nil
        self.members = members
        self.metadata = metadata

        var prefix: [UInt8] = []
        prefix.reserveCapacity(512)
        var out = prefix
        func writeMember(_ key: String, _ value: JSONValue, first: Bool, into out: inout [UInt8]) {
            if !first { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString(key, into: &out)
            out.append(UInt8(ascii: ":"))
            value.write(into: &out)
        }
        let topKeys = (members.keys + ["metadata"]).sorted()
        out.append(UInt8(ascii: "{"))
        for (n, key) in topKeys.enumerated() {
            if key != "metadata" {
                if let value = members[key] { writeMember(key, value, first: n == 0, into: &out) }
                continue
            }
            if n > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString("metadata", into: &out)
            out.append(contentsOf: Array(":{".utf8))
            let metaKeys = (metadata.keys + ["resourceVersion"]).sorted()
            for (m, metaKey) in metaKeys.enumerated() {
                if metaKey == "resourceVersion" {
                    if m > 0 { out.append(UInt8(ascii: ",")) }
                    JSONValue.writeString(metaKey, into: &out)
                    out.append(UInt8(ascii: ":"))
                    prefix = out
                    out = []
                } else if let value = metadata[metaKey] {
                    writeMember(metaKey, value, first: m == 0, into: &out)
                }
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
        self.prefix = prefix
        self.suffix = out
        self.summary = ObjectSummary(of: object, resource: resource, index: index)
    }

    /// Whether `stored` is this object stamped with `stored.resourceVersion`: the same bytes, so
    /// writing this object over `stored` would change nothing.
    func isSame(as stored: StoredObject) -> Bool {
        let version = Array(String(stored.resourceVersion).utf8)
        let json = stored.json
        guard json.count == prefix.count + suffix.count + version.count + 2 else { return false }
        var index = 0
        for part in [prefix, [UInt8(ascii: "\"")], version, [UInt8(ascii: "\"")], suffix] {
            guard json[index..<(index + part.count)].elementsEqual(part) else { return false }
            index += part.count
        }
        return true
    }

    /// The object stamped with `resourceVersion`, and its JSON; without `retainingObject`, only
    /// the JSON.
    func stamped(_ resourceVersion: Int64, retainingObject: Bool = true) -> StoredObject {
        let version = String(resourceVersion)
        var json: [UInt8] = []
        json.reserveCapacity(prefix.count + suffix.count + version.utf8.count + 2)
        json.append(contentsOf: prefix)
        json.append(UInt8(ascii: "\""))
        json.append(contentsOf: version.utf8)
        json.append(UInt8(ascii: "\""))
        json.append(contentsOf: suffix)
        guard retainingObject else {
            return StoredObject(object: .none, resourceVersion: resourceVersion, json: json, summary: summary)
        }
        var metadata = self.metadata
        metadata["resourceVersion"] = .string(version)
        var members = self.members
        members["metadata"] = .object(metadata)
        return StoredObject(object: .object(members), resourceVersion: resourceVersion, json: json, summary: summary)
    }
}

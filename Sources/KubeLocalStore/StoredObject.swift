import KubeAPI

/// One version of a stored object: the object's compact JSON (with `metadata.resourceVersion`
/// set) serialized once at write time so that get, list and watch send the same bytes, the
/// version as a number, and a summary of its labels and indexed fields for selectors. Immutable;
/// `json` always encodes `object` and `summary` always describes it.
///
/// A store opened with `retainParsedObjects: true` also keeps the parsed object (about three
/// times the memory); otherwise `object` parses `json` on each access. The value is three words:
/// copies held by the table, the history and watchers share one `Details` box.
public struct StoredObject: Sendable {
    public let resourceVersion: Int64
    public let json: [UInt8]
    private let details: Details

    /// What every copy of one stored version shares.
    private final class Details: Sendable {
        let parsed: JSONValue?
        let summary: ObjectSummary

        init(parsed: JSONValue?, summary: ObjectSummary) {
            self.parsed = parsed
            self.summary = summary
        }
    }

    /// Labels, indexed fields and ownership metadata, extracted at write time.
    public var summary: ObjectSummary { details.summary }

    /// The object (parsed from `json` on each access when the store does not retain it).
    public var object: JSONValue {
        if let parsed = details.parsed { return parsed }
        // `json` was written by the serializer or validated when loaded, so it parses.
        return (try? JSONValue.parse(json)) ?? .null
    }

    /// Wraps `object`, serializing it; `object` should already carry `resourceVersion`. The
    /// summary indexes no fields (such an object is never filtered by the store).
    public init(object: JSONValue, resourceVersion: Int64) {
        self.init(
            object: object, resourceVersion: resourceVersion, json: object.jsonBytes,
            summary: ObjectSummary(of: object, resource: nil, index: .none))
    }

    /// This version with its object parsed once and kept, for a read-modify-write that reads
    /// the object several times (the copy is never stored, so the store stays compact).
    func parsedOnce() -> StoredObject {
        guard details.parsed == nil else { return self }
        return StoredObject(object: object, resourceVersion: resourceVersion, json: json, summary: summary)
    }

    /// `object` nil: keep only `json`.
    init(object: JSONValue?, resourceVersion: Int64, json: [UInt8], summary: ObjectSummary) {
        self.resourceVersion = resourceVersion
        self.json = json
        self.details = Details(parsed: object, summary: summary)
    }
}

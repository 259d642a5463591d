import KubeAPI

/// One change from a watch, typed. `ERROR` events are not events: the stream throws them as
/// `KubeAPIError` (check `isGone` to know a relist is needed).
public enum KubeWatchEvent<Object: JSONBacked>: Sendable, Hashable {
    case added(Object)
    case modified(Object)
    case deleted(Object)
    /// The server has sent every change up to this resource version. `initialEventsEnd` is true
    /// for the bookmark annotated `k8s.io/initial-events-end: "true"` that closes the initial state
    /// of a streaming list (`sendInitialEvents=true`).
    case bookmark(resourceVersion: String, initialEventsEnd: Bool = false)

    /// The object's `metadata.resourceVersion` (the bookmark's version for a bookmark).
    public var resourceVersion: String? {
        switch self {
        case .added(let object), .modified(let object), .deleted(let object):
            object.json["metadata"]?["resourceVersion"]?.stringValue
        case .bookmark(let version, _):
            version
        }
    }

    /// The object, nil for a bookmark.
    public var object: Object? {
        switch self {
        case .added(let object), .modified(let object), .deleted(let object): object
        case .bookmark: nil
        }
    }

    /// Decodes one watch line: a parsed event, or the error an `ERROR` event carries.
    static func decode(line: UnsafeBufferPointer<UInt8>) throws -> Result<KubeWatchEvent, KubeAPIError> {
        let document: JSONValue
        do {
            document = try JSONValue.parse(line)
        } catch {
            throw KubeClientError(.decoding, "watch event is not JSON: \(error)")
        }
        guard case .object(var members) = document, let type = members["type"]?.stringValue else {
            throw KubeClientError(.decoding, "watch event has no type")
        }
        let object = members.removeValue(forKey: "object") ?? .emptyObject
        switch type {
        case "ADDED": return .success(.added(Object(json: object)))
        case "MODIFIED": return .success(.modified(Object(json: object)))
        case "DELETED": return .success(.deleted(Object(json: object)))
        case "BOOKMARK":
            let metadata = object["metadata"]
            return .success(.bookmark(
                resourceVersion: metadata?["resourceVersion"]?.stringValue ?? "",
                initialEventsEnd: metadata?["annotations"]?["k8s.io/initial-events-end"]?.stringValue == "true"))
        case "ERROR":
            var status = Status(json: object)
            if status.code == nil { status.code = 500 }
            return .failure(KubeAPIError(status: status))
        default:
            throw KubeClientError(.decoding, "unknown watch event type \"\(type)\"")
        }
    }
}

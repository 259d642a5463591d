import Hummingbird
import KubeAPI
import KubeLocalStore
import Logging

/// Serves the REST verbs of every registered resource over the object store: get, list,
/// create, update, patch, delete, deletecollection, watch, and the status and scale
/// subresources. Every failure is thrown as an `APIError`, which the dispatcher turns into a
/// Status response.
struct ResourceHandler: Sendable {
    let registry: ResourceRegistry
    let store: ObjectStore
    /// Deletion and finalizer rules over the store.
    let lifecycle: ObjectLifecycle
    var rules: ObjectRules
    let crds: CRDManager
    let settings: ServerSettings
    let activeWatches: ActiveWatches
    let serviceAddresses: ServiceAddressAllocator
    let logger: Logger

    /// Namespaces that exist from the start (created when the server starts, like a cluster's).
    static let initialNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"]

    /// Translates a store failure into the real server's Status for this request.
    func apiError(_ error: StoreError, _ request: APIRequest, name: String? = nil) -> APIError {
        let type = request.type
        let name = name ?? request.name ?? ""
        switch error.reason {
        case .notFound: return .notFound(type.plural, group: type.group, name: name)
        case .alreadyExists: return .alreadyExists(type.plural, group: type.group, name: name)
        case .conflict:
            // the store words conflicts like the real server (stale version, failed precondition)
            return APIError(code: 409, reason: "Conflict", message: error.message, name: name, group: type.group, kind: type.plural)
        case .gone: return .gone(error.message)
        case .invalid where error.message.contains(" is invalid: "):
            return APIError(code: 422, reason: "Invalid", message: error.message, name: name, group: type.group, kind: type.kind)
        case .invalid: return .badRequest(error.message)
        case .internal: return .internalError(error.message)
        }
    }

    /// Runs a suspending store operation, translating its failures.
    func storeCall<T>(_ request: APIRequest, name: String? = nil, _ body: () async throws -> T) async throws(APIError) -> T {
        do {
            return try await body()
        } catch let error as APIError {
            throw error
        } catch let error as StoreError {
            throw apiError(error, request, name: name)
        } catch {
            throw APIError.internalError("\(error)")
        }
    }

    /// Runs a store operation, translating its failures.
    func storeCall<T>(_ request: APIRequest, name: String? = nil, _ body: () throws -> T) throws(APIError) -> T {
        do {
            return try body()
        } catch let error as APIError {
            throw error
        } catch let error as StoreError {
            throw apiError(error, request, name: name)
        } catch {
            throw APIError.internalError("\(error)")
        }
    }

    /// The object as the requested version presents it (custom resources stored in another
    /// version have their apiVersion rewritten; there is no conversion webhook).
    func present(_ object: JSONValue, _ type: ResourceType) -> JSONValue {
        if EventConversion.isEventsV1(type) { return EventConversion.fromCore(object) }
        guard type.isCustom, object["apiVersion"]?.stringValue != type.apiVersion else { return object }
        var o = object
        o["apiVersion"] = .string(type.apiVersion)
        return o
    }

    /// The object's JSON bytes as the requested version presents it.
    func presentBytes(_ stored: StoredObject, _ type: ResourceType) -> [UInt8] {
        if EventConversion.isEventsV1(type) { return present(stored.object, type).jsonBytes }
        guard type.isCustom, !Self.startsWithAPIVersion(stored.json, type.apiVersion) else { return stored.json }
        let object = stored.object
        guard object["apiVersion"]?.stringValue != type.apiVersion else { return stored.json }
        return present(object, type).jsonBytes
    }

    /// Whether compact JSON opens with `"apiVersion":"<apiVersion>"` as its first member (keys
    /// are written sorted, so it usually does), which settles the version without parsing.
    static func startsWithAPIVersion(_ json: [UInt8], _ apiVersion: String) -> Bool {
        var expected: [UInt8] = Array(#"{"apiVersion":"#.utf8)
        JSONValue.writeString(apiVersion, into: &expected)
        guard json.count > expected.count, json.starts(with: expected) else { return false }
        let next = json[expected.count]
        return next == UInt8(ascii: ",") || next == UInt8(ascii: "}")
    }

    /// The object in the storage version, ready to store.
    func toStorage(_ object: JSONValue, _ type: ResourceType) -> JSONValue {
        if EventConversion.isEventsV1(type) { return EventConversion.toCore(object) }
        guard type.isCustom, type.storageVersion != type.version else { return object }
        var o = object
        o["apiVersion"] = .string(type.group + "/" + type.storageVersion)
        return o
    }

    /// A single object response, as JSON or as a one-row Table.
    func objectResponse(_ stored: StoredObject, _ request: APIRequest, status: Int = 200) throws(APIError) -> Response {
        switch request.shape {
        case .table(let version):
            let converter = try TableConverter(type: request.type, include: includeObject(request))
            var table = converter.table([present(stored.object, request.type)], now: rules.nowSeconds,
                                        listMeta: ["resourceVersion": .string(String(stored.resourceVersion))])
            table["apiVersion"] = .string("meta.k8s.io/\(version)")
            return Responses.json(table, status: status, contentType: request.shape.contentType)
        case .metadata(let version):
            let meta: JSONValue = [
                "kind": "PartialObjectMetadata", "apiVersion": .string("meta.k8s.io/\(version)"),
                "metadata": stored.object["metadata"] ?? .emptyObject,
            ]
            return Responses.json(meta, status: status, contentType: request.shape.contentType)
        case .object:
            return Responses.bytes(presentBytes(stored, request.type), status: status)
        }
    }

    func includeObject(_ request: APIRequest) throws(APIError) -> TableConverter.IncludeObject {
        guard let text = request.query["includeObject"], !text.isEmpty else { return .metadata }
        guard let value = TableConverter.IncludeObject(rawValue: text) else {
            throw APIError.badRequest("includeObject must be one of None, Metadata, Object; got \"\(text)\"")
        }
        return value
    }

    /// Checks that the namespace of a new object exists and is not being deleted.
    func checkNamespaceAccepts(_ request: APIRequest, name: String) throws(APIError) {
        guard request.type.namespaced, let ns = request.namespace else { return }
        let namespaces = ResourceID(group: "", resource: "namespaces")
        guard store.get(namespaces, ObjectKey(name: ns)) != nil else {
            throw APIError.notFound("namespaces", group: "", name: ns)
        }
        if store.isTerminating(namespace: ns) {
            throw APIError.forbidden(
                request.type.plural, group: request.type.group, name: name,
                why: NamespaceController.terminatingMessage(ns),
                causes: [StatusCause(reason: "NamespaceTerminating", message: "namespace \(ns) is being terminated", field: "metadata.namespace")])
        }
    }
}

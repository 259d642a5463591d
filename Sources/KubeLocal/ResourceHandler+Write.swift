import Hummingbird
import KubeAPI
import KubeLocalStore

extension ResourceHandler {
    /// How many names a create with `generateName` tries before it answers AlreadyExists
    /// (kube-apiserver's `RetryGenerateName`, on by default since 1.31: 8 attempts in all).
    static let generateNameAttempts = 8

    /// POST: creates an object (201), naming it from `generateName` when asked; a generated name
    /// that is taken is drawn again, up to `generateNameAttempts` names.
    func create(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        let decoded = try RequestBodyDecoder.decodeObject(body, contentType: request.contentType)
        let generatesName = (decoded["metadata"]?["name"]?.stringValue ?? "").isEmpty
            && !(decoded["metadata"]?["generateName"]?.stringValue ?? "").isEmpty
        var attempt = 1
        while true {
            let object = try rules.prepareCreate(
                decoded, type: request.type, namespace: request.namespace, manager: request.fieldManager)
            do throws(APIError) {
                let stored = try await insert(object, request)
                return try objectResponse(stored, request, status: 201)
            } catch where generatesName && error.reason == "AlreadyExists" && attempt < Self.generateNameAttempts {
                attempt += 1
            }
        }
    }

    /// Stores a prepared new object after the namespace and kind checks; runs the CRD hook.
    func insert(_ object: JSONValue, _ request: APIRequest) async throws(APIError) -> StoredObject {
        let name = object["metadata"]?["name"]?.stringValue ?? ""
        try checkNamespaceAccepts(request, name: name)
        var object = object
        if request.type.group == "apiextensions.k8s.io", request.type.plural == "customresourcedefinitions" {
            object = try crds.validate(object)
        }
        let key = ObjectKey(namespace: request.type.namespaced ? (request.namespace ?? "") : "", name: name)
        if !request.isDryRun, request.type.group.isEmpty, request.type.plural == "services" {
            return try serviceAddresses.allocate(object, store: store) { allocated throws(APIError) in
                try storeCall(request, name: name) { try store.create(request.type.storeKey, key, allocated) }
            }
        }
        if request.isDryRun {
            var o = object
            o[path: ["metadata", "resourceVersion"]] = nil
            return StoredObject(object: toStorage(o, request.type), resourceVersion: store.resourceVersion)
        }
        let stored = try await storeCall(request, name: name) {
            try await store.suspending.create(request.type.storeKey, key, toStorage(object, request.type))
        }
        if request.type.group == "apiextensions.k8s.io", request.type.plural == "customresourcedefinitions" {
            return crds.established(stored) ?? stored
        }
        return stored
    }

    /// PUT: replaces an object (or its status), guarded by `metadata.resourceVersion` when given.
    func update(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        let decoded = try RequestBodyDecoder.decodeObject(body, contentType: request.contentType)
        var object = try rules.checkTypeMeta(decoded, type: request.type)
        try rules.placeInNamespace(&object, type: request.type, namespace: request.namespace)
        let urlName = request.name ?? ""
        let bodyName = object["metadata"]?["name"]?.stringValue ?? ""
        if bodyName != urlName {
            throw APIError.badRequest("the name of the object (\(bodyName)) does not match the name on the URL (\(urlName))")
        }
        let manager = request.fieldManager
        let type = request.type
        do throws(APIError) {
            let stored = try await write(request) { current throws(APIError) in
                try rules.prepareUpdate(new: object, old: current, type: type, subresource: request.subresource, manager: manager)
            }
            return try objectResponse(stored, request)
        } catch where error.code == 404 && error.name == urlName && Self.createsOnUpdate(type) && request.subresource == nil {
            let created = try rules.prepareCreate(object, type: type, namespace: request.namespace, manager: manager)
            return try objectResponse(try await insert(created, request), request, status: 201)
        }
    }

    /// Kinds whose PUT creates a missing object, as in the real server.
    static func createsOnUpdate(_ type: ResourceType) -> Bool {
        !type.isCustom && type.group == "" && (type.plural == "endpoints" || type.plural == "events")
            || type.group == "events.k8s.io"
    }

    /// The atomic read-modify-write of an update or patch: `transform` computes the new object from
    /// the current one (in the requested version); a result identical to the current object writes
    /// nothing. The lifecycle rules apply: an object being deleted whose last finalizer goes away
    /// is deleted, and it cannot gain finalizers.
    func write(_ request: APIRequest, _ transform: @escaping (JSONValue) throws(APIError) -> JSONValue) async throws(APIError) -> StoredObject {
        let type = request.type
        if request.isDryRun {
            guard let current = store.get(type.storeKey, request.key) else {
                throw APIError.notFound(type.plural, group: type.group, name: request.name ?? "")
            }
            let next = try transform(present(current.object, type))
            return StoredObject(object: toStorage(next, type), resourceVersion: current.resourceVersion)
        }
        let result = try await storeCall(request) {
            try await lifecycle.suspending.update(type.storeKey, request.key) { current in
                toStorage(try transform(present(current.object, type)), type)
            }
        }
        if type.group == "apiextensions.k8s.io", type.plural == "customresourcedefinitions", result.change == .modified {
            return crds.established(result.object) ?? result.object
        }
        return result.object
    }
}

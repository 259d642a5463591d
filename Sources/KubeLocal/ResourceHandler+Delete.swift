import Hummingbird
import KubeAPI
import KubeLocalStore

extension ResourceHandler {
    /// Kinds whose DELETE answers with the object rather than a Success Status.
    static func returnsDeletedObject(_ type: ResourceType) -> Bool {
        type.isCustom || (type.group == "" && (type.plural == "pods" || type.plural == "namespaces"))
            || (type.group == "apiextensions.k8s.io" && type.plural == "customresourcedefinitions")
    }

    /// DELETE of one object: immediate, or — with finalizers, or a Foreground/Orphan propagation —
    /// `deletionTimestamp` set and the object kept until the last finalizer is removed.
    func delete(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        var request = request
        let options = try DeleteOptions.from(body: body, request: &request)
        if request.type.group.isEmpty, request.type.plural == "namespaces",
            ["default", "kube-system", "kube-public"].contains(request.name ?? "")
        {
            throw APIError.forbidden("namespaces", group: "", name: request.name ?? "", why: "this namespace may not be deleted")
        }
        let (stored, deleted) = try await deleteObject(request.key, request: request, options: options)
        if deleted && !Self.returnsDeletedObject(request.type) {
            var details: JSONValue = [
                "name": .string(request.name ?? ""), "kind": .string(request.type.plural),
                "uid": stored.object["metadata"]?["uid"] ?? "",
            ]
            if !request.type.group.isEmpty { details["group"] = .string(request.type.group) }
            return Responses.json(["kind": "Status", "apiVersion": "v1", "metadata": .emptyObject, "status": "Success", "details": details])
        }
        return try objectResponse(stored, request)
    }

    /// Deletes (or starts deleting) the object at `key`; returns its final or current state and
    /// whether it is gone. Deleting a CRD stops serving its resources and deletes their objects.
    func deleteObject(_ key: ObjectKey, request: APIRequest, options: DeleteOptions) async throws(APIError) -> (StoredObject, Bool) {
        let type = request.type
        if request.isDryRun {
            guard let current = store.get(type.storeKey, key) else {
                throw APIError.notFound(type.plural, group: type.group, name: key.name)
            }
            return (current, true)
        }
        if type.group == "apiextensions.k8s.io", type.plural == "customresourcedefinitions" {
            guard store.get(type.storeKey, key) != nil else {
                throw APIError.notFound(type.plural, group: type.group, name: key.name)
            }
            try crds.removeResources(crdName: key.name)
        }
        let outcome = try await storeCall(request, name: key.name) { try await lifecycle.suspending.delete(type.storeKey, key, options: options) }
        let stored = StoredObject(object: present(outcome.object.object, type), resourceVersion: outcome.object.resourceVersion)
        if case .deleted = outcome { return (stored, true) }
        return (stored, false)
    }

    /// DELETE of a collection: deletes every object the selectors match; answers with the list of
    /// what was deleted (or is now being deleted).
    func deleteCollection(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        var request = request
        let options = try DeleteOptions.from(body: body, request: &request)
        let (labels, fields) = try selectors(request)
        let type = request.type
        let listed = try storeCall(request) {
            try store.list(type.storeKey, namespace: type.namespaced ? request.namespace : nil, limit: nil, continueToken: nil) {
                labels.matches(object: $0) && (fields.isEmpty || fields.matches($0, type: type))
            }
        }
        var items: [[UInt8]] = []
        for item in listed.items {
            let key = ObjectKey(
                namespace: item.object["metadata"]?["namespace"]?.stringValue ?? "",
                name: item.object["metadata"]?["name"]?.stringValue ?? "")
            do throws(APIError) {
                let (stored, _) = try await deleteObject(key, request: request, options: options)
                items.append(presentBytes(stored, type))
            } catch where error.code == 404 {
                continue  // deleted concurrently
            }
        }
        let meta: JSONValue = ["resourceVersion": .string(String(store.resourceVersion))]
        return Responses.bytes(Responses.listBytes(apiVersion: type.apiVersion, kind: type.listKind, metadata: meta, items: items))
    }
}

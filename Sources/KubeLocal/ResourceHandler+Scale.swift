import Hummingbird
import KubeAPI
import KubeLocalStore
import KubePatch

extension ResourceHandler {
    /// `.spec.replicas` → `["spec", "replicas"]`.
    static func pathComponents(_ jsonPath: String) -> [String] {
        jsonPath.split(separator: ".").map(String.init)
    }

    /// The `autoscaling/v1 Scale` view of an object.
    func scale(of object: JSONValue, paths: ScalePaths, type: ResourceType) -> JSONValue {
        let meta = object["metadata"] ?? .emptyObject
        var metadata: JSONValue = .emptyObject
        for key in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"] { metadata[key] = meta[key] }
        var status: JSONValue = ["replicas": .int(object[path: Self.pathComponents(paths.statusReplicasPath)]?.intValue ?? 0)]
        if let selectorPath = paths.labelSelectorPath {
            if let s = object[path: Self.pathComponents(selectorPath)]?.stringValue { status["selector"] = .string(s) }
        } else if !type.isCustom, let selector = object["spec"]?["selector"] {
            let text = BuiltInTableColumns.selectorText(selector)
            if text != "<none>" { status["selector"] = .string(text) }
        }
        return [
            "kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": metadata,
            "spec": ["replicas": .int(object[path: Self.pathComponents(paths.specReplicasPath)]?.intValue ?? 0)],
            "status": status,
        ]
    }

    /// GET, PUT or PATCH of `…/scale`.
    func handleScale(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        guard let paths = request.type.scale else { throw APIError.resourceNotFound }
        let type = request.type
        if request.method == .get {
            guard let stored = store.get(type.storeKey, request.key) else {
                throw APIError.notFound(type.plural, group: type.group, name: request.name ?? "")
            }
            return Responses.json(scale(of: stored.object, paths: paths, type: type))
        }
        let manager = request.fieldManager
        let isPatch = request.method == .patch
        let essence = MediaType(Substring(request.contentType ?? "")).essence
        let patchType = PatchType(rawValue: essence)
        if isPatch, patchType == nil || patchType == .apply {
            throw APIError(
                code: 415, reason: "UnsupportedMediaType",
                message: "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json")
        }
        let input = isPatch ? try RequestBodyDecoder.parseJSON(body) : try RequestBodyDecoder.decodeObject(body, contentType: request.contentType)
        let stored = try await write(request) { current throws(APIError) in
            let currentScale = self.scale(of: current, paths: paths, type: type)
            var newScale: JSONValue
            if isPatch, let patchType {
                if patchType == .strategic {
                    newScale = MergePatch.apply(input, to: currentScale)
                } else {
                    newScale = try applyPatch(patchType, input, to: currentScale, request: request, manager: manager, force: false, time: rules.timestamp)
                }
            } else {
                newScale = input
            }
            guard let replicas = newScale["spec"]?["replicas"]?.intValue, replicas >= 0 else {
                throw APIError.invalid(
                    kind: "Scale", group: "autoscaling", name: request.name ?? "",
                    causes: [StatusCause(reason: "FieldValueInvalid", message: "Invalid value: must be greater than or equal to 0", field: "spec.replicas")])
            }
            var next = current
            next[path: Self.pathComponents(paths.specReplicasPath)] = .int(replicas)
            next[path: ["metadata", "resourceVersion"]] = newScale["metadata"]?["resourceVersion"] ?? current["metadata"]?["resourceVersion"]
            return try rules.prepareUpdate(new: next, old: current, type: type, subresource: "scale", manager: manager)
        }
        return Responses.json(scale(of: stored.object, paths: paths, type: type))
    }
}

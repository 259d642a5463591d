import Hummingbird
import KubeAPI
import KubeLocalStore

extension ResourceHandler {
    /// POST `pods/{name}/binding`: assigns an unscheduled pod to the node a `Binding` targets, as
    /// schedulers do (409 Conflict when the pod is already assigned). Answers a Success Status.
    func bind(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        let binding = try RequestBodyDecoder.decodeObject(body, contentType: request.contentType)
        let podName = request.name ?? ""
        guard let node = binding["target"]?["name"]?.stringValue, !node.isEmpty else {
            throw APIError.invalid(
                kind: "Binding", group: "", name: podName,
                causes: [StatusCause(reason: "FieldValueRequired", message: "Required value", field: "target.name")])
        }
        if let bodyName = binding["metadata"]?["name"]?.stringValue, !bodyName.isEmpty, bodyName != podName {
            throw APIError.badRequest("the name of the object (\(bodyName)) does not match the name on the URL (\(podName))")
        }
        let manager = request.fieldManager
        let type = request.type
        _ = try await write(request) { current throws(APIError) in
            if let assigned = current["spec"]?["nodeName"]?.stringValue, !assigned.isEmpty {
                throw APIError.conflict(
                    "pods", group: "", name: podName, detail: "pod \(podName) is already assigned to node \"\(assigned)\"")
            }
            var next = current
            next[path: ["spec", "nodeName"]] = .string(node)
            var conditions = next["status"]?["conditions"]?.arrayValue ?? []
            conditions.removeAll { $0["type"] == "PodScheduled" }
            conditions.append(["type": "PodScheduled", "status": "True", "lastProbeTime": .null,
                               "lastTransitionTime": .string(rules.timestamp)])
            next[path: ["status", "conditions"]] = .array(conditions)
            var updated = try rules.prepareUpdate(new: next, old: current, type: type, subresource: "binding", manager: manager)
            updated["status"] = next["status"]
            return updated
        }
        return Responses.json(["kind": "Status", "apiVersion": "v1", "metadata": .emptyObject, "status": "Success", "code": 201], status: 201)
    }
}

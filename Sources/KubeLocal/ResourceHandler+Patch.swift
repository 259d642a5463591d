import Hummingbird
import KubeAPI
import KubeLocalStore
import KubePatch

extension ResourceHandler {
    /// The patch formats, by Content-Type.
    enum PatchType: String {
        case json = "application/json-patch+json"
        case merge = "application/merge-patch+json"
        case strategic = "application/strategic-merge-patch+json"
        case apply = "application/apply-patch+yaml"
    }

    /// PATCH: applies a JSON, merge, strategic merge or server-side apply patch to the current
    /// object (creating it for an apply when absent), then writes it like an update.
    func patch(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        let type = request.type
        let essence = MediaType(Substring(request.contentType ?? "")).essence
        let strategicAllowed = !type.isCustom && type.strategies != nil
        guard let patchType = PatchType(rawValue: essence), patchType != .strategic || strategicAllowed else {
            let accepted = !strategicAllowed
                ? "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"
                : "application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml"
            throw APIError(
                code: 415, reason: "UnsupportedMediaType",
                message: "the body of the request was in an unknown format - accepted media types include: \(accepted)")
        }
        let patchBody = patchType == .apply ? try RequestBodyDecoder.parseYAML(body) : try RequestBodyDecoder.parseJSON(body)
        let manager = request.fieldManager
        if patchType == .apply, (request.query["fieldManager"] ?? "").isEmpty {
            throw APIError.badRequest("PATCH with apply patch type requires fieldManager (the fieldManager query parameter)")
        }
        let force = request.flag("force")
        let time = rules.timestamp
        let urlName = request.name ?? ""
        do throws(APIError) {
            let stored = try await write(request) { current throws(APIError) in
                let patched = try applyPatch(patchType, patchBody, to: current, request: request, manager: manager, force: force, time: time)
                if patched["metadata"]?["name"]?.stringValue != urlName {
                    throw APIError.badRequest("the name of the object (\(patched["metadata"]?["name"]?.stringValue ?? "")) does not match the name on the URL (\(urlName))")
                }
                return try rules.prepareUpdate(
                    new: patched, old: current, type: type, subresource: request.subresource,
                    manager: patchType == .apply ? nil : manager)
            }
            return try objectResponse(stored, request)
        } catch where error.code == 404 && error.name == urlName && patchType == .apply && request.subresource == nil {
            var config = try rules.checkTypeMeta(patchBody, type: type)
            try rules.placeInNamespace(&config, type: type, namespace: request.namespace)
            if config["metadata"]?["name"] == nil { config[path: ["metadata", "name"]] = .string(urlName) }
            let applied = try serverSideApply(config, to: nil, type: type, manager: manager, force: force, time: time)
            let object = try rules.prepareCreate(applied, type: type, namespace: request.namespace, manager: nil)
            return try objectResponse(try await insert(object, request), request, status: 201)
        }
    }

    /// `patch` applied to `current` in the given format.
    func applyPatch(
        _ patchType: PatchType, _ patch: JSONValue, to current: JSONValue, request: APIRequest, manager: String,
        force: Bool, time: String
    ) throws(APIError) -> JSONValue {
        do {
            switch patchType {
            case .merge:
                guard patch.objectValue != nil else {
                    throw APIError.badRequest("merge patch must be a JSON object, found \(patch.typeName)")
                }
                return MergePatch.apply(patch, to: current)
            case .json:
                return try JSONPatch.apply(patch, to: current)
            case .strategic:
                guard let strategies = request.type.strategies else { throw APIError.badRequest("no strategies") }
                return try StrategicMergePatch.apply(patch, to: current, strategies: strategies)
            case .apply:
                let config = try rules.checkTypeMeta(patch, type: request.type)
                return try serverSideApply(config, to: current, type: request.type, manager: manager, force: force, time: time)
            }
        } catch let error as APIError {
            throw error
        } catch let error as PatchError {
            throw APIError(code: error.httpStatus, reason: error.httpStatus == 400 ? "BadRequest" : "Invalid", message: error.message)
        } catch {
            throw APIError.internalError("\(error)")
        }
    }

    /// Server-side apply of `config` for `manager`, with conflicts as the real server's 409.
    func serverSideApply(
        _ config: JSONValue, to live: JSONValue?, type: ResourceType, manager: String, force: Bool, time: String
    ) throws(APIError) -> JSONValue {
        do throws(ApplyError) {
            return try ServerSideApply.apply(
                config, to: live, manager: manager, force: force, strategies: type.strategies, time: time,
                apiVersion: type.apiVersion)
        } catch {
            switch error {
            case .conflicts(let conflicts):
                throw APIError(
                    code: 409, reason: "Conflict", message: ServerSideApply.conflictMessage(conflicts),
                    causes: conflicts.map { StatusCause(reason: "FieldManagerConflict", message: $0.causeMessage, field: $0.field) })
            case .invalid(let message):
                throw APIError(code: 422, reason: "Invalid", message: message)
            }
        }
    }
}

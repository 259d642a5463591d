import Hummingbird
import KubeAPI
import KubeSchema
import Logging

/// The server's one HTTP responder: routes Kubernetes paths (discovery, OpenAPI, health, and
/// `/api`/`/apis` resource paths) to their handlers and answers every failure with a Status.
struct APIDispatcher: HTTPResponder {
    typealias Context = BasicRequestContext

    let handler: ResourceHandler
    let openAPI: OpenAPIProvider
    /// `host:port` the server listens on, for `/api`'s serverAddressByClientCIDRs.
    let serverAddress: @Sendable () -> String
    /// Who may do what; nil allows everything.
    var access: LocalAccessPolicy? = nil

    func respond(to request: Request, context: Context) async throws -> Response {
        do {
            let user = try access?.authenticate(request.headers[.authorization])
            return try await route(request, user: user)
        } catch let error as APIError {
            if error.code == 500 { handler.logger.error("\(request.method) \(request.uri.path): \(error.message)") }
            return Responses.error(error)
        } catch {
            handler.logger.error("\(request.method) \(request.uri.path): \(error)")
            return Responses.error(.internalError("\(error)"))
        }
    }

    private func route(_ request: Request, user: LocalAccessPolicy.User?) async throws -> Response {
        let segments = request.uri.path.split(separator: "/", omittingEmptySubsequences: true)
        let first = segments.first.map(String.init) ?? ""
        switch first {
        case "api", "apis":
            return try await resourceRoute(request, core: first == "api", segments: Array(segments.dropFirst()), user: user)
        case "version" where segments.count == 1:
            return Responses.json(Discovery.version)
        case "healthz", "readyz", "livez":
            return Responses.text("ok")
        case "openapi":
            return try openAPI.respond(segments: Array(segments.dropFirst()).map(String.init), accept: request.headers[.accept])
        case "":
            return Responses.json(["paths": ["/api", "/api/v1", "/apis", "/healthz", "/livez", "/openapi/v2", "/openapi/v3", "/readyz", "/version"]])
        default:
            return Responses.text("404 page not found\n", status: 404)
        }
    }

    private func resourceRoute(_ request: Request, core: Bool, segments: [Substring], user: LocalAccessPolicy.User?) async throws -> Response {
        let registry = handler.registry
        if segments.isEmpty {
            guard request.method == .get else { throw APIError.methodNotAllowed }
            return Responses.json(core ? Discovery.apiVersions(serverAddress: serverAddress()) : Discovery.groupList(registry))
        }
        if !core, segments.count == 1 {
            guard request.method == .get else { throw APIError.methodNotAllowed }
            guard let group = Discovery.apiGroup(registry, name: String(segments[0])) else { throw APIError.resourceNotFound }
            return Responses.json(group)
        }
        guard let parsed = ResourcePath.parse(core: core, segments: segments) else { throw APIError.resourceNotFound }
        switch parsed {
        case .groupVersion(let group, let version):
            guard request.method == .get else { throw APIError.methodNotAllowed }
            guard let list = Discovery.resourceList(registry, group: group, version: version) else {
                throw APIError.resourceNotFound
            }
            return Responses.json(list)
        case .resource(let path):
            guard let type = registry.resource(group: path.group, version: path.version, plural: path.resource),
                type.namespaced || path.namespace == nil
            else { throw APIError.resourceNotFound }
            let query = FormQuery.parse(request.uri.query ?? "")
            let apiRequest = APIRequest(
                method: request.method, path: path, type: type, query: query,
                contentType: request.headers[.contentType], accept: request.headers[.accept],
                userAgent: request.headers[.userAgent])
            if let access, let user {
                try access.authorize(
                    user, verb: apiRequest.verb, group: type.group, resource: type.plural,
                    subresource: apiRequest.subresource, namespace: apiRequest.namespace)
            }
            let body: [UInt8] = request.method == .get ? [] : try await RequestBodyDecoder.collect(request.body)
            return try await dispatch(apiRequest, body: body)
        }
    }

    private func dispatch(_ request: APIRequest, body: [UInt8]) async throws(APIError) -> Response {
        let validation = FieldValidation(request)
        let warnings = try validation.warnings(request, body: body)
        var handler = self.handler
        handler.rules.strictFields = validation.mode == .strict
        var response = try await dispatch(request, body: body, handler: handler)
        FieldValidation.attach(warnings, to: &response)
        return response
    }

    private func dispatch(_ request: APIRequest, body: [UInt8], handler: ResourceHandler) async throws(APIError) -> Response {
        let type = request.type
        let isWatch = request.path.legacyWatch || request.flag("watch")
        func requireVerb(_ verb: String) throws(APIError) {
            if !type.verbs.contains(verb) { throw APIError.methodNotAllowed }
        }
        if let sub = request.subresource {
            guard request.name != nil else { throw APIError.resourceNotFound }
            switch sub {
            case "status" where type.hasStatus:
                switch request.method {
                case .get: return try handler.get(request)
                case .put: return try await handler.update(request, body: body)
                case .patch: return try await handler.patch(request, body: body)
                default: throw APIError.methodNotAllowed
                }
            case "binding" where type.group.isEmpty && type.plural == "pods":
                guard request.method == .post else { throw APIError.methodNotAllowed }
                return try await handler.bind(request, body: body)
            case "scale" where type.scale != nil:
                guard [.get, .put, .patch].contains(request.method) else { throw APIError.methodNotAllowed }
                return try await handler.handleScale(request, body: body)
            default:
                throw APIError.resourceNotFound
            }
        }
        switch request.method {
        case .get:
            if isWatch {
                try requireVerb("watch")
                return try handler.watch(request)
            }
            if request.name != nil { return try handler.get(request) }
            try requireVerb("list")
            return try handler.list(request)
        case .post:
            guard request.name == nil, !type.namespaced || request.namespace != nil else { throw APIError.methodNotAllowed }
            return try await handler.create(request, body: body)
        case .put:
            guard request.name != nil else { throw APIError.methodNotAllowed }
            return try await handler.update(request, body: body)
        case .patch:
            guard request.name != nil else { throw APIError.methodNotAllowed }
            return try await handler.patch(request, body: body)
        case .delete:
            if request.name != nil { return try await handler.delete(request, body: body) }
            try requireVerb("deletecollection")
            return try await handler.deleteCollection(request, body: body)
        default:
            throw APIError.methodNotAllowed
        }
    }
}

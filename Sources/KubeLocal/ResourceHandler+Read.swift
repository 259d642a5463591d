import Hummingbird
import KubeAPI
import KubeLocalStore

extension ResourceHandler {
    /// GET of one object (or its status subresource, which reads the whole object).
    func get(_ request: APIRequest) throws(APIError) -> Response {
        guard let stored = store.get(request.type.storeKey, request.key) else {
            throw APIError.notFound(request.type.plural, group: request.type.group, name: request.name ?? "")
        }
        return try objectResponse(stored, request)
    }

    /// The label and field selectors of a list or watch, combined into one predicate.
    func selectors(_ request: APIRequest) throws(APIError) -> (LabelSelector, FieldSelector) {
        var field = try FieldSelector.parse(request.query["fieldSelector"] ?? "", for: request.type)
        if let name = request.name {
            // a watch on a named path watches that object
            field.requirements.append(.init(field: "metadata.name", value: name, negated: false))
        }
        return (try LabelSelector.parse(request.query["labelSelector"] ?? ""), field)
    }

    /// Validates `resourceVersion`/`resourceVersionMatch` of a list against the store's revision
    /// (a version newer than the store's is a 504 Timeout); returns the version an `Exact` list
    /// reads at.
    func checkListVersion(_ request: APIRequest) throws(APIError) -> Int64? {
        let match = request.query["resourceVersionMatch"] ?? ""
        let text = request.query["resourceVersion"] ?? ""
        if !match.isEmpty, match != "NotOlderThan", match != "Exact" {
            throw APIError.badRequest("resourceVersionMatch: Unsupported value: \"\(match)\": supported values: \"Exact\", \"NotOlderThan\"")
        }
        if text.isEmpty {
            if !match.isEmpty {
                throw APIError.badRequest("resourceVersionMatch is forbidden unless resourceVersion is provided")
            }
            return nil
        }
        if request.query["continue"].map({ !$0.isEmpty }) ?? false {
            throw APIError.badRequest("specifying resource version is not allowed when using continue")
        }
        guard let requested = Int64(text), requested >= 0 else {
            throw APIError.badRequest("invalid resource version \"\(text)\"")
        }
        let current = store.resourceVersion
        if requested > current {
            throw APIError(
                code: 504, reason: "Timeout", message: "Too large resource version: \(requested), current: \(current)",
                causes: [StatusCause(reason: "ResourceVersionTooLarge", message: "Too large resource version")],
                retryAfterSeconds: 1)
        }
        return match == "Exact" && requested != 0 ? requested : nil
    }

    /// GET of a collection: selectors, pagination, versions, Table.
    func list(_ request: APIRequest) throws(APIError) -> Response {
        let exact = try checkListVersion(request)
        let (labels, fields) = try selectors(request)
        let type = request.type
        let limit = try request.integer("limit").map { Int(clamping: $0) }
        let matcher = ObjectMatcher(labels: labels, fields: fields, type: type)
        let result = try storeCall(request) {
            try store.list(
                type.storeKey, namespace: type.namespaced ? request.namespace : nil, limit: limit,
                continueToken: request.query["continue"].flatMap { $0.isEmpty ? nil : $0 }, at: exact,
                matching: matcher.matches)
        }
        var meta: JSONValue = ["resourceVersion": .string(String(result.resourceVersion))]
        if let token = result.continueToken { meta["continue"] = .string(token) }
        if let remaining = result.remainingItemCount { meta["remainingItemCount"] = .int(Int64(remaining)) }
        switch request.shape {
        case .table(let version):
            let converter = try TableConverter(type: type, include: includeObject(request))
            var table = converter.table(result.items.map { present($0.object, type) }, now: rules.nowSeconds, listMeta: meta)
            table["apiVersion"] = .string("meta.k8s.io/\(version)")
            return Responses.json(table, contentType: request.shape.contentType)
        case .metadata(let version):
            let items: [JSONValue] = result.items.map {
                ["kind": "PartialObjectMetadata", "apiVersion": .string("meta.k8s.io/\(version)"),
                 "metadata": $0.object["metadata"] ?? .emptyObject]
            }
            let list: JSONValue = [
                "kind": "PartialObjectMetadataList", "apiVersion": .string("meta.k8s.io/\(version)"),
                "metadata": meta, "items": .array(items),
            ]
            return Responses.json(list, contentType: "application/json;as=PartialObjectMetadataList;v=\(version);g=meta.k8s.io")
        case .object:
            return Responses.streamedList(
                apiVersion: type.apiVersion, kind: type.listKind, metadata: meta,
                items: result.items.map { presentBytes($0, type) })
        }
    }
}

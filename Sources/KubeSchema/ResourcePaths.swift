import KubeAPI

/// The `paths` of a resource in its group-version document: collection, item, and subresource
/// endpoints with their operations, each operation marked with `x-kubernetes-action` and
/// `x-kubernetes-group-version-kind` like kube-apiserver's.
enum ResourcePaths {
    static let status = "io.k8s.apimachinery.pkg.apis.meta.v1.Status"
    static let deleteOptions = "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions"
    static let scale = "io.k8s.api.autoscaling.v1.Scale"

    static func paths(for resource: OpenAPIResource, definition: String) -> [(String, JSONValue)] {
        let prefix = "/" + resource.groupVersionPath
        let collection = resource.namespaced ? "\(prefix)/namespaces/{namespace}/\(resource.plural)" : "\(prefix)/\(resource.plural)"
        let item = "\(collection)/{name}"
        let gvk = ResourceDefinitions.gvk(resource)
        let listGVK = ResourceDefinitions.gvk(resource, kind: resource.kind + "List")
        let scope = resource.namespaced ? [namespaceParameter] : []
        let id = operationSuffix(resource)
        var result: [(String, JSONValue)] = [
            (collection, pathItem(parameters: scope, operations: [
                "get": operation("list\(id)", "list or watch objects of kind \(resource.kind)", action: "list", gvk: listGVK,
                                 parameters: listParameters, response: definition + "List"),
                "post": operation("create\(id)", "create a \(resource.kind)", action: "post", gvk: gvk,
                                  parameters: writeParameters, body: definition, response: definition),
                "delete": operation("deleteCollection\(id)", "delete a collection of \(resource.kind)", action: "deletecollection", gvk: gvk,
                                    parameters: listParameters, response: status),
            ])),
            (item, itemOperations(resource, id: id, gvk: gvk, definition: definition, parameters: scope + [nameParameter])),
        ]
        if resource.namespaced {
            result.append(("\(prefix)/\(resource.plural)", pathItem(parameters: [], operations: [
                "get": operation("list\(id)ForAllNamespaces", "list or watch objects of kind \(resource.kind) in all namespaces",
                                 action: "list", gvk: listGVK, parameters: listParameters, response: definition + "List")
            ])))
        }
        for subresource in resource.subresources.sorted() {
            switch subresource {
            case "status":
                result.append(("\(item)/status", itemOperations(resource, id: id + "Status", gvk: gvk, definition: definition,
                                                                 parameters: scope + [nameParameter], delete: false)))
            case "scale":
                let scaleGVK: JSONValue = ["group": "autoscaling", "version": "v1", "kind": "Scale"]
                result.append(("\(item)/scale", itemOperations(resource, id: id + "Scale", gvk: scaleGVK, definition: scale,
                                                                parameters: scope + [nameParameter], delete: false)))
            default:
                continue
            }
        }
        return result
    }

    private static func itemOperations(_ resource: OpenAPIResource, id: String, gvk: JSONValue, definition: String,
                                       parameters: [JSONValue], delete: Bool = true) -> JSONValue {
        var operations: [String: JSONValue] = [
            "get": operation("read\(id)", "read the specified \(resource.kind)", action: "get", gvk: gvk, parameters: [], response: definition),
            "put": operation("replace\(id)", "replace the specified \(resource.kind)", action: "put", gvk: gvk,
                             parameters: writeParameters, body: definition, response: definition),
            "patch": operation("patch\(id)", "partially update the specified \(resource.kind)", action: "patch", gvk: gvk,
                               parameters: writeParameters + [query("force", "Force apply, taking fields over from other managers.", type: "boolean")],
                               patchBody: true, response: definition),
        ]
        if delete {
            operations["delete"] = operation("delete\(id)", "delete a \(resource.kind)", action: "delete", gvk: gvk,
                                             parameters: [query("dryRun", "All to process the request without persisting it."),
                                                          query("gracePeriodSeconds", "Seconds before the object is deleted.", type: "integer"),
                                                          query("propagationPolicy", "Orphan, Background or Foreground.")],
                                             body: deleteOptions, response: status)
        }
        return pathItem(parameters: parameters, operations: operations)
    }

    /// `CoreV1Pod`-style suffix of operation ids: group (first label), version, kind.
    private static func operationSuffix(_ resource: OpenAPIResource) -> String {
        let group = resource.group.isEmpty ? "core" : String(resource.group.split(separator: ".").first ?? "")
        return [group, resource.version, resource.kind].map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static func pathItem(parameters: [JSONValue], operations: [String: JSONValue]) -> JSONValue {
        var item = JSONValue.object(operations)
        if !parameters.isEmpty { item["parameters"] = .array(parameters) }
        return item
    }

    private static func operation(_ id: String, _ description: String, action: String, gvk: JSONValue, parameters: [JSONValue],
                                  body: String? = nil, patchBody: Bool = false, response: String) -> JSONValue {
        var op: JSONValue = [
            "operationId": .string(id),
            "description": .string(description),
            "x-kubernetes-action": .string(action),
            "x-kubernetes-group-version-kind": gvk,
            "responses": [
                "200": ["description": "OK", "content": ["application/json": ["schema": ["$ref": .string(SchemaCatalog.reference(response))]]]],
                "401": ["description": "Unauthorized"],
            ],
        ]
        if !parameters.isEmpty { op["parameters"] = .array(parameters) }
        if let body {
            op["requestBody"] = ["required": true, "content": ["*/*": ["schema": ["$ref": .string(SchemaCatalog.reference(body))]]]]
        } else if patchBody {
            var content: [String: JSONValue] = [:]
            for type in ["application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json", "application/apply-patch+yaml"] {
                content[type] = ["schema": ["type": "object"]]
            }
            op["requestBody"] = ["required": true, "content": .object(content)]
        }
        return op
    }

    private static func query(_ name: String, _ description: String, type: String = "string") -> JSONValue {
        ["name": .string(name), "in": "query", "description": .string(description), "schema": ["type": .string(type), "uniqueItems": true]]
    }

    static let namespaceParameter: JSONValue = [
        "name": "namespace", "in": "path", "required": true, "description": "object name and auth scope, such as for teams and projects",
        "schema": ["type": "string", "uniqueItems": true],
    ]
    static let nameParameter: JSONValue = [
        "name": "name", "in": "path", "required": true, "description": "name of the object", "schema": ["type": "string", "uniqueItems": true],
    ]
    static let writeParameters: [JSONValue] = [
        query("dryRun", "All to process the request without persisting it."),
        query("fieldManager", "Name of the actor making the change, for field ownership."),
        query("fieldValidation", "How the server treats unknown or duplicate fields: Ignore, Warn or Strict."),
    ]
    static let listParameters: [JSONValue] = [
        query("labelSelector", "Restrict the list by label."),
        query("fieldSelector", "Restrict the list by field."),
        query("limit", "Maximum number of items to return.", type: "integer"),
        query("continue", "Token of the next page."),
        query("resourceVersion", "Version the list or watch starts from."),
        query("watch", "Watch for changes instead of listing.", type: "boolean"),
        query("timeoutSeconds", "Timeout of the list or watch call.", type: "integer"),
    ]
}

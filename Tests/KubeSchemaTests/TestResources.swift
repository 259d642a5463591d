import KubeAPI
@testable import KubeSchema

/// The built-in resources as the local API server serves them, plus one custom resource.
enum TestResources {
    static let builtIn: [OpenAPIResource] = [
        ("", "v1", "Namespace", "namespaces", false, []), ("", "v1", "Node", "nodes", false, ["status"]),
        ("", "v1", "Pod", "pods", true, ["status"]), ("", "v1", "Service", "services", true, ["status"]),
        ("", "v1", "Endpoints", "endpoints", true, []), ("", "v1", "ConfigMap", "configmaps", true, []),
        ("", "v1", "Secret", "secrets", true, []), ("", "v1", "ServiceAccount", "serviceaccounts", true, []),
        ("", "v1", "Event", "events", true, []), ("events.k8s.io", "v1", "Event", "events", true, []),
        ("coordination.k8s.io", "v1", "Lease", "leases", true, []),
        ("apps", "v1", "Deployment", "deployments", true, ["status", "scale"]),
        ("apps", "v1", "ReplicaSet", "replicasets", true, ["status", "scale"]),
        ("apps", "v1", "DaemonSet", "daemonsets", true, ["status"]),
        ("apps", "v1", "StatefulSet", "statefulsets", true, ["status", "scale"]),
        ("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", true, []),
        ("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false, ["status"]),
    ].map { group, version, kind, plural, namespaced, subresources in
        OpenAPIResource(group: group, version: version, kind: kind, plural: plural, namespaced: namespaced,
                        schema: BuiltInSchemas.schema(group: group, version: version, kind: kind) ?? nil, subresources: subresources)
    }

    static let widgetSchema: JSONValue = [
        "type": "object",
        "description": "A Widget is a test custom resource.",
        "properties": [
            "spec": [
                "type": "object", "description": "Desired widget.",
                "required": ["size"],
                "properties": [
                    "size": ["type": "integer", "description": "How big the widget is.", "minimum": 1],
                    "color": ["type": "string", "description": "Widget color.", "enum": ["red", "blue"]],
                ],
            ],
            "status": ["type": "object", "x-kubernetes-preserve-unknown-fields": true],
        ],
    ]

    static let widget = OpenAPIResource(group: "example.com", version: "v1", kind: "Widget", plural: "widgets", namespaced: true,
                                        schema: widgetSchema, subresources: ["status", "scale"])

    static let all = builtIn + [widget]
}

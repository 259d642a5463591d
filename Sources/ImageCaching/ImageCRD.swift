import KubeAPI

/// The `images.caching.internal.knative.dev` CustomResourceDefinition: Knative's Image in Knative's
/// shape (namespaced, categories `knative-internal` and `caching`, short name `img`, status
/// subresource, `spec.image` required), with a structural schema and printer columns for the
/// image, readiness, warm/eligible nodes and age. `crds/` holds it as YAML (a test keeps the two equal).
public enum ImageCRD {
    public static let name = "images.caching.internal.knative.dev"

    public static var definition: CustomResourceDefinition {
        let string: JSONValue = ["type": "string"]
        let condition: JSONValue = [
            "type": "object",
            "required": ["type", "status"],
            "properties": [
                "type": ["type": "string", "description": "The condition's type, such as Ready."],
                "status": ["type": "string", "description": "True, False or Unknown."],
                "severity": ["type": "string", "description": "How to treat a False condition that is not Ready: Error, Warning or Info."],
                "lastTransitionTime": ["type": "string", "description": "When the status last changed."],
                "reason": ["type": "string", "description": "One CamelCase word saying why."],
                "message": ["type": "string", "description": "Details for people."],
            ],
        ]
        let spec: JSONValue = [
            "type": "object",
            "description": "What to cache.",
            "required": ["image"],
            "properties": [
                "image": ["type": "string", "minLength": 1, "description": "The image reference to cache, ideally by digest."],
                "serviceAccountName": ["type": "string", "description": "The service account whose image pull secrets authenticate the pull."],
                "imagePullSecrets": [
                    "type": "array",
                    "description": "Secrets in the Image's namespace that authenticate the pull.",
                    "items": [
                        "type": "object", "x-kubernetes-map-type": "atomic",
                        "properties": ["name": ["type": "string", "description": "The Secret's name."]],
                    ],
                ],
            ],
        ]
        let status: JSONValue = [
            "type": "object",
            "description": "Diagnostics: whether the image is on every eligible node.",
            "properties": [
                "observedGeneration": ["type": "integer", "format": "int64", "description": "The generation the status describes."],
                "conditions": ["type": "array", "items": condition, "description": "The Ready condition."],
                "annotations": ["type": "object", "additionalProperties": string, "description": "Extra status facts, such as warm/eligible nodes."],
            ],
        ]
        let ready = #".status.conditions[?(@.type=="Ready")]"#
        let json: JSONValue = [
            "apiVersion": "apiextensions.k8s.io/v1",
            "kind": "CustomResourceDefinition",
            "metadata": ["name": .string(name), "labels": ["knative.dev/crd-install": "true"]],
            "spec": [
                "group": .string(Image.group),
                "scope": "Namespaced",
                "names": [
                    "kind": "Image", "plural": "images", "singular": "image", "listKind": "ImageList",
                    "categories": ["knative-internal", "caching"], "shortNames": ["img"],
                ],
                "versions": [[
                    "name": "v1alpha1", "served": true, "storage": true,
                    "subresources": ["status": .emptyObject],
                    "schema": [
                        "openAPIV3Schema": [
                            "type": "object",
                            "description": "A request to have an image cached on the cluster's nodes, so pods using it start without a pull.",
                            "properties": [
                                "apiVersion": string, "kind": string, "metadata": ["type": "object"], "spec": spec, "status": status,
                            ],
                        ],
                    ],
                    "additionalPrinterColumns": [
                        ["name": "Image", "type": "string", "jsonPath": ".spec.image"],
                        ["name": "Ready", "type": "string", "jsonPath": .string(ready + ".status")],
                        ["name": "Reason", "type": "string", "jsonPath": .string(ready + ".reason")],
                        ["name": "Nodes", "type": "string", "description": "Nodes holding the image / eligible nodes",
                         "jsonPath": .string(".status.annotations['\(ImageReadiness.nodesAnnotation)']")],
                        ["name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"],
                    ],
                ]],
            ],
        ]
        return CustomResourceDefinition(json: json)
    }
}

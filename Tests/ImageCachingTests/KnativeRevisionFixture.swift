import KubeAPI
import KubeClient
import ThawTestSupport

/// A stand-in for Knative Serving's Revision, so Images can carry a real owner reference.
struct Revision: KubeResource {
    static let group = "serving.knative.dev"
    static let version = "v1"
    static let kind = "Revision"
    static let plural = "revisions"
    static let namespaced = true
    var json: JSONValue
    init(json: JSONValue) { self.json = json }
}

enum KnativeRevisionFixture {
    /// Registers a permissive Revision CRD and returns the client of the default namespace.
    static func install(_ client: KubeClient) async throws -> ResourceClient<Revision> {
        let crd = CustomResourceDefinition(json: [
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": ["name": "revisions.serving.knative.dev"],
            "spec": [
                "group": "serving.knative.dev", "scope": "Namespaced",
                "names": ["kind": "Revision", "plural": "revisions", "singular": "revision"],
                "versions": [[
                    "name": "v1", "served": true, "storage": true,
                    "schema": ["openAPIV3Schema": ["type": "object", "x-kubernetes-preserve-unknown-fields": true]],
                ]],
            ],
        ])
        _ = try await client.resource(CustomResourceDefinition.self).create(crd)
        let revisions = client.resource(Revision.self, namespace: "default")
        _ = await eventually { (try? await revisions.list()) != nil }
        return revisions
    }

    static func revision(name: String) -> Revision {
        Revision(json: [
            "apiVersion": "serving.knative.dev/v1", "kind": "Revision",
            "metadata": ["name": .string(name), "namespace": "default"],
            "spec": ["containers": [["image": "ghcr.io/acme/hello"]]],
        ])
    }
}

import KubeAPI
import Testing
@testable import KubeSchema

@Suite struct OpenAPIDocumentsTests {
    @Test func indexListsEveryGroupVersionWithAContentHash() throws {
        let index = OpenAPIDocuments.v3Index(TestResources.all)
        let paths = try #require(index["paths"]?.objectValue)
        #expect(Set(paths.keys) == [
            "api/v1", "apis/apps/v1", "apis/events.k8s.io/v1", "apis/coordination.k8s.io/v1", "apis/discovery.k8s.io/v1",
            "apis/apiextensions.k8s.io/v1", "apis/example.com/v1",
        ])
        let url = try #require(paths["apis/apps/v1"]?["serverRelativeURL"]?.stringValue)
        #expect(url.hasPrefix("/openapi/v3/apis/apps/v1?hash="))
        #expect(url.count == "/openapi/v3/apis/apps/v1?hash=".count + 16)

        // The hash follows the content: a changed CRD schema changes only its group's hash.
        var changed = TestResources.widget
        changed.schema["description"] = "Changed."
        let other = try #require(OpenAPIDocuments.v3Index(TestResources.builtIn + [changed])["paths"]?.objectValue)
        #expect(other["apis/example.com/v1"] != paths["apis/example.com/v1"])
        #expect(other["apis/apps/v1"] == paths["apis/apps/v1"])
        #expect(OpenAPIDocuments.v3Index(TestResources.all) == index)
    }

    @Test func groupVersionDocumentHasKindsWithGVKAndResolvableReferences() throws {
        let document = try #require(OpenAPIDocuments.v3(groupVersionPath: "apis/apps/v1", TestResources.all))
        #expect(document["openapi"] == "3.0.0")
        let schemas = try #require(document["components"]?["schemas"]?.objectValue)
        let deployment = try #require(schemas["io.k8s.api.apps.v1.Deployment"])
        #expect(deployment["x-kubernetes-group-version-kind"] == [["group": "apps", "version": "v1", "kind": "Deployment"]])
        #expect(schemas["io.k8s.api.apps.v1.DeploymentList"]?["x-kubernetes-group-version-kind"] == [["group": "apps", "version": "v1", "kind": "DeploymentList"]])
        for (name, schema) in schemas {
            for ref in references(in: schema) {
                #expect(ref.hasPrefix("#/components/schemas/"), "\(name): \(ref)")
                #expect(schemas[String(ref.dropFirst("#/components/schemas/".count))] != nil, "\(name) refers to missing \(ref)")
            }
        }
        for (route, item) in document["paths"]?.objectValue ?? [:] {
            for ref in references(in: item) {
                #expect(schemas[String(ref.dropFirst("#/components/schemas/".count))] != nil, "\(route) refers to missing \(ref)")
            }
        }
        // Reached through references: pod template, containers, meta types, Scale for /scale.
        for name in ["io.k8s.api.core.v1.PodTemplateSpec", "io.k8s.api.core.v1.Container", "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
                     "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector", "io.k8s.api.autoscaling.v1.Scale", "io.k8s.apimachinery.pkg.apis.meta.v1.Status"] {
            #expect(schemas[name] != nil, "missing \(name)")
        }
        #expect(schemas["io.k8s.api.core.v1.Pod"] == nil)
        #expect(OpenAPIDocuments.v3(groupVersionPath: "apis/batch/v1", TestResources.all) == nil)
    }

    @Test func pathsCarryActionsGVKAndFieldValidation() throws {
        let document = try #require(OpenAPIDocuments.v3(groupVersionPath: "apis/apps/v1", TestResources.all))
        let paths = try #require(document["paths"]?.objectValue)
        #expect(paths["/apis/apps/v1/namespaces/{namespace}/deployments"] != nil)
        #expect(paths["/apis/apps/v1/deployments"]?["get"]?["x-kubernetes-action"] == "list")
        let item = try #require(paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"])
        let patch = try #require(item["patch"])
        #expect(patch["x-kubernetes-action"] == "patch")
        #expect(patch["x-kubernetes-group-version-kind"] == ["group": "apps", "version": "v1", "kind": "Deployment"])
        let names = patch["parameters"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(names.contains("fieldValidation") && names.contains("fieldManager") && names.contains("dryRun") && names.contains("force"))
        #expect(item["parameters"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["namespace", "name"])
        #expect(patch["requestBody"]?["content"]?["application/apply-patch+yaml"] != nil)
        let scale = try #require(paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale"])
        #expect(scale["put"]?["x-kubernetes-group-version-kind"] == ["group": "autoscaling", "version": "v1", "kind": "Scale"])
        #expect(paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status"]?["delete"] == nil)

        let core = try #require(OpenAPIDocuments.v3(groupVersionPath: "api/v1", TestResources.all))
        #expect(core["paths"]?["/api/v1/nodes/{name}"]?["parameters"]?.arrayValue?.count == 1)
        #expect(core["paths"]?["/api/v1/namespaces/{namespace}/nodes"] == nil)
    }

    @Test func customResourceSchemaGetsStandardFieldsAndGVK() throws {
        let document = try #require(OpenAPIDocuments.v3(groupVersionPath: "apis/example.com/v1", TestResources.all))
        let widget = try #require(document["components"]?["schemas"]?["com.example.v1.Widget"])
        #expect(widget["x-kubernetes-group-version-kind"] == [["group": "example.com", "version": "v1", "kind": "Widget"]])
        #expect(widget["properties"]?["metadata"]?["allOf"] == [["$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"]])
        #expect(widget["properties"]?["apiVersion"]?["type"] == "string")
        #expect(widget["properties"]?["spec"]?["required"] == ["size"])
        #expect(document["components"]?["schemas"]?["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"] != nil)
        #expect(document["paths"]?["/apis/example.com/v1/namespaces/{namespace}/widgets/{name}/scale"] != nil)
    }

    @Test func swaggerDocumentUsesDefinitionsAndBodyParameters() throws {
        let document = OpenAPIDocuments.v2(TestResources.all)
        #expect(document["swagger"] == "2.0")
        let definitions = try #require(document["definitions"]?.objectValue)
        let podSpec = try #require(definitions["io.k8s.api.core.v1.PodSpec"])
        #expect(podSpec["properties"]?["containers"]?["items"] == ["$ref": "#/definitions/io.k8s.api.core.v1.Container"])
        #expect(podSpec["properties"]?["securityContext"]?["$ref"] == "#/definitions/io.k8s.api.core.v1.PodSecurityContext")
        #expect(podSpec["properties"]?["securityContext"]?["description"] == "Pod-level security settings.")
        for (name, schema) in definitions {
            for ref in references(in: schema) {
                #expect(definitions[String(ref.dropFirst("#/definitions/".count))] != nil, "\(name) refers to missing \(ref)")
            }
        }
        let post = try #require(document["paths"]?["/api/v1/namespaces/{namespace}/pods"]?["post"])
        let body = post["parameters"]?.arrayValue?.first { $0["in"] == "body" }
        #expect(body?["schema"] == ["$ref": "#/definitions/io.k8s.api.core.v1.Pod"])
        #expect(post["responses"]?["200"]?["schema"] == ["$ref": "#/definitions/io.k8s.api.core.v1.Pod"])
        #expect(post["x-kubernetes-group-version-kind"] == ["group": "", "version": "v1", "kind": "Pod"])
    }
}

@Suite struct DocumentCacheTests {
    @Test func buildsOncePerInputAndNotForNil() {
        let resource = OpenAPIResource(group: "cache.test", version: "v1", kind: "CacheProbe", plural: "cacheprobes", namespaced: true, schema: [:])
        let key = DocumentCache.Key(document: "probe", resources: [resource])
        var builds = 0
        let first = DocumentCache.document(key) { () -> JSONValue in builds += 1; return ["n": 1] }
        let second = DocumentCache.document(key) { () -> JSONValue in builds += 1; return ["n": 2] }
        #expect(first == ["n": 1] && second == ["n": 1] && builds == 1)

        let missing = DocumentCache.Key(document: "missing", resources: [resource])
        _ = DocumentCache.document(missing) { () -> JSONValue? in builds += 1; return nil }
        _ = DocumentCache.document(missing) { () -> JSONValue? in builds += 1; return nil }
        #expect(builds == 3)
    }
}

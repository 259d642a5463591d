import KubeAPI
import Testing
@testable import KubeSchema

/// Every `$ref` in a schema value.
func references(in value: JSONValue) -> [String] {
    switch value {
    case .object(let members):
        var refs: [String] = []
        for (key, member) in members {
            if key == "$ref", let ref = member.stringValue { refs.append(ref) } else { refs += references(in: member) }
        }
        return refs
    case .array(let elements): return elements.flatMap { references(in: $0) }
    default: return []
    }
}

@Suite struct BuiltInSchemasTests {
    static let kinds: [(String, String, String)] = [
        ("", "v1", "Namespace"), ("", "v1", "Node"), ("", "v1", "Pod"), ("", "v1", "Service"), ("", "v1", "Endpoints"),
        ("", "v1", "ConfigMap"), ("", "v1", "Secret"), ("", "v1", "ServiceAccount"), ("", "v1", "Event"),
        ("events.k8s.io", "v1", "Event"), ("coordination.k8s.io", "v1", "Lease"), ("apps", "v1", "Deployment"),
        ("apps", "v1", "ReplicaSet"), ("apps", "v1", "DaemonSet"), ("apps", "v1", "StatefulSet"),
        ("discovery.k8s.io", "v1", "EndpointSlice"), ("autoscaling", "v1", "Scale"),
        ("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
    ]

    @Test func schemaTextReadsWithoutProblems() {
        #expect(SchemaCatalog.builtIn.problems == [])
    }

    @Test func everyReferenceResolves() {
        for name in BuiltInSchemas.definitionNames {
            for ref in references(in: BuiltInSchemas.definition(named: name) ?? nil) {
                let target = String(ref.dropFirst("#/components/schemas/".count))
                #expect(BuiltInSchemas.definition(named: target) != nil, "\(name) refers to missing \(ref)")
            }
        }
    }

    @Test(arguments: 0..<kinds.count)
    func everyKindHasADescribedSchemaWithItsGVK(index: Int) throws {
        let (group, version, kind) = Self.kinds[index]
        let schema = try #require(BuiltInSchemas.schema(group: group, version: version, kind: kind))
        #expect(schema["description"]?.stringValue?.isEmpty == false)
        #expect(schema["x-kubernetes-group-version-kind"] == [["group": .string(group), "version": .string(version), "kind": .string(kind)]])
        #expect(schema["properties"]?["apiVersion"]?["type"] == "string")
        #expect(schema["properties"]?["metadata"]?["allOf"] == [["$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"]])
    }

    @Test func unknownKindHasNoSchema() {
        #expect(BuiltInSchemas.schema(group: "apps", version: "v1", kind: "Widget") == nil)
        #expect(BuiltInSchemas.schema(group: "", version: "v2", kind: "Pod") == nil)
    }

    @Test func patchAndListExtensionsAreWhereKubernetesHasThem() throws {
        let podSpec = try #require(BuiltInSchemas.definition(named: "io.k8s.api.core.v1.PodSpec"))
        let containers = try #require(podSpec["properties"]?["containers"])
        #expect(containers["x-kubernetes-patch-merge-key"] == "name")
        #expect(containers["x-kubernetes-patch-strategy"] == "merge")
        #expect(containers["x-kubernetes-list-type"] == "map")
        #expect(containers["x-kubernetes-list-map-keys"] == ["name"])
        #expect(containers["items"] == ["$ref": "#/components/schemas/io.k8s.api.core.v1.Container"])
        #expect(podSpec["required"] == ["containers"])
        #expect(podSpec["properties"]?["volumes"]?["x-kubernetes-patch-strategy"] == "merge,retainKeys")
        let container = try #require(BuiltInSchemas.definition(named: "io.k8s.api.core.v1.Container"))
        #expect(container["properties"]?["ports"]?["x-kubernetes-list-map-keys"] == ["containerPort", "protocol"])
        #expect(container["properties"]?["env"]?["x-kubernetes-patch-merge-key"] == "name")
        let intOrString = try #require(BuiltInSchemas.definition(named: "io.k8s.apimachinery.pkg.util.intstr.IntOrString"))
        #expect(intOrString["format"] == "int-or-string")
    }

    @Test func sameShortNameResolvesWithinItsOwnPackage() throws {
        let event = try #require(BuiltInSchemas.schema(group: "events.k8s.io", version: "v1", kind: "Event"))
        #expect(event["properties"]?["series"]?["allOf"] == [["$ref": "#/components/schemas/io.k8s.api.events.v1.EventSeries"]])
        let coreEvent = try #require(BuiltInSchemas.schema(group: "", version: "v1", kind: "Event"))
        #expect(coreEvent["properties"]?["series"]?["allOf"] == [["$ref": "#/components/schemas/io.k8s.api.core.v1.EventSeries"]])
    }

    @Test func readerReportsMalformedText() {
        let catalog = SchemaCatalog(texts: ["@p\nA gvk=bad : x\n  f Missing : y\n  g string bogus\n  lonely\n"])
        #expect(catalog.problems.count == 4)
    }
}

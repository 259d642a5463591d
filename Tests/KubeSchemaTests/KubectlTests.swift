import Foundation
import KubeAPI
import Testing
@testable import KubeSchema

/// Whether an executable is on PATH.
private func onPath(_ name: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
    }
}

/// Runs the real kubectl against a mock serving only discovery and these OpenAPI documents.
@Suite(.serialized, .enabled(if: onPath("kubectl") && onPath("python3"), "needs kubectl and python3"))
struct KubectlTests {
    @Test func explainShowsBuiltInFieldsThroughReferences() throws {
        let mock = try KubectlMock(resources: TestResources.all)
        let result = try mock.kubectl(["explain", "pods.spec.containers"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("FIELD: containers <[]Container>"))
        #expect(result.output.contains("The containers of the pod; at least one."))
        #expect(result.output.contains("image\t<string>"))
        #expect(result.output.contains("Container image reference."))
        #expect(result.output.contains("name\t<string> -required-"))

        let deep = try mock.kubectl(["explain", "deployments.spec.template.spec.containers.livenessProbe.httpGet"])
        #expect(deep.status == 0, "\(deep.output)")
        #expect(deep.output.contains("GROUP:      apps"))
        #expect(deep.output.contains("port\t<string> -required-"))

        let enumerated = try mock.kubectl(["explain", "services.spec.type"])
        #expect(enumerated.output.contains("ENUM:\n    ClusterIP\n    NodePort\n    LoadBalancer\n    ExternalName"), "\(enumerated.output)")
    }

    @Test func explainCoversEveryBuiltInKind() throws {
        let mock = try KubectlMock(resources: TestResources.all)
        for resource in TestResources.builtIn {
            let name = resource.plural
            let result = try mock.kubectl(["explain", name, "--api-version", resource.apiVersion])
            #expect(result.status == 0, "\(name): \(result.output)")
            #expect(result.output.contains("KIND:       \(resource.kind)"), "\(name): \(result.output)")
            #expect(result.output.contains("metadata\t<ObjectMeta>"), "\(name): \(result.output)")
        }
    }

    @Test func explainShowsCustomResourceSchemas() throws {
        let mock = try KubectlMock(resources: TestResources.all)
        let result = try mock.kubectl(["explain", "widgets.spec"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("GROUP:      example.com"))
        #expect(result.output.contains("size\t<integer> -required-"))
        #expect(result.output.contains("How big the widget is."))
        #expect(result.output.contains("enum: red, blue"))
        let top = try mock.kubectl(["explain", "widgets"])
        #expect(top.output.contains("A Widget is a test custom resource."))
        #expect(top.output.contains("metadata\t<ObjectMeta>"))
    }

    @Test func explainRejectsUnknownFields() throws {
        let mock = try KubectlMock(resources: TestResources.all)
        let result = try mock.kubectl(["explain", "pods.spec.nope"])
        #expect(result.status != 0)
        #expect(result.output.contains("field \"nope\" does not exist"))
    }

    /// The PATCH operations advertise `fieldValidation`, so kubectl leaves validation to the
    /// server: it sends `fieldValidation=Strict` and never needs the (protobuf-only) v2 document.
    @Test func applyAndCreateDelegateValidationToTheServer() throws {
        let mock = try KubectlMock(resources: TestResources.all)
        let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n"
        let dryRun = try mock.kubectl(["apply", "--dry-run=client"], input: pod)
        #expect(dryRun.status == 0, "\(dryRun.output)")
        #expect(dryRun.output.contains("pod/p created (dry run)"))

        let create = try mock.kubectl(["create", "-v=6"], input: pod)
        #expect(create.status == 0, "\(create.output)")
        #expect(create.output.contains("POST http://127.0.0.1:\(mock.port)/api/v1/namespaces/default/pods?fieldManager=kubectl-create&fieldValidation=Strict"))
        #expect(!create.output.contains("/openapi/v2"))

        let widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n"
        let apply = try mock.kubectl(["apply", "-v=6"], input: widget)
        #expect(apply.status == 0, "\(apply.output)")
        #expect(apply.output.contains("/apis/example.com/v1/namespaces/default/widgets?fieldManager=kubectl-client-side-apply&fieldValidation=Strict"))
    }
}

import ConfigMapMirror
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
import ThawTestSupport

@testable import ControllerRuntime

@Suite(.serialized) struct MirrorExampleTests {
    func labelled(_ name: String, namespace: String, data: [String: String]) -> ConfigMap {
        var object = ConfigMap(name: name, namespace: namespace)
        object.metadata.labels = [MirrorReconciler.label: "yes"]
        object.data = data
        return object
    }

    /// Runs a manager with the mirror controller until the returned task is cancelled.
    func startController(_ client: KubeClient) throws -> (Manager, Task<Void, any Error>) {
        var options = ManagerOptions()
        options.reflector = testReflectorOptions()
        let manager = try Manager(client: client, options: options)
        try MirrorReconciler.register(on: manager, targetNamespace: "mirror")
        return (manager, Task { try await manager.run() })
    }

    @Test func mirrorsFollowTheirSourcesIncludingADeletionWhileTheControllerWasDown() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                for namespace in ["apps", "mirror"] { _ = try await client.resource(Namespace.self).create(Namespace(name: namespace)) }
                let apps = client.resource(ConfigMap.self, namespace: "apps")
                let mirrors = client.resource(ConfigMap.self, namespace: "mirror")
                func mirror(_ name: String) async throws -> ConfigMap? {
                    do { return try await mirrors.get("apps.\(name)") } catch let error as KubeAPIError where error.isNotFound { return nil }
                }
                func exists(_ name: String) async throws -> Bool {
                    do { _ = try await apps.get(name); return true } catch let error as KubeAPIError where error.isNotFound { return false }
                }

                var (manager, running) = try startController(client)
                _ = try await apps.create(labelled("web", namespace: "apps", data: ["a": "1"]))
                _ = try await apps.create(ConfigMap(name: "unlabelled", namespace: "apps"))
                #expect(try await eventually { try await mirror("web")?.data == ["a": "1"] })
                #expect(try await apps.get("web").metadata.finalizers == [MirrorReconciler.finalizer])
                #expect(manager.readiness.ok)

                // An update is mirrored; a deleted copy is restored.
                var web = try await apps.get("web")
                web.data = ["a": "2"]
                _ = try await apps.update(web)
                #expect(try await eventually { try await mirror("web")?.data == ["a": "2"] })
                _ = try await mirrors.delete("apps.web")
                #expect(try await eventually { try await mirror("web") != nil })
                #expect(try await mirror("unlabelled") == nil)

                // The controller goes down; the source is deleted meanwhile.
                running.cancel()
                try await running.value
                _ = try await apps.delete("web")
                #expect(try await exists("web"))  // held by the finalizer
                #expect(try await mirror("web") != nil)

                // Back up: the copy goes, then the finalizer, then the source.
                (manager, running) = try startController(client)
                #expect(try await eventually { try await !exists("web") })
                #expect(try await mirror("web") == nil)
                _ = manager
                running.cancel()
                try await running.value
            }
        }
    }
}

import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing

@testable import ControllerRuntime

@Suite struct HelpersIntegrationTests {
    @Test func createOrPatchWritesOnlyWhatChangedAndNothingWhenNothingDid() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let configMaps = client.resource(ConfigMap.self, namespace: "default")
                let key = ObjectKey(namespace: "default", name: "settings")
                let created = try await configMaps.createOrPatch(key) { $0.data = ["a": "1"] }
                #expect(created.result == .created)
                let same = try await configMaps.createOrPatch(key) { $0.data = ["a": "1"] }
                #expect(same.result == .unchanged)
                #expect(try await configMaps.get("settings").metadata.resourceVersion == created.object.metadata.resourceVersion)
                let patched = try await configMaps.createOrPatch(key) { $0.data["b"] = "2" }
                #expect(patched.result == .patched)
                #expect(patched.object.data == ["a": "1", "b": "2"])
            }
        }
    }

    @Test func finalizersAreAddedOnceAndRemovedByPatchWithConflictDetection() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let configMaps = client.resource(ConfigMap.self, namespace: "default")
                let original = try await configMaps.create(ConfigMap(name: "held", namespace: "default"))
                let held = try await Finalizers.add("thaw.dev/test", to: original, using: configMaps)
                #expect(held.metadata.finalizers == ["thaw.dev/test"])
                let again = try await Finalizers.add("thaw.dev/test", to: held, using: configMaps)
                #expect(again.metadata.resourceVersion == held.metadata.resourceVersion)  // nothing written
                // A stale copy (read before the finalizer was added) conflicts instead of clobbering.
                await #expect(throws: KubeAPIError.self) {
                    _ = try await Finalizers.add("other.dev/x", to: original, using: configMaps)
                }
                let released = try await Finalizers.remove("thaw.dev/test", from: held, using: configMaps)
                #expect(released.metadata.finalizers.isEmpty)
            }
        }
    }
}

import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
import ThawTestSupport
@testable import KubeLocalCluster

/// Real time for controllers under test against a running server.
struct WallClock: ClusterClock {
    var now: Date { Date() }
}

@Suite(.serialized) struct ReplicaSetControllerTests {
    @Test func replicaSetScalesThreeToTenToZeroThroughTheAPIServer() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let manager = try Manager(client: client)
                try ReplicaSetReconciler.register(on: manager, clock: WallClock())
                let running = Task { try await manager.run() }
                defer { running.cancel() }
                let replicaSets = client.resource(ReplicaSet.self, namespace: "default")
                let pods = client.resource(Pod.self, namespace: "default")
                var replicaSet = makeReplicaSet(replicas: 3)
                replicaSet.metadata.uid = nil
                replicaSet.metadata.generation = nil
                _ = try await replicaSets.create(replicaSet)
                func active() async throws -> [Pod] {
                    try await pods.list().items.filter { !$0.metadata.isBeingDeleted }
                }
                #expect(try await eventually { try await active().count == 3 })
                #expect(try await eventually { try await replicaSets.get("web-abc").status.replicas == 3 })
                let owner = try await replicaSets.get("web-abc").metadata.uid
                #expect(try await active().allSatisfy { $0.metadata.controllerReference?.uid == owner })

                for target in [10, 0] {
                    try await modify(replicaSets, "web-abc") { $0.spec.replicas = target }
                    #expect(try await eventually { try await active().count == target })
                    #expect(try await eventually { try await replicaSets.get("web-abc").status.replicas == target })
                }
                try await Task.sleep(for: .milliseconds(300))
                #expect(try await active().isEmpty)  // no overshoot once settled
                running.cancel()
                try await running.value
            }
        }
    }
}

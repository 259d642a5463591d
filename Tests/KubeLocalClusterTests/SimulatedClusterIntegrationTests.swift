import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
@testable import KubeLocalCluster

@Suite(.serialized) struct SimulatedClusterIntegrationTests {
    @Test func podsAreScheduledPulledStartedAndDeletedThroughTheAPIServer() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let configuration = ClusterConfiguration(nodeCount: 3)
                let clock = try ScaledClock(origin: Date(), scale: 100)
                try await KubeletReconciler.registerNodes(configuration, client: client, now: clock.now)
                let manager = try Manager(client: client)
                try ReplicaSetReconciler.register(on: manager, clock: clock)
                try SchedulerReconciler.register(on: manager, clock: clock, seed: 1)
                try KubeletReconciler.register(on: manager, clock: clock, timeScale: 100, configuration: configuration)
                let running = Task { try await manager.run() }
                defer { running.cancel() }

                let replicaSets = client.resource(ReplicaSet.self, namespace: "default")
                let pods = client.resource(Pod.self, namespace: "default")
                var replicaSet = makeReplicaSet(replicas: 3)
                replicaSet.metadata.uid = nil
                replicaSet.metadata.generation = nil
                _ = try await replicaSets.create(replicaSet)
                #expect(try await eventually {
                    let items = try await pods.list().items
                    return items.count == 3 && items.allSatisfy { $0.isReady && $0.status.phase == .running }
                })
                let items = try await pods.list().items
                #expect(Set(items.compactMap(\.spec.nodeName)) == ["node-1", "node-2", "node-3"])
                #expect(items.allSatisfy { $0.status.conditions.isTrue("PodScheduled") })
                #expect(items.allSatisfy { ($0.status.podIP ?? "").hasPrefix("10.244.") })
                let node = try await client.resource(Node.self).get("node-1")
                #expect(node.status.images.first?.names.last == "docker.io/library/web:1")
                #expect(node.isReady)

                var current = try await replicaSets.get("web-abc")
                current.spec.replicas = 0
                _ = try await replicaSets.update(current)
                #expect(try await eventually { try await pods.list().items.isEmpty })
                running.cancel()
                try await running.value
            }
        }
    }
}

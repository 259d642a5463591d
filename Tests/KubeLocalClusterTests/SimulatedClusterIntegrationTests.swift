import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
import ThawTestSupport
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
                // Binding and its condition are two writes here (no binding subresource yet).
                #expect(try await eventually { try await pods.list().items.allSatisfy { $0.status.conditions.isTrue("PodScheduled") } })
                #expect(items.allSatisfy { ($0.status.podIP ?? "").hasPrefix("10.244.") })
                // The node's images are posted right after the pod statuses.
                #expect(try await eventually {
                    try await client.resource(Node.self).get("node-1").status.images.first?.names.last == "docker.io/library/web:1"
                })
                #expect(try await client.resource(Node.self).get("node-1").isReady)
                let leases = client.resource(Lease.self, namespace: "kube-node-lease")
                #expect(await eventually { (try? await leases.get("node-1"))?.spec.holderIdentity == "node-1" })
                let events = try await client.resource(CoreV1Event.self, namespace: "default").list().items
                #expect(events.contains { $0.reason == "Pulled" && $0.source.component == "kubelet" && $0.involvedObject.kind == "Pod" })
                #expect(events.contains { $0.message == "Pulling image \"web:1\"" })

                try await modify(replicaSets, "web-abc") { $0.spec.replicas = 0 }
                #expect(try await eventually { try await pods.list().items.isEmpty })
                running.cancel()
                try await running.value
            }
        }
    }

    @Test func deploymentServiceAndDaemonSetThroughTheAPIServer() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let clock = try ScaledClock(origin: Date(), scale: 100)
                let manager = try Manager(client: client)
                try await SimulatedClusterControllers.start(on: manager, configuration: ClusterConfiguration(nodeCount: 3), clock: clock)
                let running = Task { try await manager.run() }
                defer { running.cancel() }

                let deployments = client.resource(Deployment.self, namespace: "default")
                var deployment = makeDeployment(replicas: 3)
                deployment.metadata.uid = nil
                deployment.metadata.generation = nil
                _ = try await deployments.create(deployment)
                var service = makeService()
                service.metadata.uid = nil
                _ = try await client.resource(Service.self, namespace: "default").create(service)
                let endpoints = client.resource(Endpoints.self, namespace: "default")
                func ready() async throws -> Int {
                    do { return try await endpoints.get("web").subsets.first?.addresses.count ?? 0 } catch let error as KubeAPIError where error.isNotFound { return 0 }
                }
                for target in [3, 10, 0] {
                    try await modify(deployments, "web") { $0.spec.replicas = target }
                    #expect(try await eventually(30) { try await ready() == target })
                    #expect(try await eventually(30) { try await deployments.get("web").status.availableReplicas ?? 0 == target })
                }
                let slices = try await client.resource(EndpointSlice.self, namespace: "default").list().items
                #expect(slices.count == 1)
                #expect(slices.first?.metadata.labels["kubernetes.io/service-name"] == "web")

                var daemonSet = makeDaemonSet()
                daemonSet.metadata.uid = nil
                daemonSet.metadata.generation = nil
                daemonSet.metadata.namespace = "default"
                _ = try await client.resource(DaemonSet.self, namespace: "default").create(daemonSet)
                #expect(try await eventually(30) {
                    try await client.resource(DaemonSet.self, namespace: "default").get("agent").status.numberAvailable == 3
                })
                running.cancel()
                try await running.value
            }
        }
    }

    @Test func aFailedNodesPodsLeaveTheEndpointsAndAreReplacedElsewhere() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                // 300 simulated seconds of toleration pass in 1.5 s.
                let clock = try ScaledClock(origin: Date(), scale: 200)
                let manager = try Manager(client: client)
                try await SimulatedClusterControllers.start(on: manager, configuration: ClusterConfiguration(nodeCount: 3), clock: clock)
                let running = Task { try await manager.run() }
                defer { running.cancel() }
                var deployment = makeDeployment(replicas: 3)
                deployment.metadata.uid = nil
                deployment.metadata.generation = nil
                _ = try await client.resource(Deployment.self, namespace: "default").create(deployment)
                var service = makeService()
                service.metadata.uid = nil
                _ = try await client.resource(Service.self, namespace: "default").create(service)
                let endpoints = client.resource(Endpoints.self, namespace: "default")
                func subset() async throws -> EndpointSubset? {
                    do { return try await endpoints.get("web").subsets.first } catch let error as KubeAPIError where error.isNotFound { return nil }
                }
                #expect(try await eventually(30) { try await subset()?.addresses.count == 3 })

                try await modify(client.resource(Node.self), "node-2") { $0.metadata.annotations[KubeletReconciler.failedAnnotation] = "true" }
                #expect(try await eventually(30) { try await subset()?.notReadyAddresses.count == 1 })
                #expect(try await subset()?.addresses.count == 2)
                // After the default 300 s toleration the pod is evicted and replaced on a healthy node;
                // the evicted pod stays Terminating, as its kubelet cannot finish it.
                let pods = client.resource(Pod.self, namespace: "default")
                #expect(try await eventually(30) {
                    let live = try await pods.list().items.filter { !$0.metadata.isBeingDeleted }
                    return live.count == 3 && live.allSatisfy { $0.spec.nodeName != "node-2" && $0.isReady }
                })
                #expect(try await eventually(30) { try await subset()?.addresses.count == 3 })
                #expect(try await pods.list().items.contains { $0.spec.nodeName == "node-2" && $0.metadata.isBeingDeleted })
                // Removing the node lets the pod garbage collector delete it.
                try await SimulatedNodes(client: client).removeNode(named: "node-2")
                #expect(try await eventually(30) { try await pods.list().items.allSatisfy { $0.spec.nodeName != "node-2" } })
                running.cancel()
                try await running.value
            }
        }
    }
}

import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
@testable import KubeLocalCluster
import ThawTestSupport

/// Runs the whole simulated cluster with `nodeCount` nodes against a fresh local API server.
func withSimulatedCluster(nodeCount: Int, scale: Double = 100, _ body: (KubeClient) async throws -> Void) async throws {
    try await LocalAPIServer.withRunning { _, url in
        try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
            let clock = try ScaledClock(origin: Date(), scale: scale)
            let manager = try Manager(client: client)
            try await SimulatedClusterControllers.start(on: manager, configuration: ClusterConfiguration(nodeCount: nodeCount), clock: clock)
            let running = Task { try await manager.run() }
            defer { running.cancel() }
            try await body(client)
            running.cancel()
            try await running.value
        }
    }
}

func daemonSet(_ name: String, tolerating key: String? = nil) -> DaemonSet {
    var daemonSet = makeDaemonSet()
    daemonSet.metadata = ObjectMeta()
    daemonSet.metadata.name = name
    daemonSet.metadata.namespace = "default"
    daemonSet.spec.selector = LabelSelector(matchLabels: ["app": name])
    daemonSet.spec.template.metadata.labels = ["app": name]
    if let key {
        var toleration = Toleration()
        toleration.key = key
        toleration.operator = .exists
        daemonSet.spec.template.spec.tolerations = [toleration]
    }
    return daemonSet
}

@Suite(.serialized) struct SimulatedNodeChangesTests {
    @Test func aNodeCreatedThroughTheAPIJoinsTheClusterAndLeavesItWhenDeleted() async throws {
        try await withSimulatedCluster(nodeCount: 2) { client in
            let nodes = SimulatedNodes(client: client)
            let pods = client.resource(Pod.self, namespace: "default")
            let daemonSets = client.resource(DaemonSet.self, namespace: "default")
            _ = try await daemonSets.create(daemonSet("agent"))
            _ = try await daemonSets.create(daemonSet("cache", tolerating: "dedicated"))
            #expect(try await eventually(30) { try await daemonSets.get("agent").status.numberAvailable == 2 })

            try await nodes.addNode(named: "late", labels: ["pool": "late"], capacity: ["cpu": Quantity(8)])
            try await nodes.addNode(named: "tainted", taints: [taint("dedicated", "cache")])
            // Adopted: a pod range after the configured nodes', well-known labels, a Ready status with
            // the declared CPU and the configured memory and pod count, and a Lease owned by the node.
            #expect(try await eventually(30) { try await client.resource(Node.self).get("late").isReady })
            let late = try await client.resource(Node.self).get("late")
            let podCIDRs = Set([late.spec.podCIDR, try await client.resource(Node.self).get("tainted").spec.podCIDR].compactMap { $0 })
            #expect(podCIDRs == ["10.244.2.0/24", "10.244.3.0/24"])
            #expect(late.metadata.labels["kubernetes.io/hostname"] == "late")
            #expect(late.metadata.labels["pool"] == "late")
            #expect(late.metadata.labels["topology.kubernetes.io/zone"] != nil)
            #expect(late.status.capacity["cpu"] == Quantity(8))
            #expect(late.status.capacity["memory"] == ClusterConfiguration().nodeMemory)
            #expect(late.status.capacity["pods"] == Quantity(110))
            let leases = client.resource(Lease.self, namespace: "kube-node-lease")
            #expect(await eventually { (try? await leases.get("late"))?.metadata.ownerReferences.first?.uid == late.metadata.uid })

            // DaemonSets follow: the tainted node only gets the tolerating one's pod.
            #expect(try await eventually(30) { try await daemonSets.get("agent").status.numberAvailable == 3 })
            #expect(try await eventually(30) { try await daemonSets.get("cache").status.numberAvailable == 4 })
            #expect(try await daemonSets.get("agent").status.desiredNumberScheduled == 3)
            let onTainted = try await pods.list().items.filter { $0.spec.nodeName == "tainted" }
            #expect(onTainted.map { $0.metadata.labels["app"] } == ["cache"])

            // The scheduler places pods on the new node and its kubelet runs them.
            var pinned = Pod(name: "pinned", namespace: "default")
            pinned.spec.nodeSelector = ["pool": "late"]
            pinned.spec.containers = webTemplate().spec.containers
            _ = try await pods.create(pinned)
            #expect(try await eventually(30) {
                let pod = try await pods.get("pinned")
                return pod.spec.nodeName == "late" && pod.status.phase == .running && pod.isReady
            })

            // Deleting the node removes its pods (pod garbage collection) and its Lease.
            try await nodes.removeNode(named: "late")
            #expect(try await eventually(30) { try await pods.list().items.allSatisfy { $0.spec.nodeName != "late" } })
            #expect(await eventually(30) { (try? await leases.get("late")) == nil })
            #expect(try await eventually(30) { try await daemonSets.get("agent").status.desiredNumberScheduled == 2 })
        }
    }

    @Test func deletingARunningPodIsGracefulAndTheKubeletFinishesIt() async throws {
        try await withSimulatedCluster(nodeCount: 1) { client in
            let pods = client.resource(Pod.self, namespace: "default")
            var pod = Pod(name: "web", namespace: "default")
            pod.spec.containers = webTemplate().spec.containers
            _ = try await pods.create(pod)
            #expect(try await eventually(30) { try await pods.get("web").isReady })

            // The server marks the pod (default grace period 30 s) rather than removing it.
            let marked = try await pods.delete("web")
            #expect(marked?.metadata.deletionTimestamp != nil)
            #expect(marked?.metadata.deletionGracePeriodSeconds == 30)
            // The kubelet stops the container and deletes the pod with a grace period of 0.
            #expect(await eventually(30) { (try? await pods.get("web")) == nil })
            let events = try await client.resource(CoreV1Event.self, namespace: "default").list().items
            #expect(events.contains { $0.reason == "Killing" && $0.involvedObject.name == "web" })

            // A pod not bound to a node, and a forced delete, go at once.
            var pending = Pod(name: "pending", namespace: "default")
            pending.spec.containers = webTemplate().spec.containers
            pending.spec.nodeSelector = ["pool": "none"]
            _ = try await pods.create(pending)
            let gone = try await pods.delete("pending")
            #expect(gone?.metadata.deletionTimestamp == nil)
            await #expect(throws: KubeAPIError.self) { try await pods.get("pending") }

            var forced = Pod(name: "forced", namespace: "default")
            forced.spec.containers = webTemplate().spec.containers
            _ = try await pods.create(forced)
            #expect(try await eventually(30) { try await pods.get("forced").isReady })
            _ = try await pods.delete("forced", options: DeleteOptions(gracePeriodSeconds: 0))
            await #expect(throws: KubeAPIError.self) { try await pods.get("forced") }
        }
    }
}

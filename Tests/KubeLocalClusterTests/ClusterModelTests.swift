import ControllerRuntime
import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster
import ThawDeterminism

@Suite struct ClusterModelTests {
    @Test func nodesHaveLabelsCapacityAddressesAndReadyCondition() throws {
        let configuration = ClusterConfiguration(nodeCount: 4)
        let profiles = configuration.nodeProfiles()
        #expect(profiles.map(\.name) == ["node-1", "node-2", "node-3", "node-4"])
        #expect(profiles.map(\.zone) == ["zone-a", "zone-b", "zone-c", "zone-a"])
        let node = NodeObjects.node(profiles[1], now: t0)
        #expect(node.metadata.labels["kubernetes.io/hostname"] == "node-2")
        #expect(node.metadata.labels["topology.kubernetes.io/zone"] == "zone-b")
        #expect(node.status.capacity["pods"] == Quantity(110))
        #expect(node.status.allocatable["cpu"] == Quantity(4))
        #expect(node.status.allocatable["memory"] == Quantity(16 << 30, format: .binarySI))
        #expect(node.internalIP == "172.18.0.3")
        #expect(node.spec.podCIDR == "10.244.1.0/24")
        #expect(node.isReady)
        #expect(node.status.conditions.map { $0.type ?? "" } == ["MemoryPressure", "DiskPressure", "PIDPressure", "Ready"])
        #expect(node.status.conditions.condition(ofType: "Ready")?.reason == "KubeletReady")
        #expect(configuration.nodeProfile(index: 300).podCIDR == "10.245.44.0/24")
    }

    @Test func failingANodeTurnsItsConditionsUnknownAndTaintsIt() throws {
        let profile = ClusterConfiguration().nodeProfile(index: 0)
        let healthy = NodeObjects.node(profile, now: t0)
        let status = NodeObjects.status(profile, ready: false, images: [], now: at(60), previous: healthy.status)
        let ready = try #require(status.conditions.condition(ofType: "Ready"))
        #expect(ready.status == .unknown)
        #expect(ready.reason == "NodeStatusUnknown")
        #expect(ready.message == "Kubelet stopped posting node status.")
        #expect(ready.lastTransitionTime == at(60))
        #expect(ready.lastHeartbeatTime == t0)
        let taints = NodeObjects.taints([taint("keep")], reachable: false, now: at(60))
        #expect(taints.map { "\($0.key ?? ""):\($0.effect?.rawValue ?? "")" } == ["keep:NoSchedule", "node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"])
        #expect(NodeObjects.taints(taints, reachable: true, now: at(90)).count == 1)
        let lease = NodeObjects.lease(for: profile, renewedAt: at(10))
        #expect(lease.metadata.namespace == "kube-node-lease")
        #expect(lease.spec.holderIdentity == "node-1")
        #expect(lease.spec.renewTime == at(10))
    }

    @Test func nodeSetAddRemoveFailRecover() throws {
        var nodes = try SimulatedNodeSet(configuration: ClusterConfiguration(nodeCount: 2))
        try nodes.failNode(named: "node-2")
        #expect(!nodes.isReady("node-2"))
        try nodes.recoverNode(named: "node-2")
        #expect(nodes.isReady("node-2"))
        try nodes.removeNode(named: "node-1")
        #expect(nodes.addNode().name == "node-3")
        #expect(throws: ClusterConfigurationError.unknownNode(name: "node-9")) { try nodes.failNode(named: "node-9") }
        #expect(throws: ClusterConfigurationError.duplicateNode(name: "node-3")) {
            try nodes.addNode(ClusterConfiguration().nodeProfile(index: 2))
        }
        #expect(ClusterConfigurationError.unknownNode(name: "node-9").description == "node \"node-9\" not found")
    }

    @Test func invalidConfigurationNamesTheField() {
        #expect(throws: ClusterConfigurationError.invalidValue(field: "nodes", value: "-1", reason: "must be between 0 and 5000")) {
            try ClusterConfiguration(nodeCount: -1).validate()
        }
        var configuration = ClusterConfiguration()
        configuration.pullBandwidthBytesPerSecond = 0
        #expect(throws: ClusterConfigurationError.invalidValue(field: "pullBandwidthBytesPerSecond", value: "0.0", reason: "must be positive")) {
            try configuration.validate()
        }
        #expect(throws: ClusterConfigurationError.self) { try ScaledClock(origin: t0, scale: 0) }
    }

    @Test func imageNamesAreNormalized() {
        #expect(ImageReference.normalized("nginx") == "docker.io/library/nginx:latest")
        #expect(ImageReference.normalized("nginx:1.25") == "docker.io/library/nginx:1.25")
        #expect(ImageReference.normalized("corp/app") == "docker.io/corp/app:latest")
        #expect(ImageReference.normalized("gcr.io/proj/app:v1") == "gcr.io/proj/app:v1")
        #expect(ImageReference.normalized("localhost:5000/app") == "localhost:5000/app:latest")
        #expect(ImageReference.normalized("app@sha256:abc") == "docker.io/library/app@sha256:abc")
        #expect(ImageReference.defaultPullPolicyIsAlways("nginx"))
        #expect(ImageReference.defaultPullPolicyIsAlways("nginx:latest"))
        #expect(!ImageReference.defaultPullPolicyIsAlways("nginx:1.25"))
        #expect(!ImageReference.defaultPullPolicyIsAlways("localhost:5000/app@sha256:abc"))
        #expect(RegistryImage(name: "nginx:1.25", sizeBytes: 1).digestName.hasPrefix("docker.io/library/nginx@sha256:"))
    }

    @Test func clocksAreDeterministic() throws {
        let manual = ManualClock(start: t0)
        manual.advance(by: 5)
        manual.advance(by: -3)
        manual.advance(to: at(2))
        #expect(manual.now == at(5))
        let scaled = try ScaledClock(origin: t0, wallOrigin: Date(timeIntervalSince1970: 0), scale: 10)
        #expect(scaled.simulatedTime(atWallTime: Date(timeIntervalSince1970: 3)) == at(30))
        #expect(scaled.wallDelay(until: at(50), from: Date(timeIntervalSince1970: 3)) == 2)
        var a = SplitMix64(seed: 5), b = SplitMix64(seed: 5)
        #expect((0..<4).map { _ in a.next() } == (0..<4).map { _ in b.next() })
    }

    @Test func taintEvictionHonoursTolerationSeconds() {
        var node = NodeObjects.node(ClusterConfiguration().nodeProfile(index: 0), now: t0)
        node.spec.taints = NodeObjects.taints([], reachable: false, now: at(100))
        let plain = makePod("plain", nodeName: "node-1")
        var quick = makePod("quick", nodeName: "node-1")
        var toleration = Toleration()
        toleration.key = "node.kubernetes.io/unreachable"
        toleration.operator = .exists
        toleration.effect = .noExecute
        toleration.tolerationSeconds = 30
        quick.spec.tolerations = [toleration]
        var forever = makePod("forever", nodeName: "node-1")
        toleration.tolerationSeconds = nil
        forever.spec.tolerations = [toleration]
        let pods = [plain, quick, forever]
        var result = TaintEviction.evaluate(node: node, pods: pods, now: at(110))
        #expect(result.evict.isEmpty)
        #expect(result.nextCheckAt == at(130))
        result = TaintEviction.evaluate(node: node, pods: pods, now: at(130))
        #expect(result.evict.compactMap(\.metadata.name) == ["quick"])
        #expect(result.nextCheckAt == at(400))
        #expect(TaintEviction.evaluate(node: node, pods: pods, now: at(400)).evict.compactMap(\.metadata.name) == ["plain", "quick"])
        #expect(TaintEviction.evaluate(node: node, pods: pods, now: at(110), defaultTolerationSeconds: nil).evict.compactMap(\.metadata.name) == ["plain"])
    }
}

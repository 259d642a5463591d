import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

@Suite struct NodeRegistrationTests {
    @Test func podRangesEncodeTheNodeIndex() {
        #expect(NodeRegistration.index(ofPodCIDR: "10.244.0.0/24") == 0)
        #expect(NodeRegistration.index(ofPodCIDR: "10.244.7.0/24") == 7)
        #expect(NodeRegistration.index(ofPodCIDR: "10.245.1.0/24") == 257)
        for other in [nil, "", "192.168.0.0/24", "10.244.0.0/16", "10.243.0.0/24", "10.244.x.0/24", "10.244.256.0/24"] {
            #expect(NodeRegistration.index(ofPodCIDR: other) == nil, "\(other ?? "nil")")
        }
    }

    @Test func aNodeCreatedThroughTheAPIGetsTheFirstFreeIndexAndKeepsWhatItDeclares() throws {
        var node = Node(name: "late")
        node.metadata.labels = ["pool": "late", "topology.kubernetes.io/zone": "zone-z"]
        node.spec.taints = [taint("dedicated", "cache")]
        let adopted = try #require(NodeRegistration.adopted(node, usedIndexes: [0, 1, 3], configuration: ClusterConfiguration()))
        #expect(adopted.spec.podCIDR == "10.244.2.0/24")
        #expect(adopted.spec.podCIDRs == ["10.244.2.0/24"])
        #expect(adopted.spec.providerID == "thaw://late")
        #expect(adopted.spec.taints == node.spec.taints)
        #expect(adopted.metadata.labels["pool"] == "late")
        #expect(adopted.metadata.labels["topology.kubernetes.io/zone"] == "zone-z")
        #expect(adopted.metadata.labels["kubernetes.io/hostname"] == "late")
        #expect(adopted.metadata.labels["kubernetes.io/os"] == "linux")
        // Adopted once: a node with a simulated pod range is left alone.
        #expect(NodeRegistration.adopted(adopted, usedIndexes: [], configuration: ClusterConfiguration()) == nil)
        #expect(NodeRegistration.adopted(makeNodes()[0], usedIndexes: [], configuration: ClusterConfiguration()) == nil)
    }
}

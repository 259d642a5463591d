import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

/// The end-to-end scenarios, run over the pure cores with the in-memory harness.
@Suite struct ClusterScenarioTests {
    @Test func deploymentSpreadsReadyPodsIntoTheServiceAndScales() throws {
        var cluster = try ClusterHarness()
        cluster.deployments = [makeDeployment(replicas: 3)]
        cluster.services = [makeService()]
        try cluster.run(until: 30)
        let pods = cluster.pods(of: "web")
        #expect(pods.count == 3)
        #expect(pods.allSatisfy { $0.isReady && $0.status.phase == .running })
        #expect(Set(pods.compactMap(\.spec.nodeName)) == ["node-1", "node-2", "node-3"])
        let addresses = cluster.endpoints["default/web"]?.subsets.first?.addresses.compactMap(\.ip) ?? []
        #expect(Set(addresses) == Set(pods.compactMap(\.status.podIP)))
        #expect(cluster.deployments[0].status.availableReplicas == 3)
        #expect(cluster.deployments[0].status.conditions.condition(ofType: "Available")?.status == .true)

        cluster.deployments[0].spec.replicas = 10
        try cluster.run(until: 60)
        #expect(cluster.pods(of: "web").filter { $0.isReady }.count == 10)
        #expect(cluster.endpoints["default/web"]?.subsets.first?.addresses.count == 10)
        let perNode = Dictionary(grouping: cluster.pods(of: "web"), by: { $0.spec.nodeName ?? "" }).mapValues(\.count)
        #expect(perNode.values.allSatisfy { (3...4).contains($0) })
        #expect(cluster.deployments[0].status.readyReplicas == 10)

        cluster.deployments[0].spec.replicas = 0
        try cluster.run(until: 120)
        #expect(cluster.pods(of: "web").isEmpty)
        #expect(cluster.endpoints["default/web"]?.subsets.isEmpty == true)
        #expect(cluster.deployments[0].status.replicas == 0)
    }

    @Test func daemonSetOnePodPerEligibleNodeFollowingNewNodes() throws {
        var cluster = try ClusterHarness()
        cluster.nodes["node-2"]?.spec.taints = [taint("dedicated", "gpu")]
        cluster.daemonSets = [makeDaemonSet()]
        try cluster.run(until: 30)
        var pods = cluster.pods(of: "agent")
        #expect(pods.compactMap(\.spec.nodeName).sorted() == ["node-1", "node-3"])
        #expect(pods.allSatisfy { $0.isReady })
        #expect(cluster.daemonSets[0].status.numberReady == 2)

        let added = cluster.addNode()
        try cluster.run(until: 60)
        pods = cluster.pods(of: "agent")
        #expect(pods.compactMap(\.spec.nodeName).sorted() == ["node-1", "node-3", added])
        #expect(cluster.daemonSets[0].status.desiredNumberScheduled == 3)
        #expect(cluster.daemonSets[0].status.numberAvailable == 3)
    }

    @Test func aFailedNodesPodsLeaveTheEndpoints() throws {
        var cluster = try ClusterHarness()
        cluster.deployments = [makeDeployment(replicas: 3)]
        cluster.services = [makeService()]
        try cluster.run(until: 30)
        #expect(cluster.endpoints["default/web"]?.subsets.first?.addresses.count == 3)
        let victim = try #require(cluster.pods(of: "web").first { $0.spec.nodeName == "node-2" })
        try cluster.failNode("node-2")
        try cluster.run(until: 40)
        let subset = try #require(cluster.endpoints["default/web"]?.subsets.first)
        #expect(subset.addresses.count == 2)
        #expect(subset.notReadyAddresses.compactMap(\.ip) == [victim.status.podIP].compactMap { $0 })
        #expect(cluster.nodes["node-2"]?.isReady == false)
        #expect(cluster.nodes["node-2"]?.status.conditions.condition(ofType: "Ready")?.reason == "NodeStatusUnknown")
    }

    @Test func unschedulablePodsCarryTheReason() throws {
        var cluster = try ClusterHarness()
        var deployment = makeDeployment(replicas: 1)
        var requirements = ResourceRequirements()
        requirements.requests = ["cpu": Quantity(64)]
        deployment.spec.template.spec.containers[0].resources = requirements
        cluster.deployments = [deployment]
        try cluster.run(until: 10)
        let pod = try #require(cluster.pods(of: "web").first)
        #expect(pod.status.phase == .pending)
        #expect(pod.condition("PodScheduled")?.reason == "Unschedulable")
        #expect(pod.condition("PodScheduled")?.message?.hasPrefix("0/3 nodes are available: 3 Insufficient cpu.") == true)
    }
}

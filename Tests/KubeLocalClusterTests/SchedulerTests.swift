import ControllerRuntime
import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster
import ThawDeterminism

@Suite struct SchedulerTests {
    @Test func spreadsPodsOfOneWorkloadOverNodes() {
        var snapshot = SchedulerSnapshot(nodes: makeNodes(), pods: [])
        var generator = SplitMix64(seed: 7)
        let chosen = (1...3).map { index in
            snapshot.schedule(makePod("web-\(index)", ownerUID: "rs-1"), now: t0, using: &generator).nodeName
        }
        #expect(Set(chosen.compactMap { $0 }) == ["node-1", "node-2", "node-3"])
    }

    @Test func sameSeedSameDecisions() {
        func run(seed: UInt64) -> [String?] {
            var snapshot = SchedulerSnapshot(nodes: makeNodes(ClusterConfiguration(nodeCount: 6)), pods: [])
            var generator = SplitMix64(seed: seed)
            return (1...12).map { snapshot.schedule(makePod("p\($0)", ownerUID: "rs"), now: t0, using: &generator).nodeName }
        }
        #expect(run(seed: 42) == run(seed: 42))
        #expect(Set(run(seed: 42).compactMap { $0 }).count == 6)
    }

    @Test func unschedulableReportsTheSchedulersMessage() throws {
        var nodes = makeNodes()
        nodes[0].spec.taints = [taint("dedicated", "gpu")]
        var snapshot = SchedulerSnapshot(nodes: nodes, pods: [])
        var generator = SplitMix64(seed: 1)
        let result = snapshot.schedule(makePod("big", cpu: "8"), now: at(5), using: &generator)
        guard case .unschedulable(let condition) = result else {
            Issue.record("expected unschedulable, got \(result)")
            return
        }
        #expect(condition.type == "PodScheduled")
        #expect(condition.status == .false)
        #expect(condition.reason == "Unschedulable")
        #expect(condition.lastTransitionTime == at(5))
        #expect(condition.json["lastProbeTime"] == .null)
        #expect(condition.message == "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.")
    }

    @Test func messageWithoutPreemptionAndSeveralReasonsPerNode() {
        var snapshot = SchedulerSnapshot(nodes: makeNodes(ClusterConfiguration(nodeCount: 2)), pods: [], includePreemptionMessage: false)
        var generator = SplitMix64(seed: 1)
        let result = snapshot.schedule(makePod("huge", cpu: "5", memory: "64Gi"), now: t0, using: &generator)
        guard case .unschedulable(let condition) = result else {
            Issue.record("expected unschedulable")
            return
        }
        #expect(condition.message == "0/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory.")
    }

    @Test func resourcesBoundToANodeAreSubtracted() {
        let nodes = makeNodes(ClusterConfiguration(nodeCount: 2))
        let existing = [makePod("hog", cpu: "3500m", nodeName: "node-1")]
        var snapshot = SchedulerSnapshot(nodes: nodes, pods: existing)
        var generator = SplitMix64(seed: 3)
        for index in 1...5 {
            #expect(snapshot.schedule(makePod("p\(index)", cpu: "1"), now: t0, using: &generator).nodeName == "node-2" || index == 5)
        }
        // node-2 is full after four 1-CPU pods, node-1 has 500m left.
        #expect(snapshot.usage(of: "node-2").podCount == 4)
        let result = snapshot.schedule(makePod("p6", cpu: "1"), now: t0, using: &generator)
        #expect(result.nodeName == nil)
    }

    @Test func podsPerNodeLimit() {
        var configuration = ClusterConfiguration(nodeCount: 1)
        configuration.maxPodsPerNode = 2
        var snapshot = SchedulerSnapshot(nodes: makeNodes(configuration), pods: [], includePreemptionMessage: false)
        var generator = SplitMix64(seed: 1)
        #expect(snapshot.schedule(makePod("a"), now: t0, using: &generator) == .bind(nodeName: "node-1"))
        #expect(snapshot.schedule(makePod("b"), now: t0, using: &generator) == .bind(nodeName: "node-1"))
        guard case .unschedulable(let condition) = snapshot.schedule(makePod("c"), now: t0, using: &generator) else {
            Issue.record("expected unschedulable")
            return
        }
        #expect(condition.message == "0/1 nodes are available: 1 Too many pods.")
    }

    @Test func nodeSelectorAndRequiredAffinityAndTolerations() throws {
        var nodes = makeNodes()
        nodes[2].spec.taints = [taint("dedicated", "gpu")]
        var generator = SplitMix64(seed: 9)
        var snapshot = SchedulerSnapshot(nodes: nodes, pods: [])

        var selected = makePod("zoned")
        selected.spec.nodeSelector = ["topology.kubernetes.io/zone": "zone-b"]
        #expect(snapshot.schedule(selected, now: t0, using: &generator) == .bind(nodeName: "node-2"))

        var affine = makePod("affine")
        affine.spec.affinity = try Affinity(jsonString: """
            {"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[
              {"matchExpressions":[{"key":"kubernetes.io/hostname","operator":"In","values":["node-3"]}]}]}}}
            """)
        guard case .unschedulable(let condition) = snapshot.schedule(affine, now: t0, using: &generator) else {
            Issue.record("a pod that does not tolerate node-3's taint must not land there")
            return
        }
        #expect(condition.message?.hasPrefix("0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector.") == true)

        var tolerant = affine
        var toleration = Toleration()
        toleration.key = "dedicated"
        toleration.operator = .exists
        tolerant.spec.tolerations = [toleration]
        #expect(snapshot.schedule(tolerant, now: t0, using: &generator) == .bind(nodeName: "node-3"))
    }

    @Test func cordonedNodesAndBoundPods() {
        var nodes = makeNodes(ClusterConfiguration(nodeCount: 2))
        nodes[0].spec.unschedulable = true
        var snapshot = SchedulerSnapshot(nodes: nodes, pods: [])
        var generator = SplitMix64(seed: 2)
        #expect(snapshot.schedule(makePod("a"), now: t0, using: &generator) == .bind(nodeName: "node-2"))
        #expect(snapshot.schedule(makePod("b", nodeName: "node-1"), now: t0, using: &generator) == .alreadyBound(nodeName: "node-1"))
        var empty = SchedulerSnapshot(nodes: [], pods: [])
        guard case .unschedulable(let condition) = empty.schedule(makePod("c"), now: t0, using: &generator) else {
            Issue.record("expected unschedulable")
            return
        }
        #expect(condition.message == "no nodes available to schedule pods")
    }
}

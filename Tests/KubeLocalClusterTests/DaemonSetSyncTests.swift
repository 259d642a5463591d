import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

func makeDaemonSet(image: String = "agent:1") -> DaemonSet {
    var daemonSet = DaemonSet(name: "agent", namespace: "kube-system")
    daemonSet.metadata.uid = "uid-ds-agent"
    daemonSet.metadata.generation = 3
    daemonSet.spec.selector = LabelSelector(matchLabels: ["app": "agent"])
    var template = webTemplate(image: image)
    template.metadata.labels = ["app": "agent"]
    daemonSet.spec.template = template
    return daemonSet
}

/// Binds created daemon pods to their target node and marks them ready.
func bindDaemonPods(_ created: [Pod], startingAt index: Int) -> [Pod] {
    created.enumerated().map { offset, pod in
        let node = DaemonSetSync.targetNode(of: pod) ?? ""
        var bound = running(pod, name: "agent-\(index + offset)", node: node, ip: "10.244.9.\(index + offset)")
        bound.metadata.namespace = "kube-system"
        return bound
    }
}

@Suite struct DaemonSetSyncTests {
    @Test func onePodPerNodeSkippingTaintedNodesUnlessTolerated() throws {
        var nodes = makeNodes()
        nodes[1].spec.taints = [taint("dedicated", "gpu")]
        var daemonSet = makeDaemonSet()
        var result = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: [], now: t0)
        #expect(result.podsToCreate.compactMap(DaemonSetSync.targetNode(of:)) == ["node-1", "node-3"])
        #expect(result.status.desiredNumberScheduled == 2)
        #expect(result.status.currentNumberScheduled == 0)
        let pod = try #require(result.podsToCreate.first)
        #expect(pod.metadata.labels["controller-revision-hash"] == daemonSet.spec.template.templateHash())
        #expect(pod.spec.tolerations.contains { $0.key == "node.kubernetes.io/unreachable" && $0.effect == .noExecute })
        #expect(pod.spec.nodeName == nil)

        var toleration = Toleration()
        toleration.key = "dedicated"
        toleration.operator = .exists
        daemonSet.spec.template.spec.tolerations = [toleration]
        result = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: [], now: t0)
        #expect(result.podsToCreate.compactMap(DaemonSetSync.targetNode(of:)) == ["node-1", "node-2", "node-3"])
    }

    @Test func aNodeWhoseDaemonPodIsTerminatingGetsNoNewOneUntilItIsGone() throws {
        let daemonSet = makeDaemonSet()
        let nodes = makeNodes()
        let first = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: [], now: t0)
        var pods = bindDaemonPods(first.podsToCreate, startingAt: 0)
        pods[0].metadata.deletionTimestamp = at(30)
        pods[0].metadata.deletionGracePeriodSeconds = 30
        let terminating = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: pods, now: at(1))
        #expect(terminating.podsToCreate.isEmpty)
        #expect(terminating.podsToDelete.isEmpty)
        #expect(terminating.status.currentNumberScheduled == 2)
        let gone = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: Array(pods.dropFirst()), now: at(2))
        #expect(gone.podsToCreate.compactMap(DaemonSetSync.targetNode(of:)) == [DaemonSetSync.targetNode(of: pods[0])])
    }

    @Test func followsANodeAddedLaterAndReportsStatus() throws {
        let daemonSet = makeDaemonSet()
        var nodeSet = try SimulatedNodeSet(configuration: ClusterConfiguration())
        var nodes = nodeSet.profiles.map { NodeObjects.node($0, now: t0) }
        let first = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: [], now: t0)
        var pods = bindDaemonPods(first.podsToCreate, startingAt: 0)
        let steady = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: pods, now: at(10))
        #expect(steady.podsToCreate.isEmpty && steady.podsToDelete.isEmpty)
        #expect(steady.status.desiredNumberScheduled == 3)
        #expect(steady.status.currentNumberScheduled == 3)
        #expect(steady.status.numberReady == 3)
        #expect(steady.status.updatedNumberScheduled == 3)
        #expect(steady.status.numberAvailable == 3)
        #expect(steady.status.numberUnavailable == 0)
        #expect(steady.status.observedGeneration == 3)

        let added = nodeSet.addNode()
        #expect(added.name == "node-4")
        #expect(added.zone == "zone-a")
        nodes.append(NodeObjects.node(added, now: at(20)))
        let grown = try DaemonSetSync.sync(daemonSet, nodes: nodes, pods: pods, now: at(20))
        #expect(grown.podsToCreate.compactMap(DaemonSetSync.targetNode(of:)) == ["node-4"])
        #expect(grown.status.numberUnavailable == 1)
        pods += bindDaemonPods(grown.podsToCreate, startingAt: 3)

        // Nodes the selector no longer matches lose their pods; one matching node's pod is replaced
        // by the rolling update (the template changed).
        var selective = daemonSet
        selective.spec.template.spec.nodeSelector = ["topology.kubernetes.io/zone": "zone-a"]
        let shrunk = try DaemonSetSync.sync(selective, nodes: nodes, pods: pods, now: at(30))
        let deletedNodes = shrunk.podsToDelete.compactMap { $0.spec.nodeName }
        #expect(deletedNodes.count == 3)
        #expect(Set(deletedNodes).isSuperset(of: ["node-2", "node-3"]))
        #expect(shrunk.status.desiredNumberScheduled == 2)
        #expect(shrunk.status.numberMisscheduled == 2)
    }

    @Test func rollingUpdateReplacesOnePodAtATime() throws {
        let nodes = makeNodes()
        let old = makeDaemonSet(image: "agent:1")
        let pods = bindDaemonPods(try DaemonSetSync.sync(old, nodes: nodes, pods: [], now: t0).podsToCreate, startingAt: 0)
        let new = makeDaemonSet(image: "agent:2")
        let result = try DaemonSetSync.sync(new, nodes: nodes, pods: pods, now: at(10))
        #expect(result.podsToDelete.count == 1)
        #expect(result.podsToCreate.isEmpty)
        #expect(result.status.updatedNumberScheduled == 0)
        // The next sync recreates the deleted node's pod with the new hash.
        let remaining = pods.filter { $0.metadata.name != result.podsToDelete.first?.metadata.name }
        let next = try DaemonSetSync.sync(new, nodes: nodes, pods: remaining, now: at(11))
        #expect(next.podsToCreate.count == 1)
        #expect(next.podsToCreate.first?.metadata.labels["controller-revision-hash"] == new.spec.template.templateHash())
        #expect(next.podsToDelete.isEmpty)  // one node is already unavailable: maxUnavailable 1
    }
}

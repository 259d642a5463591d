import ControllerRuntime
import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster
import ThawDeterminism

@Suite struct SchedulerPodIndexTests {
    @Test func incrementalSumsEqualAFullSnapshotAfterAnySequenceOfChanges() {
        let nodes = makeNodes(ClusterConfiguration(nodeCount: 4))
        var generator = SplitMix64(seed: 11)
        var index = SchedulerPodIndex()
        var live: [String: Pod] = [:]
        for step in 0..<400 {
            let name = "p\(Int.random(in: 0..<60, using: &generator))"
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where live[name] != nil:
                index.remove(live[name]!)
                live[name] = nil
            case 1 where live[name] != nil:
                var finished = live[name]!
                finished.status.phase = .succeeded
                index.update(finished)
                live[name] = finished
            default:
                let node = Int.random(in: 0..<5, using: &generator)
                let pod = makePod(
                    name, cpu: "\(Int.random(in: 1...9, using: &generator) * 100)m", ownerUID: "rs-\(step % 3)",
                    nodeName: node == 4 ? nil : "node-\(node + 1)")
                index.update(pod)
                live[name] = pod
            }
            let full = SchedulerSnapshot(nodes: nodes, pods: Array(live.values))
            for node in nodes.compactMap(\.metadata.name) {
                #expect(index.usage(of: node) == full.usage(of: node), "step \(step), \(node)")
            }
        }
        // The same decisions follow from either view.
        var fromIndex = index.snapshot(nodes: nodes)
        var fromPods = SchedulerSnapshot(nodes: nodes, pods: Array(live.values))
        var a = SplitMix64(seed: 5)
        var b = SplitMix64(seed: 5)
        for probe in 0..<20 {
            let pod = makePod("probe-\(probe)", cpu: "250m", ownerUID: "rs-0")
            #expect(fromIndex.schedule(pod, now: t0, using: &a) == fromPods.schedule(pod, now: t0, using: &b))
        }
    }

    @Test func anAssumedBindingHoldsItsPlaceUntilThePodIsSeenBoundOrDeleted() {
        var index = SchedulerPodIndex()
        let pending = makePod("p", cpu: "1")
        index.update(pending)
        index.assume(pending, on: "node-1")
        #expect(index.usage(of: "node-1").podCount == 1)
        #expect(index.assumedNode(of: pending) == "node-1")
        // A change that still shows the pod unbound (written before the binding) keeps it there.
        var stale = pending
        stale.status.phase = .pending
        index.update(stale)
        #expect(index.usage(of: "node-1").podCount == 1)
        // Seen bound: no longer assumed, still counted.
        var bound = pending
        bound.spec.nodeName = "node-1"
        index.update(bound)
        #expect(index.assumedNode(of: pending) == nil)
        #expect(index.usage(of: "node-1").podCount == 1)
        index.remove(bound)
        #expect(index.usage(of: "node-1") == NodeUsage())
    }
}

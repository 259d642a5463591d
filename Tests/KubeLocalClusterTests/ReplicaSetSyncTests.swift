import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

@Suite struct ReplicaSetSyncTests {
    @Test func createsMissingPodsFromTheTemplate() throws {
        let replicaSet = makeReplicaSet(replicas: 3)
        let result = ReplicaSetSync.sync(replicaSet, pods: [], now: t0)
        #expect(result.podsToCreate.count == 3)
        let pod = try #require(result.podsToCreate.first)
        #expect(pod.metadata.generateName == "web-abc-")
        #expect(pod.metadata.labels == ["app": "web"])
        #expect(pod.metadata.controllerReference?.uid == "uid-web-abc")
        #expect(pod.spec.containers.first?.image == "web:1")
        #expect(result.status.replicas == 0)
        #expect(result.status.observedGeneration == 2)
    }

    @Test func scaleThreeToTenToZero() {
        var replicaSet = makeReplicaSet(replicas: 3)
        let template = Pod(template: replicaSet.spec.template, owner: replicaSet, namespace: "default")
        var pods = (0..<3).map { running(template, name: "p\($0)", node: "node-\($0 % 3 + 1)", ip: "10.244.0.\($0 + 2)") }
        #expect(ReplicaSetSync.sync(replicaSet, pods: pods, now: t0).podsToCreate.isEmpty)
        replicaSet.spec.replicas = 10
        let up = ReplicaSetSync.sync(replicaSet, pods: pods, now: t0)
        #expect(up.podsToCreate.count == 7)
        pods += (3..<10).map { running(template, name: "p\($0)", node: "node-\($0 % 3 + 1)", ip: "10.244.1.\($0)") }
        replicaSet.spec.replicas = 0
        let down = ReplicaSetSync.sync(replicaSet, pods: pods, now: t0)
        #expect(down.podsToDelete.count == 10)
        #expect(down.status.replicas == 10)
        #expect(down.status.readyReplicas == 10)
        #expect(down.status.availableReplicas == 10)
    }

    @Test func deletesUnscheduledThenNotReadyThenNewestFirst() {
        var replicaSet = makeReplicaSet(replicas: 2)
        replicaSet.spec.minReadySeconds = 0
        let template = Pod(template: replicaSet.spec.template, owner: replicaSet, namespace: "default")
        var unscheduled = template
        unscheduled.metadata.name = "unscheduled"
        unscheduled.metadata.uid = "uid-unscheduled"
        let notReady = running(template, name: "not-ready", node: "node-1", ip: "10.244.0.5", ready: false)
        var newest = running(template, name: "newest", node: "node-2", ip: "10.244.1.5")
        newest.metadata.creationTimestamp = at(100)
        let old1 = running(template, name: "old1", node: "node-2", ip: "10.244.1.6")
        let old2 = running(template, name: "old2", node: "node-3", ip: "10.244.2.6", readySince: at(-50))
        let result = ReplicaSetSync.sync(replicaSet, pods: [old1, old2, newest, notReady, unscheduled], now: at(200))
        // node-2 has two replicas, so its pods go before node-3's; then the more recently ready.
        #expect(result.podsToDelete.compactMap(\.metadata.name) == ["unscheduled", "not-ready", "newest"])
    }

    @Test func availabilityWaitsForMinReadySeconds() {
        var replicaSet = makeReplicaSet(replicas: 1)
        replicaSet.spec.minReadySeconds = 10
        let template = Pod(template: replicaSet.spec.template, owner: replicaSet, namespace: "default")
        let pod = running(template, name: "p", node: "node-1", ip: "10.244.0.2", readySince: at(5))
        let early = ReplicaSetSync.sync(replicaSet, pods: [pod], now: at(8))
        #expect(early.status.readyReplicas == 1)
        #expect(early.status.availableReplicas == 0)
        #expect(early.requeueAt == at(15))
        #expect(ReplicaSetSync.sync(replicaSet, pods: [pod], now: at(15)).status.availableReplicas == 1)
    }

    @Test func ignoresPodsOfOtherOwnersAndFinishedPods() {
        let replicaSet = makeReplicaSet(replicas: 1)
        let other = makePod("other", ownerUID: "someone-else", labels: ["app": "web"])
        var finished = Pod(template: replicaSet.spec.template, owner: replicaSet, namespace: "default")
        finished.status.phase = .failed
        let result = ReplicaSetSync.sync(replicaSet, pods: [other, finished], now: t0)
        #expect(result.podsToCreate.count == 1)
    }
}

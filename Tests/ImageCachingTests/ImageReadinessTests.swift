import Foundation
import KubeAPI
import Testing
@testable import ImageCaching

@Suite struct ImageReadinessTests {
    let reference = "ghcr.io/acme/app:1"

    func daemonSet(desired: Int, generation: Int64 = 2, observed: Int64 = 2) -> DaemonSet {
        DaemonSet(json: ["metadata": ["name": "g", "generation": .int(generation)],
                         "status": ["observedGeneration": .int(observed), "desiredNumberScheduled": .int(Int64(desired))]])
    }

    func pod(node: String, image: String? = nil, imageID: String = "", waiting: String? = nil, deleting: Bool = false) -> Pod {
        var json: JSONValue = [
            "metadata": ["name": .string("p-\(node)")],
            "spec": ["nodeName": .string(node), "containers": [["name": "app", "image": .string(image ?? reference)]]],
            "status": ["containerStatuses": [["name": "app", "imageID": .string(imageID), "state": .emptyObject]]],
        ]
        if let waiting { json[path: ["status", "containerStatuses"]] = [["name": "app", "imageID": "", "state": ["waiting": ["reason": .string(waiting), "message": "pull access denied"]]]] }
        if deleting { json[path: ["metadata", "deletionTimestamp"]] = "2026-11-23T10:00:00Z" }
        return Pod(json: json)
    }

    func progress(_ daemonSet: DaemonSet?, _ pods: [Pod]) -> PrefetchProgress {
        GroupSnapshot(daemonSet: daemonSet, pods: pods).progress(container: "app", reference: reference)
    }

    @Test func countsDistinctNodesWithTheCurrentReferenceOnly() {
        let result = progress(daemonSet(desired: 4), [
            pod(node: "n1", imageID: "sha256:1"), pod(node: "n1", imageID: "sha256:1"),
            pod(node: "n2", image: "ghcr.io/acme/app:0", imageID: "sha256:0"),
            pod(node: "n3", imageID: "sha256:1", deleting: true), pod(node: "n4"),
        ])
        #expect(result.eligible == 4)
        #expect(result.warm == 1)
        #expect(result.failures.isEmpty)
    }

    @Test func theSnapshotCacheRebuildsOnlyWhenTheGroupChanges() {
        let cache = GroupSnapshotCache()
        var group = daemonSet(desired: 2)
        group.metadata.resourceVersion = "1"
        var first = pod(node: "n1", imageID: "x")
        first.metadata.resourceVersion = "5"
        #expect(cache.snapshot(of: group, pods: [first]).progress(container: "app", reference: reference).warm == 1)
        var stale = first
        stale.json[path: ["status", "containerStatuses"]] = [["name": "app", "imageID": "", "state": .emptyObject]]
        #expect(cache.snapshot(of: group, pods: [stale]).progress(container: "app", reference: reference).warm == 1, "same versions: cached")
        stale.metadata.resourceVersion = "6"
        #expect(cache.snapshot(of: group, pods: [stale]).progress(container: "app", reference: reference).warm == 0, "a new version is read")
    }

    @Test func anUnobservedDaemonSetIsPending() {
        #expect(progress(daemonSet(desired: 3, generation: 3, observed: 2), []).eligible == nil)
        #expect(progress(nil, []).eligible == nil)
        #expect(ImageReadiness.from(progress(nil, [])).status == .unknown)
    }

    @Test func readyOnlyWhenEveryEligibleNodeHoldsTheImage() {
        let partial = ImageReadiness.from(progress(daemonSet(desired: 2), [pod(node: "n1", imageID: "x")]))
        #expect(partial.status == .unknown && partial.reason == "Prefetching" && partial.message == "1/2 nodes")
        let done = ImageReadiness.from(progress(daemonSet(desired: 2), [pod(node: "n1", imageID: "x"), pod(node: "n2", imageID: "x")]))
        #expect(done.status == .true && done.nodes == "2/2")
        let none = ImageReadiness.from(progress(daemonSet(desired: 0), []))
        #expect(none.status == .unknown && none.reason == "NoEligibleNodes")
    }

    @Test func failuresNameTheNodesAndTheKubeletsReason() {
        let failing = ImageReadiness.from(progress(daemonSet(desired: 3), [
            pod(node: "n1", imageID: "x"), pod(node: "n2", waiting: "ImagePullBackOff"), pod(node: "n3", waiting: "ImagePullBackOff"),
        ]))
        #expect(failing.status == .false)
        #expect(failing.reason == "ImagePullBackOff")
        #expect(failing.message == "1/3 nodes; pull failing on n2 (ImagePullBackOff: pull access denied), n3 (ImagePullBackOff: pull access denied)")
    }

    @Test func progressIsWrittenInQuartersAndEveryOtherChangeAtOnce() throws {
        var image = Image(json: ["metadata": ["name": "i", "namespace": "d", "generation": 1], "spec": ["image": .string(reference)]])
        let now = Date(timeIntervalSince1970: 1_000)
        func step(_ warm: Int, of eligible: Int) -> Bool {
            var pods = (0..<warm).map { pod(node: "n\($0)", imageID: "x") }
            pods += (warm..<eligible).map { pod(node: "n\($0)") }
            guard let updated = ImageReadiness.from(progress(daemonSet(desired: eligible), pods)).applied(to: image, now: now) else { return false }
            image = updated
            return true
        }
        let writes = (0...20).filter { step($0, of: 20) }
        #expect(writes == [0, 5, 10, 15, 20])
        #expect(image.status.conditions.isTrue("Ready"))
        #expect(image.status.observedGeneration == 1)
        #expect(image.status.annotations[ImageReadiness.nodesAnnotation] == "20/20")
        #expect(!step(20, of: 20))
        #expect(step(20, of: 21), "a new node is written at once")
        let invalid = ImageReadiness.invalid(ImageProblem(reason: "PullSecretMissing", message: "m"))
        let failed = try #require(invalid.applied(to: image, now: now))
        #expect(failed.status.conditions.condition(ofType: "Ready")?.severity == "Error")
        #expect(invalid.applied(to: failed, now: now) == nil)
    }
}

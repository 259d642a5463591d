import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

/// A one-node kubelet with whole-second steps (API times have whole seconds): 50 MB/s and 1 s of
/// latency, so the 100 MB `web:1` pulls in 3 s; sandbox 1 s, container start 1 s, readiness 1 s.
struct KubeletHarness {
    var kubelet: NodeKubelet
    var pods: [Pod] = []
    var secrets: Set<String> = []
    var deleted: [String] = []
    /// The time of the last sync, in seconds after `t0`.
    var current = 0.0

    init(timings: KubeletTimings = KubeletTimings(readinessDelaySeconds: 1), diskBytes: Int64 = 100 << 30, registry: ImageRegistry? = nil) {
        var configuration = ClusterConfiguration(nodeCount: 1)
        configuration.imageDiskBytes = diskBytes
        configuration.pullLatencySeconds = 1
        var timings = timings
        timings.sandboxSeconds = 1
        timings.containerStartSeconds = 1
        let registry = registry ?? ImageRegistry(images: [
            RegistryImage(name: "web:1", sizeBytes: 100_000_000),
            RegistryImage(name: "sidecar:1", sizeBytes: 50_000_000),
            RegistryImage(name: "init:1", sizeBytes: 50_000_000),
            RegistryImage(name: "corp/secret:1", sizeBytes: 100_000_000, isPrivate: true, pullSecretName: "regcred"),
        ])
        kubelet = NodeKubelet(profile: configuration.nodeProfile(index: 0), timings: timings, registry: registry)
    }

    /// Syncs at `time` and applies the results as the API server would.
    @discardableResult
    mutating func sync(_ time: Double) -> KubeletSyncResult {
        current = time
        let result = kubelet.sync(pods: pods, existingSecrets: secrets, now: at(time))
        for update in result.statusUpdates {
            if let index = pods.firstIndex(where: { $0.metadata.name == update.name }) { pods[index].status = update.status }
        }
        for finished in result.podsToDelete {
            pods.removeAll { $0.metadata.name == finished.name }
            deleted.append(finished.name)
        }
        return result
    }

    mutating func add(_ pod: Pod) {
        var pod = pod
        pod.spec.nodeName = kubelet.profile.name
        pods.append(pod)
    }

    func pod(_ name: String) -> Pod? { pods.first { $0.metadata.name == name } }

    /// Syncs at every wake-up the kubelet asks for until `time`, then at `time`.
    mutating func run(until time: Double) {
        sync(current)
        var guardCount = 0
        while let next = kubelet.nextEventTime, next <= at(time), guardCount < 1_000 {
            sync(next.timeIntervalSince(t0))
            guardCount += 1
        }
        sync(time)
    }

    mutating func delete(_ name: String, at time: Double, grace: Int64) {
        guard let index = pods.firstIndex(where: { $0.metadata.name == name }) else { return }
        pods[index].metadata.deletionTimestamp = at(time + Double(grace))
        pods[index].metadata.deletionGracePeriodSeconds = grace
    }
}

@Suite struct KubeletTests {
    @Test func podLifecycleFollowsTheKubelet() throws {
        var harness = KubeletHarness()
        harness.add(makePod("web", images: ["web:1"]))
        let first = harness.sync(0)
        var pod = try #require(harness.pod("web"))
        #expect(pod.status.phase == .pending)
        #expect(pod.waitingReason == "ContainerCreating")
        #expect(pod.condition("PodReadyToStartContainers")?.status == .false)
        #expect(pod.status.podIP == nil)
        #expect(pod.status.hostIP == "172.18.0.2")
        #expect(first.nextWakeAt == at(1))
        #expect(pod.status.conditions.map { $0.type ?? "" } == ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady"])

        let sandbox = harness.sync(1)
        pod = try #require(harness.pod("web"))
        #expect(pod.condition("PodReadyToStartContainers")?.status == .true)
        #expect(pod.status.podIP == "10.244.0.2")
        #expect(pod.waitingReason == "ContainerCreating")
        #expect(sandbox.nextWakeAt == at(4))  // 1 + 1 s latency + 100 MB / 50 MB/s

        harness.sync(4)
        #expect(harness.kubelet.imageStore.contains("docker.io/library/web:1"))
        harness.sync(5)
        pod = try #require(harness.pod("web"))
        #expect(pod.status.phase == .running)
        #expect(pod.app?.state.running?.startedAt == at(5))
        #expect(pod.app?.started == true)
        #expect(pod.app?.ready == false)
        #expect(pod.app?.containerID?.hasPrefix("containerd://") == true)
        #expect(pod.app?.imageID?.hasPrefix("docker.io/library/web@sha256:") == true)
        #expect(pod.condition("Ready")?.message == "containers with unready status: [app]")
        #expect(pod.condition("Ready")?.reason == "ContainersNotReady")

        let ready = harness.sync(6)
        pod = try #require(harness.pod("web"))
        #expect(pod.isReady)
        #expect(pod.condition("ContainersReady")?.lastTransitionTime == at(6))
        #expect(ready.nextWakeAt == nil)
        #expect(ready.statusUpdates.count == 1)
        #expect(harness.sync(60).statusUpdates.isEmpty)
    }

    @Test func anImagePulledOnceIsNotPulledAgain() throws {
        var harness = KubeletHarness()
        harness.add(makePod("first"))
        harness.run(until: 20)
        harness.add(makePod("second"))
        harness.run(until: 40)
        let first = try #require(harness.pod("first")?.app?.state.running?.startedAt)
        let second = try #require(harness.pod("second")?.app?.state.running?.startedAt)
        let pullSeconds = harness.kubelet.profile.pullDuration(sizeBytes: 100_000_000)
        #expect(pullSeconds == 3)
        #expect(first.timeIntervalSince(at(0)) - second.timeIntervalSince(at(20)) == pullSeconds)
        let images = harness.kubelet.imageStore.nodeStatusImages
        #expect(images.count == 1)
        #expect(images.first?.names.last == "docker.io/library/web:1")
        #expect(images.first?.sizeBytes == 100_000_000)
    }

    @Test func concurrentPullsOfOneImageAreShared() throws {
        var harness = KubeletHarness()
        harness.add(makePod("a"))
        harness.add(makePod("b"))
        harness.run(until: 10)
        #expect(harness.pod("a")?.app?.state.running?.startedAt == at(5))
        #expect(harness.pod("b")?.app?.state.running?.startedAt == at(5))
    }

    @Test func pullsAreSerializedPerNode() throws {
        var harness = KubeletHarness()
        harness.add(makePod("web", images: ["web:1"]))
        harness.add(makePod("side", images: ["sidecar:1"]))
        harness.run(until: 10)
        // Both pods ask at 1; the first pull (pod keys in order: uid-side, uid-web) takes 2 s, the second 3 s.
        #expect(harness.pod("side")?.app?.state.running?.startedAt == at(4))
        #expect(harness.pod("web")?.app?.state.running?.startedAt == at(7))
    }

    @Test func unknownImageErrImagePullThenBackOff() throws {
        var harness = KubeletHarness()
        harness.add(makePod("bad", images: ["nosuch:1"]))
        harness.sync(0)
        harness.sync(1)
        let failed = harness.sync(2)
        var pod = try #require(harness.pod("bad"))
        #expect(pod.waitingReason == "ErrImagePull")
        #expect(pod.app?.state.waiting?.message == "rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nosuch:1\": failed to resolve reference \"docker.io/library/nosuch:1\": docker.io/library/nosuch:1: not found")
        #expect(failed.nextWakeAt == at(3))
        harness.sync(3)
        pod = try #require(harness.pod("bad"))
        #expect(pod.waitingReason == "ImagePullBackOff")
        #expect(pod.app?.state.waiting?.message == "Back-off pulling image \"nosuch:1\"")
        #expect(pod.status.phase == .pending)
        // Retry after 10 s, fail again after the latency, then back off 20 s.
        #expect(harness.kubelet.nextEventTime == at(12))
        harness.sync(13)
        #expect(harness.pod("bad")?.waitingReason == "ErrImagePull")
        #expect(harness.kubelet.nextEventTime == at(14))
        harness.sync(14)
        #expect(harness.kubelet.nextEventTime == at(33))
    }

    @Test func privateImageNeedsTheMatchingPullSecret() throws {
        var harness = KubeletHarness()
        harness.add(makePod("nosecret", images: ["corp/secret:1"]))
        harness.run(until: 2)
        let pod = try #require(harness.pod("nosecret"))
        #expect(pod.waitingReason == "ErrImagePull")
        #expect(pod.app?.state.waiting?.message?.contains("pull access denied, repository does not exist or may require authorization") == true)

        var withSecret = makePod("withsecret", images: ["corp/secret:1"])
        var reference = LocalObjectReference()
        reference.name = "regcred"
        withSecret.spec.imagePullSecrets = [reference]
        harness.secrets = ["default/regcred"]
        harness.add(withSecret)
        harness.run(until: 30)
        #expect(harness.pod("withsecret")?.status.phase == .running)
    }

    @Test func neverPolicyWaitsForTheImage() throws {
        var harness = KubeletHarness()
        harness.add(makePod("never", images: ["web:1"], pullPolicy: .never))
        harness.run(until: 5)
        #expect(harness.pod("never")?.waitingReason == "ErrImageNeverPull")
        #expect(harness.pod("never")?.app?.state.waiting?.message == "Container image \"web:1\" is not present with pull policy of Never")
        harness.add(makePod("puller", images: ["web:1"]))
        harness.run(until: 20)
        #expect(harness.pod("never")?.status.phase == .running)
    }

    @Test func alwaysPolicyPaysOnlyTheLatencyForAPresentImage() throws {
        var harness = KubeletHarness()
        try harness.kubelet.preload("web:1", at: t0)
        harness.add(makePod("always", images: ["web:1"], pullPolicy: .always))
        harness.add(makePod("cached", images: ["web:1"], pullPolicy: .ifNotPresent))
        harness.run(until: 10)
        #expect(harness.pod("cached")?.app?.state.running?.startedAt == at(2))
        #expect(harness.pod("always")?.app?.state.running?.startedAt == at(3))
    }

    @Test func initContainersRunInOrder() throws {
        var harness = KubeletHarness(timings: KubeletTimings(readinessDelaySeconds: 0))
        harness.add(makePod("init", images: ["web:1"], initImages: ["init:1", "init:1"]))
        harness.run(until: 1.0)
        var pod = try #require(harness.pod("init"))
        #expect(pod.condition("Initialized")?.message == "containers with incomplete status: [init-0 init-1]")
        #expect(pod.condition("Initialized")?.reason == "ContainersNotInitialized")
        #expect(pod.waitingReason == "PodInitializing")
        #expect(pod.status.initContainerStatuses.map { $0.state.waiting?.reason } == ["PodInitializing", "PodInitializing"])
        // init-0: pull 1 → 3, start 4, exits 5; init-1: image present, start 6, exits 7.
        harness.run(until: 4.5)
        pod = try #require(harness.pod("init"))
        #expect(pod.status.initContainerStatuses.first?.state.running != nil)
        #expect(pod.status.initContainerStatuses.last?.state.waiting?.reason == "PodInitializing")
        harness.run(until: 7.5)
        pod = try #require(harness.pod("init"))
        #expect(pod.status.initContainerStatuses.map { $0.state.terminated?.reason } == ["Completed", "Completed"])
        #expect(pod.condition("Initialized")?.status == .true)
        #expect(pod.status.phase == .pending)
        #expect(pod.waitingReason == "PodInitializing")
        harness.run(until: 20)
        pod = try #require(harness.pod("init"))
        // app: pull 3 s from 7 → 10, running 11.
        #expect(pod.app?.state.running?.startedAt == at(11))
        #expect(pod.isReady)
    }

    @Test func deletionHonoursTheGracePeriod() throws {
        var harness = KubeletHarness(timings: KubeletTimings(readinessDelaySeconds: 0, shutdownSeconds: 2))
        harness.add(makePod("graceful"))
        harness.add(makePod("stubborn"))
        harness.run(until: 10)
        harness.delete("graceful", at: 10, grace: 30)
        harness.delete("stubborn", at: 10, grace: 1)
        harness.sync(10)
        #expect(harness.pod("graceful")?.app?.state.running != nil)
        harness.run(until: 11)
        #expect(harness.deleted == ["stubborn"])
        harness.run(until: 12)
        #expect(harness.deleted == ["stubborn", "graceful"])
    }

    @Test func theGracePeriodRunsFromWhenTheKubeletSeesAnOldDeletion() throws {
        // The server stamped the deletion by another clock, long before the kubelet's now.
        var harness = KubeletHarness(timings: KubeletTimings(readinessDelaySeconds: 0, shutdownSeconds: 60))
        harness.add(makePod("p"))
        harness.run(until: 100)
        harness.delete("p", at: -1000, grace: 30)
        harness.sync(100)
        #expect(harness.deleted.isEmpty)
        harness.run(until: 129)
        #expect(harness.deleted.isEmpty)
        harness.run(until: 131)
        #expect(harness.deleted == ["p"])
    }

    @Test func aPodDeletedBeforeItsKubeletRanItIsDeletedAtOnce() throws {
        var kubelet = NodeKubelet(profile: ClusterConfiguration().nodeProfile(index: 0), timings: KubeletTimings(), registry: ImageRegistry(defaultImageSize: 1))
        var pod = makePod("p", nodeName: "node-1")
        pod.metadata.deletionTimestamp = at(30)
        pod.metadata.deletionGracePeriodSeconds = 30
        let result = kubelet.sync(pods: [pod], existingSecrets: [], now: at(0))
        #expect(result.podsToDelete.map(\.name) == ["p"])
        #expect(result.statusUpdates.isEmpty)
    }

    @Test func terminatedStatusBeforeDeletion() throws {
        var harness = KubeletHarness(timings: KubeletTimings(readinessDelaySeconds: 0, shutdownSeconds: 5))
        harness.add(makePod("p"))
        harness.run(until: 10)
        harness.delete("p", at: 10, grace: 2)
        var result = harness.kubelet.sync(pods: harness.pods, existingSecrets: [], now: at(12))
        let update = try #require(result.statusUpdates.first)
        #expect(update.status.phase == .failed)
        #expect(update.status.containerStatuses.first?.state.terminated?.exitCode == 137)
        #expect(update.status.containerStatuses.first?.state.terminated?.finishedAt == at(12))
        #expect(update.status.conditions.condition(ofType: "Ready")?.reason == "PodCompleted")
        #expect(result.podsToDelete.map(\.name) == ["p"])
        result = harness.kubelet.sync(pods: [], existingSecrets: [], now: at(13))
        #expect(result.statusUpdates.isEmpty)
    }

    @Test func crashingContainerRestartsWithBackOff() throws {
        var harness = KubeletHarness(timings: KubeletTimings(readinessDelaySeconds: 0))
        var pod = makePod("crash")
        pod.metadata.annotations = ["kubelocal.thaw.dev/exit-after-seconds": "5", "kubelocal.thaw.dev/exit-code": "1"]
        harness.add(pod)
        harness.run(until: 11)  // running at 5, exits at 10
        pod = try #require(harness.pod("crash"))
        #expect(pod.app?.restartCount == 1)
        #expect(pod.waitingReason == "CrashLoopBackOff")
        #expect(pod.app?.state.waiting?.message == "back-off 10s restarting failed container=app pod=crash_default(uid-crash)")
        #expect(pod.app?.lastState.terminated?.exitCode == 1)
        #expect(pod.app?.lastState.terminated?.reason == "Error")
        #expect(pod.status.phase == .running)
        harness.run(until: 21)  // back-off until 20, start 1 s
        #expect(harness.pod("crash")?.app?.state.running?.startedAt == at(21))
    }

    @Test func succeededPodWithRestartPolicyNever() throws {
        var harness = KubeletHarness(timings: KubeletTimings(readinessDelaySeconds: 0))
        var pod = makePod("job")
        pod.spec.restartPolicy = "Never"
        pod.metadata.annotations = ["kubelocal.thaw.dev/exit-after-seconds": "1"]
        harness.add(pod)
        harness.run(until: 10)
        pod = try #require(harness.pod("job"))
        #expect(pod.status.phase == .succeeded)
        #expect(pod.app?.state.terminated?.reason == "Completed")
        #expect(pod.condition("Ready")?.reason == "PodCompleted")
    }

    @Test func imageGarbageCollectionFreesDiskButKeepsImagesInUse() throws {
        let registry = ImageRegistry(images: [
            RegistryImage(name: "a:1", sizeBytes: 400), RegistryImage(name: "b:1", sizeBytes: 400),
            RegistryImage(name: "c:1", sizeBytes: 400),
        ])
        var harness = KubeletHarness(
            timings: KubeletTimings(readinessDelaySeconds: 0, imageMinimumGCAgeSeconds: 0), diskBytes: 1_000, registry: registry)
        try harness.kubelet.preload("a:1", at: at(0))  // oldest, but in use below
        try harness.kubelet.preload("b:1", at: at(1))
        harness.add(makePod("user", images: ["a:1"], pullPolicy: .ifNotPresent))
        harness.run(until: 5)
        #expect(harness.kubelet.imageStore.usedBytes == 800)  // 80 %: below the 85 % threshold
        try harness.kubelet.preload("c:1", at: at(6))  // 1200 bytes: 120 %
        let result = harness.sync(7)
        #expect(result.collectedImages == ["docker.io/library/b:1"])
        #expect(result.imagesChanged)
        #expect(harness.kubelet.imageStore.contains("a:1"))
        #expect(harness.kubelet.imageStore.contains("c:1"))
        #expect(harness.kubelet.imageStore.usedBytes == 800)
    }

    @Test func podIPsComeFromTheNodeRangeAndAreReused() throws {
        var harness = KubeletHarness(timings: KubeletTimings(readinessDelaySeconds: 0, shutdownSeconds: 0))
        harness.add(makePod("a"))
        harness.add(makePod("b"))
        harness.run(until: 5)
        #expect(Set([harness.pod("a")?.status.podIP, harness.pod("b")?.status.podIP]) == ["10.244.0.2", "10.244.0.3"])
        let aIP = harness.pod("a")?.status.podIP
        harness.delete("a", at: 5, grace: 30)
        harness.run(until: 6)
        harness.add(makePod("c"))
        harness.run(until: 10)
        #expect(harness.pod("c")?.status.podIP == aIP)
    }
}

import Foundation
import KubeAPI

/// The simulated kubelet of one node, as a pure state machine: given the pods bound to the node (as
/// the API server has them) and the current simulated time, `sync` advances every pod through its
/// life in exact time order and returns the statuses the kubelet would write, the pods to delete,
/// the node's images, and when to call it next. It never reads a clock and has no randomness, so
/// the same inputs always give the same outputs.
///
/// Pulls are serialized per node and shared between pods; images stay in the node's store, so a
/// second pod using an image starts sooner by exactly that image's pull time; the store is garbage
/// collected above the configured disk threshold, least recently used first, never touching an
/// image a pod on the node uses.
public struct NodeKubelet: Sendable {
    public let profile: NodeProfile
    public let timings: KubeletTimings
    private var context: KubeletContext
    private var pods: [String: PodRuntime] = [:]
    private var ipPool = PodIPPool()
    private var processedUntil: Date?

    public init(profile: NodeProfile, timings: KubeletTimings, registry: ImageRegistry) {
        self.profile = profile
        self.timings = timings
        context = KubeletContext(profile: profile, timings: timings, registry: registry, store: NodeImageStore(), puller: ImagePuller())
    }

    /// The node's image store.
    public var imageStore: NodeImageStore { context.store }

    /// Puts an image on the node without pulling it (an image baked into the node, or a test setup).
    /// - Throws: `ImagePullFailureError` when the registry does not know the image.
    public mutating func preload(_ imageName: String, at time: Date) throws(ImagePullFailureError) {
        guard let image = context.registry.image(named: imageName) else {
            throw ImagePullFailureError(.notFound(image: imageName))
        }
        context.store.add(image, at: time)
    }

    /// Advances the node to `now` and reports what changed.
    /// - Parameters:
    ///   - pods: every pod bound to this node, as the API server has them (others are ignored).
    ///   - existingSecrets: `namespace/name` of the secrets that exist, to resolve `imagePullSecrets`.
    public mutating func sync(pods apiPods: [Pod], existingSecrets: Set<String>, now: Date) -> KubeletSyncResult {
        let imagesBefore = context.store.nodeStatusImages
        let start = min(processedUntil ?? now, now)
        let bound = apiPods.filter { $0.spec.nodeName == profile.name }
        var byUID: [String: Pod] = [:]
        for pod in bound { byUID[PodRuntime.key(of: pod)] = pod }

        // Pods gone from the API server: forget them and free their addresses.
        for (uid, runtime) in pods where byUID[uid] == nil {
            if let offset = runtime.podIPOffset, !runtime.podIPReleased { ipPool.release(offset) }
            pods[uid] = nil
        }
        // Deletions, applied at their request time in order. The grace period runs from when the
        // kubelet applies the request (the server's clock may not be the simulated one).
        let deletions = bound.compactMap { pod -> (String, Date, Date)? in
            let uid = PodRuntime.key(of: pod)
            guard pod.metadata.isBeingDeleted, let runtime = pods[uid], runtime.deletion == nil else { return nil }
            let grace = Double(pod.metadata.deletionGracePeriodSeconds ?? 0)
            let deadline = pod.metadata.deletionTimestamp ?? now
            let requested = min(max(deadline.addingTimeInterval(-grace), start), now)
            return (uid, requested, requested.addingTimeInterval(grace))
        }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        for (uid, requestedAt, deadline) in deletions {
            advance(to: requestedAt)
            pods[uid]?.beginDeletion(requestedAt: requestedAt, deadline: deadline, timings: timings)
        }
        advance(to: now)
        // New pods start now (terminal pods from before a restart are not restarted).
        for pod in bound.sorted(by: { PodRuntime.key(of: $0) < PodRuntime.key(of: $1) }) {
            let uid = PodRuntime.key(of: pod)
            guard pods[uid] == nil, !pod.isTerminal, !pod.metadata.isBeingDeleted else { continue }
            let namespace = pod.metadata.namespace ?? ""
            let offered = Set(pod.spec.imagePullSecrets.compactMap(\.name).filter { existingSecrets.contains("\(namespace)/\($0)") })
            var runtime = PodRuntime(pod: pod, seenAt: now, offeredSecrets: offered, timings: timings)
            runtime.updateConditions(at: now)
            pods[uid] = runtime
        }
        advance(to: now)
        processedUntil = now

        var result = KubeletSyncResult()
        let inUse = pods.values.filter { $0.finishedAt == nil }.reduce(into: Set<String>()) { $0.formUnion($1.imagesInUse) }
        result.collectedImages = context.store.collectGarbage(
            diskBytes: profile.imageDiskBytes, highThresholdPercent: timings.imageGCHighThresholdPercent,
            lowThresholdPercent: timings.imageGCLowThresholdPercent, minimumAgeSeconds: timings.imageMinimumGCAgeSeconds,
            inUse: inUse, now: now)
        for uid in pods.keys.sorted() {
            guard let runtime = pods[uid], let apiPod = byUID[uid] else { continue }
            let namespace = apiPod.metadata.namespace ?? ""
            let name = apiPod.metadata.name ?? ""
            let status = PodStatusBuilder.status(of: runtime, profile: profile, registry: context.registry, previous: apiPod.status)
            if status != apiPod.status {
                result.statusUpdates.append(.init(namespace: namespace, name: name, uid: apiPod.metadata.uid, status: status))
            }
            if runtime.finishedAt != nil, apiPod.metadata.isBeingDeleted {
                result.podsToDelete.append(.init(namespace: namespace, name: name, uid: apiPod.metadata.uid))
            }
        }
        // Pods deleted before this kubelet ran anything of theirs: nothing to stop.
        for pod in bound where pod.metadata.isBeingDeleted && pods[PodRuntime.key(of: pod)] == nil {
            result.podsToDelete.append(.init(namespace: pod.metadata.namespace ?? "", name: pod.metadata.name ?? "", uid: pod.metadata.uid))
        }
        for uid in pods.keys.sorted() where !(pods[uid]?.events.isEmpty ?? true) {
            result.events += pods[uid]?.events ?? []
            pods[uid]?.events = []
        }
        result.events.sort { $0.time < $1.time }
        result.nodeImages = context.store.nodeStatusImages
        result.imagesChanged = result.nodeImages != imagesBefore
        result.nextWakeAt = nextEventTime
        return result
    }

    /// The next time anything on the node changes.
    public var nextEventTime: Date? {
        ([context.puller.nextCompletion] + pods.values.map(\.nextEventTime)).compactMap { $0 }.min()
    }

    /// Processes every event up to and including `time`, earliest first.
    private mutating func advance(to time: Date) {
        while let next = nextEventTime, next <= time {
            let completed = context.puller.complete(upTo: next)
            for pull in completed {
                if let image = pull.image { context.store.add(image, at: pull.finishesAt) }
            }
            let uids = pods.keys.sorted()
            if !completed.isEmpty {
                for uid in uids { pods[uid]?.recheckNeverPull(at: next, context: context) }
            }
            for uid in uids {
                guard var runtime = pods[uid], let due = runtime.nextEventTime, due <= next else { continue }
                runtime.advance(at: next, context: &context)
                if runtime.sandboxReady, runtime.podIPOffset == nil, runtime.finishedAt == nil {
                    runtime.podIPOffset = ipPool.allocate()
                }
                if runtime.finishedAt != nil, let offset = runtime.podIPOffset, !runtime.podIPReleased {
                    ipPool.release(offset)
                    runtime.podIPReleased = true
                }
                runtime.updateConditions(at: next)
                pods[uid] = runtime
            }
        }
    }
}

extension PodRuntime {
    /// How the kubelet identifies a pod: its uid, or `namespace/name` when it has none.
    static func key(of pod: Pod) -> String { pod.metadata.uid ?? pod.metadata.key }
}

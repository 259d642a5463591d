import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Logging

/// Keeps one pool's prefetch DaemonSets as `GroupPlanner` plans them. The key is the pool:
/// its namespace and its `CachePool.identity`.
///
/// Level-based: the members are read from the Image cache (handled, valid, not being deleted, in
/// this pool) and the groups from the DaemonSet cache; only differences are written. A group is
/// created when it appears, updated in place when its members or template change (never deleted
/// and recreated; updates of one group are spaced by `groupUpdateInterval`), and deleted when its
/// last member leaves. After each write the reconcile waits (bounded) until the cache shows it.
/// Throws the client's errors, so the key is retried with back-off; a conflict re-plans quietly.
struct ImageGroupReconciler: Reconciler {
    let client: KubeClient
    let images: Store<Image>
    let daemonSets: Store<DaemonSet>
    /// Fed the DaemonSet informer's deletions.
    let removals: RemovalWaiters
    let admission: ImageAdmission
    let throttle: GroupWriteThrottle
    let logger: Logger

    var configuration: ImageCacheConfiguration { admission.configuration }

    /// The key of the pool `identity` in `namespace`.
    static func key(namespace: String, identity: String) -> ObjectKey { ObjectKey(namespace: namespace, name: identity) }

    func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        do {
            let delay = try await sync(namespace: request.namespace, identity: request.name)
            return delay > .zero ? .requeue(after: delay) : .done
        } catch let error as KubeAPIError where error.isConflict || error.isAlreadyExists || error.isNotFound {
            // Someone wrote first (or the cache had not caught up with a write or a deletion): plan
            // again from fresh state.
            logger.debug("prefetch DaemonSet changed meanwhile; planning again", metadata: ["pool": "\(request)", "error": "\(error)"])
            return .requeue(after: .milliseconds(100))
        }
    }

    /// Brings the pool's DaemonSets to the plan; returns how long until a throttled update may be written.
    private func sync(namespace: String, identity: String) async throws -> Duration {
        var pool: CachePool?
        var members: [PrefetchMember] = []
        for image in images.list(namespace: namespace) where admission.handles(image) && !image.metadata.isBeingDeleted {
            guard case .success(let candidate) = admission.pool(of: image), candidate.identity == identity,
                let name = image.metadata.name, let uid = image.metadata.uid, let reference = image.spec.image
            else { continue }
            pool = candidate
            members.append(PrefetchMember(name: name, uid: uid, reference: reference))
        }
        var existing: [Int: DaemonSet] = [:]
        for daemonSet in daemonSets.list(namespace: namespace)
        where PrefetchDaemonSet.isManaged(daemonSet, imageClass: configuration.imageClass)
            && daemonSet.metadata.annotations[PrefetchDaemonSet.poolAnnotation] == identity {
            if let index = PrefetchDaemonSet.index(of: daemonSet) { existing[index] = daemonSet }
        }
        let plan = GroupPlanner.plan(members: members.map(\.name),
                                     existing: existing.map { CacheGroup(index: $0.key, members: PrefetchDaemonSet.members(of: $0.value)) },
                                     capacity: configuration.groupSize)
        var delay = Duration.zero
        if let pool {
            let byName = Dictionary(members.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let pullSecrets = pullSecrets(of: pool)
            for group in plan.groups {
                let desired = PrefetchDaemonSet.build(.init(pool: pool, index: group.index, members: group.members.compactMap { byName[$0] },
                                                            pullSecrets: pullSecrets, configuration: configuration))
                delay = max(delay, try await write(desired, over: existing[group.index], members: group.members.count))
            }
        }
        for index in plan.emptied {  // every group when the pool has no member left
            if let name = existing[index]?.metadata.name { try await delete(name, namespace: namespace) }
        }
        return delay
    }

    /// Creates `desired`, or updates `current` to it when its spec hash differs and the group's
    /// update spacing allows; returns the remaining spacing when it does not.
    private func write(_ desired: DaemonSet, over current: DaemonSet?, members: Int) async throws -> Duration {
        let name = desired.metadata.name ?? "", namespace = desired.metadata.namespace ?? ""
        let resource = client.resource(DaemonSet.self, namespace: namespace)
        let throttleKey = "\(namespace)/\(name)"
        guard let current else {
            let stored = try await resource.create(desired)
            throttle.recordUpdate(of: throttleKey)
            await CacheCatchUp.wait(for: stored.metadata.resourceVersion, in: daemonSets)
            logger.info("created prefetch DaemonSet", metadata: ["daemonset": "\(throttleKey)", "images": "\(members)"])
            return .zero
        }
        let hash = PrefetchDaemonSet.specHashAnnotation
        guard current.metadata.annotations[hash] != desired.metadata.annotations[hash] else { return .zero }
        let wait = throttle.wait(for: throttleKey)
        guard wait == .zero else { return wait }
        var updated = current
        updated.json["spec"] = desired.json["spec"]
        updated.metadata.labels.merge(desired.metadata.labels) { _, new in new }
        updated.metadata.annotations.merge(desired.metadata.annotations) { _, new in new }
        updated.metadata.ownerReferences = desired.metadata.ownerReferences
        let stored = try await resource.update(updated)
        throttle.recordUpdate(of: throttleKey)
        await CacheCatchUp.wait(for: stored.metadata.resourceVersion, in: daemonSets)
        logger.debug("updated prefetch DaemonSet", metadata: ["daemonset": "\(throttleKey)", "images": "\(members)"])
        return .zero
    }

    private func delete(_ name: String, namespace: String) async throws {
        do {
            _ = try await client.resource(DaemonSet.self, namespace: namespace).delete(name)
        } catch let error as KubeAPIError where error.isNotFound {}
        throttle.forget("\(namespace)/\(name)")
        await CacheCatchUp.waitForRemoval(of: ObjectKey(namespace: namespace, name: name), in: daemonSets, removals: removals)
        logger.info("deleted prefetch DaemonSet without images", metadata: ["daemonset": "\(namespace)/\(name)"])
    }

    /// The pool's pull secrets plus those of the service account its pods run as.
    private func pullSecrets(of pool: CachePool) -> [String] {
        let account = admission.serviceAccount(pool.namespace, pool.serviceAccountName ?? "default")
        return Array(Set(pool.pullSecrets + (account?.imagePullSecrets.compactMap(\.name) ?? []))).sorted()
    }
}

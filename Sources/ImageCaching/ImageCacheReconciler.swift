import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Logging

/// Reconciles one Image: keeps its pool's prefetch DaemonSets as `GroupPlanner` plans them and
/// writes the Image's Ready condition.
///
/// Level-based: whatever event brought the key, the reconcile re-plans every pool the Image is
/// (or was) part of from the caches and writes only what differs: a DaemonSet is created when a
/// group appears, updated in place when its members or template change (never deleted and
/// recreated), and deleted when its last member leaves. An Image of another class, an invalid one
/// or a deleted one leaves its group. Invalid Images (bad reference, missing pull secret or
/// service account, bad node selector) get Ready=False and a Warning event, and no pods.
/// Throws the client's errors, so the key is retried with back-off.
public struct ImageCacheReconciler: Reconciler {
    let client: KubeClient
    let images: Store<Image>
    let daemonSets: Store<DaemonSet>
    let pods: Store<Pod>
    let admission: ImageAdmission
    let recorder: EventRecorder
    let wallClock: @Sendable () -> Date
    let logger: Logger

    var configuration: ImageCacheConfiguration { admission.configuration }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        let image = images.get(request)
        var verdict: Result<CachePool, ImageProblem>?
        if let image, admission.handles(image), !image.metadata.isBeingDeleted { verdict = admission.pool(of: image) }
        let managed = daemonSets.list(namespace: request.namespace).filter { PrefetchDaemonSet.isManaged($0, imageClass: configuration.imageClass) }
        var identities = Set<String>()
        if case .success(let pool) = verdict { identities.insert(pool.identity) }
        for daemonSet in managed where PrefetchDaemonSet.members(of: daemonSet).contains(request.name) {
            identities.insert(daemonSet.metadata.annotations[PrefetchDaemonSet.poolAnnotation] ?? "")
        }
        var written: [String: DaemonSet] = [:]
        for identity in identities.sorted() {
            let result = try await syncPool(namespace: request.namespace, identity: identity, managed: managed)
            written.merge(result) { _, new in new }
        }
        guard let image, let verdict else { return .done }
        let readiness: ImageReadiness
        switch verdict {
        case .failure(let problem):
            readiness = .invalid(problem)
        case .success(let pool):
            readiness = .from(progress(of: image, in: pool, written: written))
        }
        return try await write(readiness, to: image)
    }

    /// The prefetch progress of `image`, a member of `pool`.
    private func progress(of image: Image, in pool: CachePool, written: [String: DaemonSet]) -> PrefetchProgress {
        let name = image.metadata.name ?? ""
        let group = daemonSets.list(namespace: pool.namespace).first {
            PrefetchDaemonSet.isManaged($0, imageClass: configuration.imageClass)
                && $0.metadata.annotations[PrefetchDaemonSet.poolAnnotation] == pool.identity
                && PrefetchDaemonSet.members(of: $0).contains(name)
        }
        // A group written just now is not in the cache yet: its pods are not counted until it is.
        guard let group, let groupName = group.metadata.name, written[groupName] == nil else {
            return PrefetchProgress(eligible: nil, warm: 0, failures: [])
        }
        let groupPods = pods.list(namespace: pool.namespace).filter { $0.metadata.labels[PrefetchDaemonSet.groupLabel] == groupName }
        return PrefetchProgress.evaluate(reference: image.spec.image ?? "", container: PrefetchMember.containerName(for: name),
                                         daemonSet: group, pods: groupPods)
    }

    /// Brings the DaemonSets of the pool `identity` in `namespace` to the plan; returns those written.
    private func syncPool(namespace: String, identity: String, managed: [DaemonSet]) async throws -> [String: DaemonSet] {
        var pool: CachePool?
        var members: [PrefetchMember] = []
        for image in images.list(namespace: namespace).sorted(by: { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") })
        where admission.handles(image) && !image.metadata.isBeingDeleted {
            guard case .success(let candidate) = admission.pool(of: image), candidate.identity == identity,
                let name = image.metadata.name, let uid = image.metadata.uid, let reference = image.spec.image
            else { continue }
            pool = candidate
            members.append(PrefetchMember(name: name, uid: uid, reference: reference))
        }
        var existing: [Int: DaemonSet] = [:]
        for daemonSet in managed where daemonSet.metadata.annotations[PrefetchDaemonSet.poolAnnotation] == identity {
            if let index = PrefetchDaemonSet.index(of: daemonSet) { existing[index] = daemonSet }
        }
        let plan = GroupPlanner.plan(members: members.map(\.name),
                                     existing: existing.map { CacheGroup(index: $0.key, members: PrefetchDaemonSet.members(of: $0.value)) },
                                     capacity: configuration.groupSize)
        let resource = client.resource(DaemonSet.self, namespace: namespace)
        var written: [String: DaemonSet] = [:]
        if let pool {
            let byName = Dictionary(members.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let pullSecrets = pullSecrets(of: pool)
            for group in plan.groups {
                let desired = PrefetchDaemonSet.build(.init(pool: pool, index: group.index, members: group.members.compactMap { byName[$0] },
                                                            pullSecrets: pullSecrets, configuration: configuration))
                let name = desired.metadata.name ?? ""
                if let current = existing[group.index] {
                    let hash = PrefetchDaemonSet.specHashAnnotation
                    guard current.metadata.annotations[hash] != desired.metadata.annotations[hash] else { continue }
                    var updated = current
                    updated.json["spec"] = desired.json["spec"]
                    updated.metadata.labels.merge(desired.metadata.labels) { _, new in new }
                    updated.metadata.annotations.merge(desired.metadata.annotations) { _, new in new }
                    updated.metadata.ownerReferences = desired.metadata.ownerReferences
                    written[name] = try await resource.update(updated)
                    logger.debug("updated prefetch DaemonSet", metadata: ["daemonset": "\(namespace)/\(name)", "images": "\(group.members.count)"])
                } else {
                    written[name] = try await resource.create(desired)
                    logger.info("created prefetch DaemonSet", metadata: ["daemonset": "\(namespace)/\(name)", "images": "\(group.members.count)"])
                }
            }
        }
        let emptied = pool == nil ? existing.keys.sorted() : plan.emptied
        for index in emptied {
            guard let name = existing[index]?.metadata.name else { continue }
            do {
                _ = try await resource.delete(name)
                logger.info("deleted prefetch DaemonSet without images", metadata: ["daemonset": "\(namespace)/\(name)"])
            } catch let error as KubeAPIError where error.isNotFound {}
        }
        return written
    }

    /// The pool's pull secrets plus those of the service account its pods run as.
    private func pullSecrets(of pool: CachePool) -> [String] {
        let account = admission.serviceAccount(pool.namespace, pool.serviceAccountName ?? "default")
        return Array(Set(pool.pullSecrets + (account?.imagePullSecrets.compactMap(\.name) ?? []))).sorted()
    }

    /// Writes the Image's status when `readiness` changes it, with a Warning event on failure.
    private func write(_ readiness: ImageReadiness, to image: Image) async throws -> ReconcileResult {
        guard let updated = readiness.applied(to: image, now: wallClock()) else { return .done }
        let previous = image.status.conditions.condition(ofType: ImageReadiness.conditionType)
        do {
            _ = try await client.resource(Image.self, namespace: image.metadata.namespace ?? "default").updateStatus(updated)
        } catch let error as KubeAPIError where error.isConflict {
            return .requeue(after: .zero)  // the cache is behind; the newer Image is on its way
        } catch let error as KubeAPIError where error.isNotFound {
            return .done
        }
        if readiness.status == .false, previous?.status != .false || previous?.reason != readiness.reason {
            do {
                try await recorder.record(image, type: "Warning", reason: readiness.reason, message: readiness.message)
            } catch {
                logger.warning("could not record an event", metadata: ["image": "\(ObjectKey(image))", "error": "\(error)"])
            }
        }
        return .done
    }
}

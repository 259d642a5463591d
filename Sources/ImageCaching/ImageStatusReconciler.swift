import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Logging

/// Writes one Image's Ready condition (see `ImageReadiness`) from the caches: the Image, its
/// group's DaemonSet and that group's pods. Writes nothing for Images of another class, and only
/// when the condition changes; records a Warning event when it turns False (or its reason
/// changes while False). Throws the client's errors, so the key is retried with back-off.
struct ImageStatusReconciler: Reconciler {
    let client: KubeClient
    let images: Store<Image>
    let daemonSets: Store<DaemonSet>
    let pods: Store<Pod>
    let podIndex: GroupPodIndex
    let snapshots: GroupSnapshotCache
    let admission: ImageAdmission
    let recorder: EventRecorder
    let wallClock: @Sendable () -> Date
    let logger: Logger

    func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard let image = images.get(request), admission.handles(image), !image.metadata.isBeingDeleted else { return .done }
        let readiness: ImageReadiness
        switch admission.pool(of: image) {
        case .failure(let problem): readiness = .invalid(problem)
        case .success(let pool): readiness = .from(progress(of: image, in: pool))
        }
        guard let updated = readiness.applied(to: image, now: wallClock()) else { return .done }
        do {
            let stored = try await client.resource(Image.self, namespace: request.namespace).updateStatus(updated)
            await CacheCatchUp.wait(for: stored.metadata.resourceVersion, in: images)
        } catch let error as KubeAPIError where error.isConflict {
            return .requeue(after: .milliseconds(50))  // the cache is behind; the newer Image is on its way
        } catch let error as KubeAPIError where error.isNotFound {
            return .done
        }
        let previous = image.status.conditions.condition(ofType: ImageReadiness.conditionType)
        if readiness.status == .false, previous?.status != .false || previous?.reason != readiness.reason {
            do {
                try await recorder.record(image, type: "Warning", reason: readiness.reason, message: readiness.message)
            } catch {
                logger.warning("could not record an event", metadata: ["image": "\(request)", "error": "\(error)"])
            }
        }
        return .done
    }

    /// The prefetch progress of `image`, a member of `pool`.
    private func progress(of image: Image, in pool: CachePool) -> PrefetchProgress {
        let name = image.metadata.name ?? ""
        let group = daemonSets.list(namespace: pool.namespace).first {
            PrefetchDaemonSet.isManaged($0, imageClass: admission.configuration.imageClass)
                && $0.metadata.annotations[PrefetchDaemonSet.poolAnnotation] == pool.identity
                && PrefetchDaemonSet.members(of: $0).contains(name)
        }
        guard let group else { return PrefetchProgress(eligible: nil, warm: 0, failures: []) }
        return snapshots.snapshot(of: group, pods: podIndex.pods(of: ObjectKey(group), in: pods))
            .progress(container: PrefetchMember.containerName(for: name), reference: image.spec.image ?? "")
    }
}

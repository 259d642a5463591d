import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Logging

/// Wires the image-cache controllers onto a `Manager`:
/// - `image-cache-groups` (keyed by pool) keeps the prefetch DaemonSets; it reacts to Images,
///   its DaemonSets, Secrets and ServiceAccounts;
/// - `image-cache` (keyed by Image) keeps each Image's Ready condition; it reacts to Images, its
///   DaemonSets and their pods.
/// Splitting them keeps the storm of pod status changes away from the planning work.
public enum ImageCacheController {
    /// The status controller's name; the group controller is `<name>-groups`. Events come from `thaw-<name>`.
    public static let name = "image-cache"

    /// Registers both controllers.
    /// - Parameters:
    ///   - namespace: watch one namespace, or all when `nil`.
    ///   - wallClock: the time of status conditions and of group-update spacing.
    /// - Throws: `ImageCacheConfigurationError` for an invalid configuration,
    ///   `ConfigurationError` for invalid controller options.
    public static func register(
        on manager: Manager, configuration: ImageCacheConfiguration, namespace: String? = nil, options: ControllerOptions = .init(),
        wallClock: @escaping @Sendable () -> Date = { Date() }, logger: Logger = Logger(label: "thaw.image-cache")
    ) throws {
        let configuration = try configuration.validated()
        let informers = manager.informers
        let selector = "\(PrefetchDaemonSet.managedByLabel)=\(PrefetchDaemonSet.managedByValue)"
        let imageInformer = informers.informer(Image.self, namespace: namespace)
        let images = imageInformer.store
        let daemonSetInformer = informers.informer(DaemonSet.self, namespace: namespace, labelSelector: selector)
        let daemonSets = daemonSetInformer.store
        let snapshots = GroupSnapshotCache()
        let removals = RemovalWaiters()
        daemonSetInformer.addHandler { event in
            guard case .deleted(let daemonSet) = event else { return }
            snapshots.forget(ObjectKey(daemonSet))
            removals.removed(ObjectKey(daemonSet))
        }
        let podInformer = informers.informer(Pod.self, namespace: namespace, labelSelector: selector)
        // Secret values are never kept: only names matter here.
        let secrets = informers.informer(Secret.self, namespace: namespace, transform: .metadataOnly).store
        let accounts = informers.informer(ServiceAccount.self, namespace: namespace).store
        let podIndex = GroupPodIndex()
        podInformer.addHandler { podIndex.apply($0) }
        let admission = ImageAdmission(
            configuration: configuration,
            secretExists: { secrets.get(ObjectKey(namespace: $0, name: $1)) != nil },
            serviceAccount: { accounts.get(ObjectKey(namespace: $0, name: $1)) })
        imageInformer.addHandler { event in
            if case .deleted(let image) = event, let uid = image.metadata.uid { admission.memo.forget(uid: uid) }
        }

        // Pools an Image belongs to now, or belonged to (its name is on a group of the pool).
        let poolsOf: @Sendable (Image) -> [ObjectKey] = { image in
            let namespace = image.metadata.namespace ?? ""
            var identities = Set<String>()
            if admission.handles(image), case .success(let pool) = admission.pool(of: image) { identities.insert(pool.identity) }
            for daemonSet in daemonSets.list(namespace: namespace) where PrefetchDaemonSet.members(of: daemonSet).contains(image.metadata.name ?? "") {
                identities.insert(daemonSet.metadata.annotations[PrefetchDaemonSet.poolAnnotation] ?? "")
            }
            return identities.map { ImageGroupReconciler.key(namespace: namespace, identity: $0) }
        }
        let imagesIn: @Sendable (String, (Image) -> Bool) -> [Image] = { namespace, included in images.list(namespace: namespace).filter(included) }
        let naming: @Sendable (Secret) -> (Image) -> Bool = { secret in { $0.spec.imagePullSecrets.contains { $0.name == secret.metadata.name } } }
        let runningAs: @Sendable (ServiceAccount) -> (Image) -> Bool = { account in
            { ($0.spec.serviceAccountName.flatMap { $0.isEmpty ? nil : $0 } ?? "default") == account.metadata.name }
        }
        let throttle = GroupWriteThrottle(interval: configuration.groupUpdateInterval, now: wallClock)
        let groups = ImageGroupReconciler(
            client: manager.client, images: images, daemonSets: daemonSets, removals: removals, admission: admission, throttle: throttle, logger: logger)
        try ControllerBuilder(Image.self, name: "\(name)-groups", manager: manager, namespace: namespace, predicate: Predicate { _ in false })
            // Status writes (this controller's own) change neither generation nor annotations.
            .watches(Image.self, namespace: namespace, predicate: .generationChanged || .annotationsChanged, map: poolsOf)
            .watches(DaemonSet.self, namespace: namespace, labelSelector: selector) { daemonSet in
                guard let identity = daemonSet.metadata.annotations[PrefetchDaemonSet.poolAnnotation] else { return [] }
                return [ImageGroupReconciler.key(namespace: daemonSet.metadata.namespace ?? "", identity: identity)]
            }
            .watches(Secret.self, namespace: namespace) { secret in imagesIn(secret.metadata.namespace ?? "", naming(secret)).flatMap(poolsOf) }
            .watches(ServiceAccount.self, namespace: namespace) { account in imagesIn(account.metadata.namespace ?? "", runningAs(account)).flatMap(poolsOf) }
            .withOptions(options)
            .complete(groups)

        let membersOf: @Sendable (DaemonSet) -> [ObjectKey] = { daemonSet in
            PrefetchDaemonSet.members(of: daemonSet).map { ObjectKey(namespace: daemonSet.metadata.namespace ?? "", name: $0) }
        }
        let status = ImageStatusReconciler(
            client: manager.client, images: images, daemonSets: daemonSets, pods: podInformer.store, podIndex: podIndex, snapshots: snapshots, admission: admission,
            recorder: EventRecorder(client: manager.client, component: "thaw-\(name)"), wallClock: wallClock, logger: logger)
        try manager.controller(for: Image.self, name: name, namespace: namespace)
            .watches(DaemonSet.self, namespace: namespace, labelSelector: selector, map: membersOf)
            .watches(Pod.self, namespace: namespace, labelSelector: selector) { pod in
                guard let group = pod.metadata.labels[PrefetchDaemonSet.groupLabel], let namespace = pod.metadata.namespace,
                    let daemonSet = daemonSets.get(ObjectKey(namespace: namespace, name: group))
                else { return [] }
                return membersOf(daemonSet)
            }
            .watches(Secret.self, namespace: namespace) { secret in imagesIn(secret.metadata.namespace ?? "", naming(secret)).map { ObjectKey($0) } }
            .watches(ServiceAccount.self, namespace: namespace) { account in imagesIn(account.metadata.namespace ?? "", runningAs(account)).map { ObjectKey($0) } }
            .withOptions(options)
            .complete(status)
    }
}

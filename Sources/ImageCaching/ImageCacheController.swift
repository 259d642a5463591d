import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Logging

/// Wires the image-cache controller onto a `Manager`.
public enum ImageCacheController {
    /// The controller's name (also its event source component).
    public static let name = "image-cache"

    /// Registers the controller: Images are its primary objects; changes of its DaemonSets and
    /// pods reconcile their member Images; Secrets (held as metadata only) and ServiceAccounts
    /// reconcile the Images that name them.
    /// - Parameter namespace: watch one namespace, or all when `nil`.
    /// - Throws: `ImageCacheConfigurationError` for an invalid configuration,
    ///   `ConfigurationError` for invalid controller options.
    @discardableResult
    public static func register(
        on manager: Manager, configuration: ImageCacheConfiguration, namespace: String? = nil, options: ControllerOptions = .init(),
        logger: Logger = Logger(label: "thaw.image-cache")
    ) throws -> Controller {
        let configuration = try configuration.validated()
        let informers = manager.informers
        let selector = "\(PrefetchDaemonSet.managedByLabel)=\(PrefetchDaemonSet.managedByValue)"
        let images = informers.informer(Image.self, namespace: namespace).store
        let daemonSets = informers.informer(DaemonSet.self, namespace: namespace, labelSelector: selector).store
        let pods = informers.informer(Pod.self, namespace: namespace, labelSelector: selector).store
        // Secret values are never kept: only names matter here.
        let secrets = informers.informer(Secret.self, namespace: namespace, transform: .metadataOnly).store
        let accounts = informers.informer(ServiceAccount.self, namespace: namespace).store
        let admission = ImageAdmission(
            configuration: configuration,
            secretExists: { secrets.get(ObjectKey(namespace: $0, name: $1)) != nil },
            serviceAccount: { accounts.get(ObjectKey(namespace: $0, name: $1)) })
        let reconciler = ImageCacheReconciler(
            client: manager.client, images: images, daemonSets: daemonSets, pods: pods, admission: admission,
            recorder: EventRecorder(client: manager.client, component: "thaw-\(name)"), wallClock: { Date() }, logger: logger)
        let membersOf: @Sendable (DaemonSet) -> [ObjectKey] = { daemonSet in
            PrefetchDaemonSet.members(of: daemonSet).map { ObjectKey(namespace: daemonSet.metadata.namespace ?? "", name: $0) }
        }
        let imagesNaming: @Sendable (String, (Image) -> Bool) -> [ObjectKey] = { namespace, names in
            images.list(namespace: namespace).filter(names).map { ObjectKey($0) }
        }
        return try manager.controller(for: Image.self, name: name, namespace: namespace)
            .watches(DaemonSet.self, namespace: namespace, labelSelector: selector, map: membersOf)
            .watches(Pod.self, namespace: namespace, labelSelector: selector) { pod in
                guard let group = pod.metadata.labels[PrefetchDaemonSet.groupLabel], let namespace = pod.metadata.namespace,
                    let daemonSet = daemonSets.get(ObjectKey(namespace: namespace, name: group))
                else { return [] }
                return membersOf(daemonSet)
            }
            .watches(Secret.self, namespace: namespace) { secret in
                let name = secret.metadata.name
                return imagesNaming(secret.metadata.namespace ?? "") { $0.spec.imagePullSecrets.contains { $0.name == name } }
            }
            .watches(ServiceAccount.self, namespace: namespace) { account in
                let name = account.metadata.name ?? ""
                return imagesNaming(account.metadata.namespace ?? "") { image in
                    let runsAs = image.spec.serviceAccountName.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
                    return runsAs == name
                }
            }
            .withOptions(options)
            .complete(reconciler)
    }
}

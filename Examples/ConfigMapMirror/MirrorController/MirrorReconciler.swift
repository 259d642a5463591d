import ControllerRuntime
import KubeAPI
import KubeClient

/// The tutorial controller: every ConfigMap labelled `thaw.dev/mirror` is copied into one target
/// namespace as `<namespace>.<name>`, and the copy is removed when the source is deleted or loses
/// the label.
///
/// A finalizer on the source guarantees the copy is removed even when the source was deleted while
/// the controller was down: the server keeps the source (marked for deletion) until this
/// controller has removed the copy and then its finalizer.
public struct MirrorReconciler: Reconciler {
    public static let label = "thaw.dev/mirror"
    public static let sourceLabel = "thaw.dev/mirror-of"
    public static let finalizer = "thaw.dev/mirror"

    public let client: KubeClient
    public let cache: Store<ConfigMap>
    public let targetNamespace: String

    public init(client: KubeClient, cache: Store<ConfigMap>, targetNamespace: String) {
        self.client = client
        self.cache = cache
        self.targetNamespace = targetNamespace
    }

    /// The copy's key for a source key.
    public func mirrorKey(of source: ObjectKey) -> ObjectKey {
        ObjectKey(namespace: targetNamespace, name: "\(source.namespace).\(source.name)")
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard request.namespace != targetNamespace else { return .done }
        // Level-based: read the current state from the cache, whatever event brought us here.
        guard let source = cache.get(request) else { return .done }  // gone: the finalizer already ran
        let configMaps = client.resource(ConfigMap.self, namespace: request.namespace)
        let wanted = source.metadata.labels[Self.label] != nil && !source.metadata.isBeingDeleted
        guard wanted else {
            try await deleteMirror(of: request)
            do {
                _ = try await Finalizers.remove(Self.finalizer, from: source, using: configMaps)
            } catch let error as KubeAPIError where error.isNotFound {
                // Already gone: the cache had not yet seen the deletion our last removal caused.
            }
            return .done
        }
        _ = try await Finalizers.add(Self.finalizer, to: source, using: configMaps)
        try await client.resource(ConfigMap.self, namespace: targetNamespace).createOrPatch(mirrorKey(of: request)) { mirror in
            mirror.metadata.labels[Self.sourceLabel] = "\(request.namespace).\(request.name)"
            mirror.data = source.data
        }
        return .done
    }

    private func deleteMirror(of source: ObjectKey) async throws {
        do {
            _ = try await client.resource(ConfigMap.self, namespace: targetNamespace).delete(mirrorKey(of: source).name)
        } catch let error as KubeAPIError where error.isNotFound {}
    }
}

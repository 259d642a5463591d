import ControllerRuntime
import KubeAPI

extension MirrorReconciler {
    /// Registers the mirror controller on `manager`: reconciles labelled ConfigMaps (and those
    /// still carrying the finalizer), and maps every change of a copy back to its source so a
    /// deleted or edited copy is restored.
    /// - Throws: `ConfigurationError` for invalid controller options.
    @discardableResult
    public static func register(on manager: Manager, targetNamespace: String, options: ControllerOptions = .init()) throws(ConfigurationError) -> Controller {
        let cache = manager.informers.informer(ConfigMap.self).store
        let reconciler = MirrorReconciler(client: manager.client, cache: cache, targetNamespace: targetNamespace)
        let sources = Predicate<ConfigMap>.hasLabel(label) || .matching { $0.metadata.finalizers.contains(finalizer) }
        return try manager.controller(for: ConfigMap.self, name: "configmap-mirror", predicate: sources)
            .watches(ConfigMap.self, predicate: .hasLabel(sourceLabel)) { mirror -> [ObjectKey] in
                guard mirror.metadata.namespace == targetNamespace, let source = mirror.metadata.labels[sourceLabel],
                    let dot = source.firstIndex(of: ".")
                else { return [] }
                return [ObjectKey(namespace: String(source[..<dot]), name: String(source[source.index(after: dot)...]))]
            }
            .withOptions(options)
            .complete(reconciler)
    }
}

import KubeAPI
import KubeClient

/// Wires a controller to the informers of a `Manager` (controller-runtime's builder).
///
/// - `for`: the primary type; each event enqueues the object's own key.
/// - `owns`: a secondary type; each event enqueues the key of the object's controller owner
///   reference when that owner is of the primary kind (same namespace).
/// - `watches`: any type with a mapping function from an object to the keys to reconcile.
/// Each source takes a predicate (default: every event). `complete` creates the controller,
/// registers the handlers and adds the controller to the manager.
public struct ControllerBuilder<Primary: KubeResource>: Sendable {
    private let manager: Manager
    private let name: String
    private var options = ControllerOptions()
    private var sources: [@Sendable (Manager, Controller) -> Void] = []

    /// A builder for a controller named `name` whose primary type is `primary`.
    public init(_ primary: Primary.Type, name: String, manager: Manager, namespace: String? = nil, labelSelector: String? = nil, predicate: Predicate<Primary> = .always) {
        self.manager = manager
        self.name = name
        sources.append { manager, controller in
            manager.informers.informer(Primary.self, namespace: namespace, labelSelector: labelSelector).addHandler { event in
                guard predicate(event) else { return }
                controller.enqueue(ObjectKey(event.object))
            }
        }
    }

    /// Also reconciles the controller owner of every `Owned` object whose owner is a `Primary`.
    public func owns<Owned: KubeResource>(_ owned: Owned.Type, namespace: String? = nil, predicate: Predicate<Owned> = .always) -> Self {
        var copy = self
        copy.sources.append { manager, controller in
            manager.informers.informer(Owned.self, namespace: namespace).addHandler { event in
                guard predicate(event) else { return }
                let metadata = event.object.metadata
                guard let owner = metadata.controllerReference, owner.kind == Primary.kind,
                    owner.apiVersion == Primary.apiVersion, let ownerName = owner.name
                else { return }
                controller.enqueue(ObjectKey(namespace: Primary.namespaced ? metadata.namespace ?? "" : "", name: ownerName))
            }
        }
        return copy
    }

    /// Also reconciles the keys `map` returns for every event of `Other`.
    public func watches<Other: KubeResource>(_ other: Other.Type, namespace: String? = nil, labelSelector: String? = nil, predicate: Predicate<Other> = .always, map: @escaping @Sendable (Other) -> [ObjectKey]) -> Self {
        var copy = self
        copy.sources.append { manager, controller in
            manager.informers.informer(Other.self, namespace: namespace, labelSelector: labelSelector).addHandler { event in
                guard predicate(event) else { return }
                for key in map(event.object) { controller.enqueue(key) }
            }
        }
        return copy
    }

    /// Sets workers, reconcile timeout and rate limiter.
    public func withOptions(_ options: ControllerOptions) -> Self {
        var copy = self
        copy.options = options
        return copy
    }

    /// Creates the controller, connects its sources and adds it to the manager.
    /// - Throws: `ConfigurationError` for invalid options.
    @discardableResult
    public func complete(_ reconciler: any Reconciler) throws(ConfigurationError) -> Controller {
        let controller = try Controller(name: name, reconciler: reconciler, options: options, clock: manager.clock, logger: manager.logger)
        for source in sources { source(manager, controller) }
        manager.add(controller)
        return controller
    }
}

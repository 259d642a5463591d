import KubeAPI
import Logging
import Synchronization

/// A cache of one list-watch shared by any number of handlers: one reflector, one store.
///
/// Guarantees: handlers receive every change in order, from the reflector's task; a handler added
/// after objects were cached first receives an `added` event for each of them, so every handler
/// sees every object. `run` returns when its task is cancelled.
public final class Informer<Object: KubeObject>: Sendable {
    public typealias Handler = @Sendable (ResourceEvent<Object>) -> Void

    public let store: Store<Object>
    private let handlers = Mutex<[Handler]>([])
    private let reflector: Mutex<Reflector<Object>?> = Mutex(nil)

    public init(listWatch: ListWatch<Object>, indexers: [String: IndexFunction<Object>] = [:], transform: StoreTransform = .default, representation: StoreRepresentation = .objects, options: ReflectorOptions = .init(), clock: any ControllerClock = SystemControllerClock(), logger: Logger? = nil) {
        store = Store(indexers: indexers, transform: transform, representation: representation)
        let made = Reflector(listWatch: listWatch, store: store, options: options, clock: clock, logger: logger) { [weak self] delta in
            self?.dispatch(ResourceEvent(delta))
        }
        reflector.withLock { $0 = made }
    }

    private var currentReflector: Reflector<Object>? { reflector.withLock { $0 } }

    /// What this informer lists and watches.
    public var identity: String { currentReflector?.listWatch.identity ?? "" }
    /// Whether the initial list has been applied.
    public var hasSynced: Bool { store.hasSynced }
    /// The reflector's last failure (nil when healthy).
    public var failure: ReflectorFailure? { currentReflector?.failure }
    /// The reflector (for its counters).
    public var reflectorStatistics: (lists: Int, watches: Int) { (currentReflector?.listCount ?? 0, currentReflector?.watchCount ?? 0) }

    /// Adds a handler; it first receives `added` for every object already cached.
    public func addHandler(_ handler: @escaping Handler) {
        let existing = handlers.withLock { handlers -> [Object] in
            handlers.append(handler)
            return store.list()
        }
        for object in existing { handler(.added(object)) }
    }

    /// Runs the reflector until the task is cancelled.
    public func run() async {
        await currentReflector?.run()
    }

    private func dispatch(_ event: ResourceEvent<Object>) {
        let current = handlers.withLock { $0 }
        for handler in current { handler(event) }
    }
}

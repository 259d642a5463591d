import KubeAPI
import KubeClient
import Logging
import Synchronization

/// The informers of one process, one per resource type, namespace and selector however many
/// controllers ask for it ("one watch per type and selector").
///
/// Informers created before `start` start with it; informers created after start at once. `stop`
/// cancels them all.
public final class SharedInformers: Sendable {
    private struct Entry: Sendable {
        var informer: any Sendable
        var hasSynced: @Sendable () -> Bool
        var failure: @Sendable () -> ReflectorFailure?
        var run: @Sendable () async -> Void
        var task: Task<Void, Never>?
    }

    private let client: KubeClient
    private let options: ReflectorOptions
    private let clock: any ControllerClock
    private let logger: Logger
    private let state = Mutex<(entries: [String: Entry], started: Bool)>(([:], false))

    public init(client: KubeClient, options: ReflectorOptions = .init(), clock: any ControllerClock = SystemControllerClock(), logger: Logger = Logger(label: "thaw.informers")) {
        self.client = client
        self.options = options
        self.clock = clock
        self.logger = logger
    }

    /// The shared informer of `type` in `namespace` (nil: all namespaces) with `labelSelector`.
    /// `transform` and `representation` are the first caller's.
    /// - Throws: nothing; a second caller with the same arguments gets the same informer.
    public func informer<R: KubeResource>(_ type: R.Type, namespace: String? = nil, labelSelector: String? = nil, transform: StoreTransform = .default, representation: StoreRepresentation = .objects) -> Informer<R> {
        let base = client.resource(type)
        let listWatch = ListWatch(client: namespace.map { base.inNamespace($0) } ?? base.allNamespaces, labelSelector: labelSelector)
        let key = listWatch.identity
        return state.withLock { state -> Informer<R> in
            if let entry = state.entries[key], let existing = entry.informer as? Informer<R> { return existing }
            // Each informer draws its own back-off jitter, so informers failing together retry apart.
            var own = options
            own.seed = options.seed &+ UInt64(state.entries.count) &* 0x9E37_79B9_7F4A_7C15
            let informer = Informer(listWatch: listWatch, transform: transform, representation: representation, options: own, clock: clock, logger: logger)
            var entry = Entry(informer: informer, hasSynced: { informer.hasSynced }, failure: { informer.failure }, run: { await informer.run() })
            if state.started { entry.task = Task { await informer.run() } }
            state.entries[key] = entry
            return informer
        }
    }

    /// Starts every informer (and those created later).
    public func start() {
        state.withLock { state in
            state.started = true
            for (key, var entry) in state.entries where entry.task == nil {
                let run = entry.run
                entry.task = Task { await run() }
                state.entries[key] = entry
            }
        }
    }

    /// Cancels every informer and waits until they have stopped.
    public func stop() async {
        let tasks = state.withLock { state in
            state.started = false
            defer { for key in state.entries.keys { state.entries[key]?.task = nil } }
            return state.entries.values.compactMap(\.task)
        }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    /// Whether every informer has applied its initial list.
    public var allSynced: Bool { state.withLock { $0.entries.values.allSatisfy { $0.hasSynced() } } }

    /// Informers that are not synced, with their last failure if any.
    public var unsynced: [(identity: String, failure: ReflectorFailure?)] {
        state.withLock { state in
            state.entries.filter { !$0.value.hasSynced() }.map { ($0.key, $0.value.failure()) }.sorted { $0.identity < $1.identity }
        }
    }

    /// Failures of any informer because of 401/403.
    public var authorizationFailures: [ReflectorFailure] {
        state.withLock { $0.entries.values.compactMap { $0.failure() }.filter(\.isAuthorization) }
    }

    /// How many informers exist.
    public var count: Int { state.withLock { $0.entries.count } }
}

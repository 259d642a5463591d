#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Hummingbird
import KubeAPI
import KubeLocalStore
import Logging
import ServiceLifecycle
import UnixSignals
import Synchronization

/// A local Kubernetes API server on 127.0.0.1 over HTTP/1.1 that kubectl and client libraries
/// accept: discovery, OpenAPI, CRUD/patch/watch of the built-in kinds and of CRD-defined
/// resources, backed by an `ObjectStore` (in memory, or durable under a data directory).
///
/// Use `start()` to serve in the background (tests: port 0, then `baseURL`) and `stop()` to end;
/// or `run(untilSignals:)` to serve until SIGINT/SIGTERM. Stopping ends open watches and waits
/// for in-flight requests.
public final class LocalAPIServer: Sendable {
    public let configuration: LocalAPIServerConfiguration
    public let store: ObjectStore
    public let registry: ResourceRegistry
    let handler: ResourceHandler
    let lifecycle: ObjectLifecycle
    let garbageCollector: GarbageCollector
    let namespaceController: NamespaceController

    private struct RunState {
        var port: Int?
        var group: ServiceGroup?
        var task: Task<Void, any Error>?
    }

    private let runState = Mutex(RunState())

    /// Opens the store (creating the data directory when needed) and prepares the handlers.
    /// - Throws: `StoreError` when the database cannot be opened.
    public init(configuration: LocalAPIServerConfiguration = LocalAPIServerConfiguration()) throws {
        self.configuration = configuration
        var databasePath: String?
        if let dir = configuration.dataDirectory {
            try Self.makeDirectory(dir)
            databasePath = dir.hasSuffix("/") ? dir + "thaw.sqlite" : dir + "/thaw.sqlite"
        }
        store = try ObjectStore(
            historyLimit: configuration.historyLimit, databasePath: databasePath,
            retainParsedObjects: configuration.retainParsedObjects, fieldIndex: SelectableFieldIndex.index)
        registry = ResourceRegistry()
        let rules = ObjectRules(clock: configuration.clock, ids: IdentityGenerator(seed: configuration.seed))
        lifecycle = ObjectLifecycle(store: store, clock: configuration.clock)
        garbageCollector = GarbageCollector(lifecycle: lifecycle)
        namespaceController = NamespaceController(lifecycle: lifecycle)
        let crds = CRDManager(registry: registry, store: store, clock: configuration.clock)
        handler = ResourceHandler(
            registry: registry, store: store, lifecycle: lifecycle, rules: rules, crds: crds,
            settings: ServerSettings(
                bookmarkInterval: configuration.bookmarkInterval,
                defaultWatchTimeoutSeconds: configuration.defaultWatchTimeoutSeconds,
                watchBufferLimit: configuration.watchBufferLimit),
            activeWatches: ActiveWatches(), serviceAddresses: ServiceAddressAllocator(), logger: configuration.logger)
        crds.registerStored()
        try createInitialNamespaces()
    }

    private static func makeDirectory(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw StoreError(.internal, "cannot create data directory \(current): errno \(errno)")
            }
        }
    }

    private func createInitialNamespaces() throws {
        let resource = ResourceID(group: "", resource: "namespaces")
        let rules = handler.rules
        for name in ResourceHandler.initialNamespaces where store.get(resource, ObjectKey(name: name)) == nil {
            guard let type = registry.resource(group: "", version: "v1", plural: "namespaces") else { return }
            let object = try rules.prepareCreate(
                ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]], type: type, namespace: nil,
                manager: "kube-apiserver")
            _ = try? store.create(resource, ObjectKey(name: name), object)
        }
    }

    /// The port the server listens on, once started.
    public var port: Int? { runState.withLock { $0.port } }

    /// `http://127.0.0.1:PORT`, once started.
    public var baseURL: String? { port.map { "http://\(configuration.host):\($0)" } }

    /// Starts serving in the background and returns the bound port.
    /// - Throws: when the address cannot be bound.
    @discardableResult
    public func start() async throws -> Int {
        let (ready, readyContinuation) = AsyncStream<Int>.makeStream()
        let group = makeServiceGroup(signals: []) { port in readyContinuation.yield(port) }
        let task = Task {
            do {
                try await group.run()
                readyContinuation.finish()
            } catch {
                readyContinuation.finish()
                throw error
            }
        }
        runState.withLock {
            $0.group = group
            $0.task = task
        }
        for await port in ready {
            runState.withLock { $0.port = port }
            configuration.logger.info("serving the Kubernetes API on http://\(configuration.host):\(port)")
            return port
        }
        try await task.value
        throw StoreError(.internal, "the server stopped before it was listening")
    }

    /// Stops a server started with `start()`: ends watches, drains requests, closes the socket.
    public func stop() async {
        let (group, task) = runState.withLock { ($0.group, $0.task) }
        handler.activeWatches.endAll()
        await group?.triggerGracefulShutdown()
        _ = try? await task?.value
        runState.withLock { $0.port = nil }
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully. `onListening` receives the port;
    /// `onShutdown` runs first when the shutdown starts, while the server still answers (to stop
    /// in-process clients before their watches are ended).
    public func run(
        onListening: @escaping @Sendable (Int) -> Void = { _ in }, onShutdown: @escaping @Sendable () async -> Void = {}
    ) async throws {
        let group = makeServiceGroup(signals: [.sigint, .sigterm], onShutdown: onShutdown) { [weak self] port in
            self?.runState.withLock { $0.port = port }
            onListening(port)
        }
        try await group.run()
    }

    private func makeServiceGroup(
        signals: [UnixSignal], onShutdown: @escaping @Sendable () async -> Void = {}, onListening: @escaping @Sendable (Int) -> Void
    ) -> ServiceGroup {
        let dispatcher = APIDispatcher(
            handler: handler, openAPI: OpenAPIProvider(registry: registry),
            serverAddress: { [weak self, configuration] in
                "\(configuration.host):\(self?.port ?? configuration.port)"
            }, access: configuration.access)
        let app = Application(
            responder: dispatcher,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                onListening(channel.localAddress?.port ?? 0)
            },
            logger: configuration.logger)
        return ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(service: app, successTerminationBehavior: .gracefullyShutdownGroup),
                    .init(service: StoreController(name: "garbage collector", logger: configuration.logger,
                                                   body: { [garbageCollector] in try await garbageCollector.run() },
                                                   stop: { [garbageCollector] in garbageCollector.stop() }),
                          successTerminationBehavior: .ignore),
                    .init(service: StoreController(name: "namespace controller", logger: configuration.logger,
                                                   body: { [namespaceController] in try await namespaceController.run() },
                                                   stop: { [namespaceController] in namespaceController.stop() }),
                          successTerminationBehavior: .ignore),
                    // shut down first (services stop in reverse order): ends watch streams so the
                    // HTTP server can drain
                    .init(service: WatchCloser(watches: handler.activeWatches)),
                    // shut down before anything else: in-process clients stop while the server answers
                    .init(service: ShutdownHook(action: onShutdown)),
                ],
                gracefulShutdownSignals: signals, logger: configuration.logger))
    }
}

/// Runs one of the store's controllers (garbage collector, namespace controller) for the server's
/// lifetime, restarting it after a failure (it resynchronises from the store), and stops it on
/// graceful shutdown.
private struct StoreController: ServiceLifecycle.Service {
    let name: String
    let logger: Logger
    let body: @Sendable () async throws -> Void
    let stop: @Sendable () -> Void

    func run() async throws {
        await withGracefulShutdownHandler {
            while !Task.isCancelled, !Task.isShuttingDownGracefully {
                do {
                    try await body()
                    return
                } catch {
                    logger.warning("\(name) restarts after: \(error)")
                    try? await Task.sleep(for: .milliseconds(100))
                }
            }
        } onGracefulShutdown: {
            stop()
        }
    }
}

/// Waits for graceful shutdown, then ends every open watch stream.
private struct WatchCloser: ServiceLifecycle.Service {
    let watches: ActiveWatches

    func run() async throws {
        try? await gracefulShutdown()
        watches.endAll()
    }
}

/// Waits for graceful shutdown, then runs `action` (and returns when it has).
private struct ShutdownHook: ServiceLifecycle.Service {
    let action: @Sendable () async -> Void

    func run() async throws {
        try? await gracefulShutdown()
        await action()
    }
}

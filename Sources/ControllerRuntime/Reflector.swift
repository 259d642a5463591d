import KubeAPI
import KubeClient
import Logging
import Synchronization

/// Keeps a `Store` equal to the server's state of one list-watch and reports every change.
///
/// The loop, as a state machine:
/// - **list**: pages through the collection, then replaces the store in one step, reporting the
///   differences to the handler (so deletions that happened while disconnected are seen);
/// - **watch**: watches from the last seen resource version with bookmarks and a server timeout
///   random in [5, 10) min; a normal close resumes from the last version at once; a watch that
///   delivers nothing for its timeout plus a grace period is torn down and resumed;
/// - **gone** (410): the version is too old, so list again from scratch;
/// - **backoff**: after any other failure, wait (800 ms → 30 s, jittered, reset after 2 min
///   without failure), then resume the watch from the last version (or list, if never listed).
///
/// Failures are kept in `failure` (401/403 logged as errors naming resource and verb) until the
/// next success. `run` returns when its task is cancelled.
public final class Reflector<Object: KubeObject>: Sendable {
    public let listWatch: ListWatch<Object>
    public let store: Store<Object>
    private let handler: @Sendable (StoreDelta<Object>) -> Void
    private let options: ReflectorOptions
    private let clock: any ControllerClock
    private let logger: Logger
    private let state: Mutex<(backoff: ReflectorBackoff, random: SplitMix64, failure: ReflectorFailure?, lists: Int, watches: Int)>

    public init(listWatch: ListWatch<Object>, store: Store<Object>, options: ReflectorOptions = .init(), clock: any ControllerClock = SystemControllerClock(), logger: Logger? = nil, handler: @escaping @Sendable (StoreDelta<Object>) -> Void) {
        self.listWatch = listWatch
        self.store = store
        self.handler = handler
        self.options = options
        self.clock = clock
        self.logger = logger ?? Logger(label: "thaw.reflector")
        state = Mutex((options.backoff, SplitMix64(seed: options.seed), nil, 0, 0))
    }

    /// The last failure, nil after a later success.
    public var failure: ReflectorFailure? { state.withLock { $0.failure } }
    /// How many full lists were made (1 + relists).
    public var listCount: Int { state.withLock { $0.lists } }
    /// How many watches were opened.
    public var watchCount: Int { state.withLock { $0.watches } }

    /// Runs until the task is cancelled.
    public func run() async {
        var resourceVersion: String?
        while !Task.isCancelled {
            guard let version = resourceVersion else {
                do {
                    resourceVersion = try await listAndReplace()
                    succeeded()
                } catch {
                    if Task.isCancelled { return }
                    guard await failed("list", error) else { return }
                }
                continue
            }
            do {
                let opened = clock.now
                let outcome = try await watch(from: version)
                resourceVersion = outcome.resourceVersion
                succeeded()
                if outcome.silent {
                    logger.warning("watch delivered nothing past its timeout; resuming", metadata: ["resource": "\(listWatch.identity)"])
                } else if outcome.events == 0, clock.now - opened < .seconds(1) {
                    // A watch closed at once with nothing: do not spin.
                    guard await failed("watch", WatchClosedEarly()) else { return }
                }
            } catch let error as KubeAPIError where error.isGone {
                logger.info("resource version too old; relisting", metadata: ["resource": "\(listWatch.identity)", "resourceVersion": "\(version)"])
                resourceVersion = nil
            } catch {
                if Task.isCancelled { return }
                if let last = store.resourceVersion { resourceVersion = last }
                guard await failed("watch", error) else { return }
            }
        }
    }

    private struct WatchClosedEarly: Error, CustomStringConvertible {
        var description: String { "watch closed immediately without events" }
    }

    /// Lists every page and replaces the store; returns the list's resource version.
    private func listAndReplace() async throws -> String {
        var items: [Object] = []
        var listVersion: String?
        for try await page in listWatch.listPages(pageSize: options.pageSize) {
            if listVersion == nil { listVersion = page.metadata.resourceVersion }
            items.append(contentsOf: page.items)
        }
        guard let listVersion, !listVersion.isEmpty else {
            throw KubeClientError(.decoding, "list of \(listWatch.identity) carried no resourceVersion")
        }
        state.withLock { $0.lists += 1 }
        for delta in store.replace(with: items, resourceVersion: listVersion) { handler(delta) }
        return listVersion
    }

    private struct WatchOutcome: Sendable {
        var resourceVersion: String
        var events: Int
        var silent: Bool
    }

    /// Watches from `version` until the server closes the stream, the watch falls silent, or an
    /// error is thrown; returns the last version seen.
    private func watch(from version: String) async throws -> WatchOutcome {
        let timeout = state.withLock { WatchTimeout.random(minimum: options.minimumWatchTimeout, using: &$0.random) }
        state.withLock { $0.watches += 1 }
        let progress = WatchProgress(resourceVersion: version, now: clock.now)
        let silenceLimit = timeout + options.silenceGrace
        let events = listWatch.watch(from: version, timeout: timeout)
        let silent = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                for try await event in events {
                    let now = self.clock.now
                    self.apply(event)
                    progress.state.withLock { p in
                        if let version = event.resourceVersion, !version.isEmpty { p.resourceVersion = version }
                        p.events += 1
                        p.lastActivity = now
                    }
                }
                return false
            }
            group.addTask {
                while true {
                    let deadline = progress.state.withLock { $0.lastActivity } + silenceLimit
                    try await self.clock.sleep(until: deadline)
                    if self.clock.now - progress.state.withLock({ $0.lastActivity }) >= silenceLimit { return true }
                }
            }
            defer { group.cancelAll() }
            return try await group.next() ?? false
        }
        let final = progress.state.withLock { $0 }
        return WatchOutcome(resourceVersion: final.resourceVersion, events: final.events, silent: silent)
    }

    private func apply(_ event: KubeWatchEvent<Object>) {
        switch event {
        case .added(let object), .modified(let object):
            if let delta = store.upsert(object) { handler(delta) }
        case .deleted(let object):
            if let delta = store.delete(object) { handler(delta) }
        case .bookmark(let version):
            if !version.isEmpty { store.setResourceVersion(version) }
        }
    }

    private func succeeded() {
        state.withLock { $0.failure = nil }
    }

    /// Records the failure and waits the back-off; false if cancelled while waiting.
    private func failed(_ verb: String, _ error: any Error) async -> Bool {
        let authorization = (error as? KubeAPIError).map { $0.isUnauthorized || $0.isForbidden } ?? false
        let failure = ReflectorFailure(resource: listWatch.identity, verb: verb, error: "\(error)", isAuthorization: authorization)
        let now = clock.now
        let delay = state.withLock { state -> Duration in
            state.failure = failure
            return state.backoff.delay(now: now, using: &state.random)
        }
        if authorization {
            logger.error("not allowed to \(verb) \(listWatch.identity); the cache cannot sync", metadata: ["error": "\(error)"])
        } else {
            logger.warning("\(verb) failed; retrying", metadata: ["resource": "\(listWatch.identity)", "error": "\(error)", "delay": "\(delay)"])
        }
        do { try await clock.sleep(for: delay) } catch { return false }
        return true
    }
}

/// What one watch has delivered so far, shared by its consumer and its silence watchdog.
private final class WatchProgress: Sendable {
    let state: Mutex<(resourceVersion: String, events: Int, lastActivity: Duration)>
    init(resourceVersion: String, now: Duration) { state = Mutex((resourceVersion, 0, now)) }
}

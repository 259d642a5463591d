import KubeAPI
import KubeClient
import Logging
import Synchronization
import ThawDeterminism

/// Keeps a `Store` equal to the server's state of one list-watch and reports every change.
///
/// The loop, as a state machine:
/// - **initial state**: by a streaming list (a watch with `sendInitialEvents=true`,
///   `resourceVersionMatch=NotOlderThan` and bookmarks: the objects arrive as ADDED events until a
///   bookmark annotated `k8s.io/initial-events-end`, after which the same stream goes on as a
///   watch) while the server supports it; otherwise by paging through a list. Either way the store
///   is replaced in one step once the whole state is in, reporting the differences to the handler
///   (so deletions that happened while disconnected are seen). A server that refuses the streaming
///   parameters (a 400/422 naming them) or ignores them (a plain bookmark before the end marker) is
///   listed from then on; a stream that ends before the end marker, or another 400/422, is
///   followed by one list (which reports the error if it persists);
/// - **watch**: watches from the last seen resource version with bookmarks and a server timeout
///   random in [5, 10) min; a normal close resumes from the last version at once; a watch that
///   delivers nothing for its timeout plus a grace period is torn down and resumed;
/// - **gone** (410): the version is too old, so fetch the initial state again;
/// - **backoff**: after any other failure, wait (800 ms → 30 s, jittered, reset after 2 min
///   without failure), then resume the watch from the last version (or fetch the initial state,
///   if never synced).
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

    private struct State {
        var backoff: ReflectorBackoff
        var random: SplitMix64
        var failure: ReflectorFailure?
        var lists = 0
        var streamedLists = 0
        var watches = 0
        var streaming: Bool
    }

    private let state: Mutex<State>

    public init(listWatch: ListWatch<Object>, store: Store<Object>, options: ReflectorOptions = .init(), clock: any ControllerClock = SystemControllerClock(), logger: Logger? = nil, handler: @escaping @Sendable (StoreDelta<Object>) -> Void) {
        self.listWatch = listWatch
        self.store = store
        self.handler = handler
        self.options = options
        self.clock = clock
        self.logger = logger ?? Logger(label: "thaw.reflector")
        state = Mutex(State(backoff: options.backoff, random: SplitMix64(seed: options.seed), streaming: options.streamingList))
    }

    /// The last failure, nil after a later success.
    public var failure: ReflectorFailure? { state.withLock { $0.failure } }
    /// How many times the whole state was fetched (1 + relists), by list or streaming list.
    public var listCount: Int { state.withLock { $0.lists } }
    /// How many of those fetches were streaming lists.
    public var streamedListCount: Int { state.withLock { $0.streamedLists } }
    /// How many watches were opened (streaming lists included).
    public var watchCount: Int { state.withLock { $0.watches } }
    /// Whether the next initial state will be fetched by a streaming list.
    public var usesStreamingList: Bool { state.withLock { $0.streaming } }

    /// Runs until the task is cancelled.
    public func run() async {
        var resourceVersion: String?
        var listNext = false
        while !Task.isCancelled {
            let mode: WatchMode
            if let version = resourceVersion {
                mode = .resume(version)
            } else if usesStreamingList, !listNext {
                mode = .streamingList
            } else {
                listNext = false
                do {
                    resourceVersion = try await listAndReplace()
                    succeeded()
                } catch {
                    if Task.isCancelled { return }
                    guard await failed("list", error) else { return }
                }
                continue
            }
            let opened = clock.now
            let outcome = await watch(mode)
            if Task.isCancelled { return }
            if let error = outcome.error {
                if let apiError = error as? KubeAPIError, apiError.isGone {
                    logger.info("resource version too old; relisting", metadata: ["resource": "\(listWatch.identity)", "resourceVersion": "\(resourceVersion ?? "")"])
                    resourceVersion = nil
                    continue
                }
                if case .streamingList = mode, outcome.resourceVersion == nil, let apiError = error as? KubeAPIError,
                    apiError.isBadRequest || apiError.isInvalid {
                    // A server without streaming lists refuses its parameters; any other bad
                    // request (a selector, say) is left for the list to report.
                    if Self.refusesStreamingParameters(apiError) {
                        stopStreaming("the server refused it: \(apiError)")
                    } else {
                        listNext = true
                    }
                    continue
                }
                resourceVersion = outcome.resourceVersion ?? resourceVersion
                guard await failed("watch", error) else { return }
                continue
            }
            guard let version = outcome.resourceVersion else {
                // A streaming list that ended before its initial state was complete.
                if outcome.unsupported {
                    stopStreaming("the server sent a bookmark without k8s.io/initial-events-end")
                } else {
                    logger.info("streaming list ended before the initial state was complete; listing", metadata: ["resource": "\(listWatch.identity)"])
                    listNext = true
                }
                continue
            }
            resourceVersion = version
            succeeded()
            if outcome.silent {
                logger.warning("watch delivered nothing past its timeout; resuming", metadata: ["resource": "\(listWatch.identity)"])
            } else if outcome.events == 0, clock.now - opened < .seconds(1) {
                // A watch closed at once with nothing: do not spin.
                guard await failed("watch", WatchClosedEarly()) else { return }
            }
        }
    }

    private struct WatchClosedEarly: Error, CustomStringConvertible {
        var description: String { "watch closed immediately without events" }
    }

    /// Whether a 400/422 names the streaming-list parameters (kube-apiserver without the WatchList
    /// feature answers `sendInitialEvents is forbidden for watch unless …`).
    static func refusesStreamingParameters(_ error: KubeAPIError) -> Bool {
        let texts = [error.message] + error.causes.flatMap { [$0.field ?? "", $0.message ?? ""] }
        return texts.contains { $0.contains("sendInitialEvents") || $0.contains("resourceVersionMatch") }
    }

    private func stopStreaming(_ reason: String) {
        state.withLock { $0.streaming = false }
        logger.info("streaming list not supported (\(reason)); listing instead", metadata: ["resource": "\(listWatch.identity)"])
    }

    /// Lists every page and replaces the store; returns the list's resource version. Each object
    /// is cut down to what the store keeps as its page arrives.
    private func listAndReplace() async throws -> String {
        var fresh: [ObjectKey: StoreEntry<Object>] = [:]
        var listVersion: String?
        for try await page in listWatch.listPages(pageSize: options.pageSize) {
            if listVersion == nil { listVersion = page.metadata.resourceVersion }
            fresh.reserveCapacity(fresh.count + page.items.count)
            for object in page.items {
                if let (key, entry) = store.entry(object) { fresh[key] = entry }
            }
        }
        guard let listVersion, !listVersion.isEmpty else {
            throw KubeClientError(.decoding, "list of \(listWatch.identity) carried no resourceVersion")
        }
        state.withLock { $0.lists += 1 }
        for change in store.replace(entries: fresh, resourceVersion: listVersion) { handler(change.delta) }
        return listVersion
    }

    private enum WatchMode {
        case resume(String)
        case streamingList
    }

    /// How one watch ended. `resourceVersion` is where to resume (nil when a streaming list ended
    /// before its initial state was complete); `error` is what ended it, if anything did.
    private struct WatchOutcome {
        var resourceVersion: String?
        var events: Int
        var silent: Bool
        var unsupported: Bool
        var error: (any Error)?
    }

    /// Watches until the server closes the stream, the watch falls silent, an error ends it, or
    /// (streaming list) the server shows it ignores `sendInitialEvents`.
    private func watch(_ mode: WatchMode) async -> WatchOutcome {
        let timeout = state.withLock { state in
            state.watches += 1
            return WatchTimeout.random(minimum: options.minimumWatchTimeout, using: &state.random)
        }
        let progress: WatchProgress
        let events: WatchSequence<Object>
        switch mode {
        case .resume(let version):
            progress = WatchProgress(resourceVersion: version, now: clock.now)
            events = listWatch.watch(from: version, timeout: timeout)
        case .streamingList:
            progress = WatchProgress(resourceVersion: nil, now: clock.now)
            events = listWatch.streamingList(timeout: timeout)
        }
        let initial: [ObjectKey: StoreEntry<Object>]? = if case .streamingList = mode { [:] } else { nil }
        let silenceLimit = timeout + options.silenceGrace
        var outcome = WatchOutcome(resourceVersion: nil, events: 0, silent: false, unsupported: false)
        do {
            outcome.silent = try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask {
                    var initial = initial
                    for try await event in events {
                        let now = self.clock.now
                        if initial != nil {
                            guard self.collect(event, into: &initial, progress: progress) else { return false }
                        } else {
                            self.apply(event)
                        }
                        progress.state.withLock { p in
                            if initial == nil, let version = event.resourceVersion, !version.isEmpty { p.resourceVersion = version }
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
        } catch {
            outcome.error = error
        }
        progress.state.withLock { p in
            outcome.resourceVersion = p.resourceVersion
            outcome.events = p.events
            outcome.unsupported = p.unsupported
        }
        return outcome
    }

    /// One event of a streaming list's initial state: collected until the end bookmark, which
    /// replaces the store and switches the stream to watching. False when the server shows it
    /// does not support streaming lists (a bookmark without the end marker).
    private func collect(_ event: KubeWatchEvent<Object>, into initial: inout [ObjectKey: StoreEntry<Object>]?, progress: WatchProgress) -> Bool {
        switch event {
        case .added(let object), .modified(let object):
            if let (key, entry) = store.entry(object) { initial?[key] = entry }
        case .deleted(let object):
            initial?[ObjectKey(object)] = nil
        case .bookmark(let version, let initialEventsEnd):
            guard initialEventsEnd, !version.isEmpty else {
                progress.state.withLock { $0.unsupported = true }
                return false
            }
            let fresh = initial ?? [:]
            initial = nil
            state.withLock { state in
                state.lists += 1
                state.streamedLists += 1
            }
            for change in store.replace(entries: fresh, resourceVersion: version) { handler(change.delta) }
        }
        return true
    }

    private func apply(_ event: KubeWatchEvent<Object>) {
        switch event {
        case .added(let object), .modified(let object):
            if let delta = store.upsert(object) { handler(delta) }
        case .deleted(let object):
            if let delta = store.delete(object) { handler(delta) }
        case .bookmark(let version, _):
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
    let state: Mutex<(resourceVersion: String?, events: Int, lastActivity: Duration, unsupported: Bool)>
    init(resourceVersion: String?, now: Duration) { state = Mutex((resourceVersion, 0, now, false)) }
}

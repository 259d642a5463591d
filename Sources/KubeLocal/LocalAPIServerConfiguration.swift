import Foundation
import KubeLocalStore
import Logging

/// How a `LocalAPIServer` runs: where it listens, where (if anywhere) it keeps its data, how much
/// change history it retains for watches, and the timings of watch streams.
public struct LocalAPIServerConfiguration: Sendable {
    /// The address to listen on; the server is local-only by design.
    public var host: String = "127.0.0.1"
    /// The TCP port; 0 picks a free one (see `LocalAPIServer.port`).
    public var port: Int = 0
    /// A directory for durable state (SQLite); nil keeps everything in memory.
    public var dataDirectory: String?
    /// How many recent changes are kept for watching from a resource version; older versions get
    /// 410 Gone.
    public var historyLimit: Int = 100_000
    /// How often a watch with `allowWatchBookmarks=true` receives a BOOKMARK.
    public var bookmarkInterval: Duration = .seconds(60)
    /// How long a watch lasts when the client gives no `timeoutSeconds`.
    public var defaultWatchTimeoutSeconds: Int64 = 1800
    /// How many events a watch stream may buffer for a slow client before it is closed (the client
    /// then resumes from the last resource version it saw).
    public var watchBufferLimit: Int = 10_000
    /// Whether the store keeps each object parsed next to its JSON (about three times the
    /// memory; faster updates and field selectors on unindexed fields). By default only the
    /// JSON and a summary (labels, indexed selectable fields) are kept: gets, lists and watches
    /// send the stored bytes, and only reads that look inside an object parse it.
    public var retainParsedObjects: Bool = false
    /// Bearer tokens and what each may do; nil (the default) allows every request unauthenticated.
    public var access: LocalAccessPolicy?
    /// Wall-clock time for timestamps.
    public var clock: WallClock = { Date() }
    /// Seed for uids and generated names; nil seeds from the system.
    public var seed: UInt64?
    public var logger: Logger = Logger(label: "thaw.apiserver")

    public init() {}
}

/// The subset of the configuration request handlers read.
struct ServerSettings: Sendable {
    var bookmarkInterval: Duration
    var defaultWatchTimeoutSeconds: Int64
    var watchBufferLimit: Int
}

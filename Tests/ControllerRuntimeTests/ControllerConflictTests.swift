import KubeAPI
import KubeClient
import Logging
import Metrics
import Prometheus
import Synchronization
import Testing

@testable import ControllerRuntime

/// Every log record's level, kept for the test to read.
final class LogRecords: Sendable {
    private let levelsSeen = Mutex<[Logger.Level]>([])
    var levels: [Logger.Level] { levelsSeen.withLock { $0 } }
    func record(_ level: Logger.Level) { levelsSeen.withLock { $0.append(level) } }
    var logger: Logger { Logger(label: "test") { _ in RecordingLogHandler(records: self) } }
}

/// A log handler that records into `LogRecords`.
struct RecordingLogHandler: LogHandler {
    let records: LogRecords
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) { records.record(event.level) }
}

@Suite struct ControllerConflictTests {
    /// Fails the first reconcile of each key with 409 Conflict, then succeeds.
    final class ConflictOnce: Reconciler {
        let calls = Mutex(0)
        func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
            let call = calls.withLock { calls in
                calls += 1
                return calls
            }
            if call == 1 {
                throw KubeAPIError(status: Status(code: 409, reason: .conflict, message: "the object has been modified; please apply your changes to the latest version and try again"))
            }
            return .done
        }
    }

    @Test func aConflictIsRequeuedQuietlyAndCounted() async throws {
        let registry = PrometheusCollectorRegistry()
        let records = LogRecords()
        try await withMetricsFactory(PrometheusMetricsFactory(registry: registry)) {
            let clock = ManualControllerClock()
            let reconciler = ConflictOnce()
            let controller = try Controller(name: "conflicts", reconciler: reconciler, clock: clock, logger: records.logger)
            let running = Task { await controller.run() }
            let key = ObjectKey(namespace: "ns", name: "a")
            controller.enqueue(key)
            await waitUntil { reconciler.calls.withLock { $0 } == 1 && clock.sleeperCount == 2 }
            #expect(clock.nextDeadline == .milliseconds(5))  // requeued with the per-key back-off
            clock.advance(by: .milliseconds(5))
            await waitUntil { reconciler.calls.withLock { $0 } == 2 && controller.queue.retries(of: key) == 0 }
            #expect(reconciler.calls.withLock { $0 } == 2)
            controller.shutDown()
            await running.value
        }
        #expect(records.levels.allSatisfy { $0 <= .debug })  // nothing at warning or above
        #expect(records.levels.contains(.debug))
        let text = registry.emitToString()
        #expect(text.contains(#"controller_runtime_reconcile_conflicts_total{controller="conflicts"} 1"#))
        #expect(!text.contains(#"controller_runtime_reconcile_errors_total{controller="conflicts"} 1"#))
        #expect(text.contains(#"controller_runtime_reconcile_total{controller="conflicts",result="requeue"} 1"#))
    }
}

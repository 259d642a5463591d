import ControllerRuntime
import KubeAPI
import KubeClient
import KubeLocal
import Synchronization

/// Time from a write acknowledged by the server to the start of the reconcile that sees it, for
/// `count` ConfigMaps updated one after another, against the in-process local API server on
/// loopback.
enum ReconcileLatencyBenchmark {
    final class Timings: Sendable {
        let acknowledged = Mutex<[String: ContinuousClock.Instant]>([:])
        let sent = Mutex<[String: ContinuousClock.Instant]>([:])
        let started = Mutex<[String: ContinuousClock.Instant]>([:])
    }

    struct Recorder: Reconciler {
        let cache: Store<ConfigMap>
        let timings: Timings
        func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
            let now = ContinuousClock.now
            if let version = cache.get(request)?.metadata.resourceVersion {
                timings.started.withLock { started in
                    if started[version] == nil { started[version] = now }
                }
            }
            return .done
        }
    }

    static func run(count: Int) async throws -> [String: Double] {
        try await LocalAPIServer.withRunning(configuration: .forTesting()) { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let configMaps = client.resource(ConfigMap.self, namespace: "default")
                for i in 0..<count {
                    var object = ConfigMap(name: "cm-\(i)", namespace: "default")
                    object.data = ["value": "0"]
                    _ = try await configMaps.create(object)
                }
                let manager = try Manager(client: client)
                let timings = Timings()
                let cache = manager.informers.informer(ConfigMap.self, namespace: "default").store
                try manager.controller(for: ConfigMap.self, name: "latency", namespace: "default")
                    .withOptions(ControllerOptions(workers: 4))
                    .complete(Recorder(cache: cache, timings: timings))
                let running = Task { try await manager.run() }
                try await cache.waitUntilSynced()
                try await Task.sleep(for: .milliseconds(500))  // let the initial reconciles finish
                var versions: [String] = []
                for i in 0..<count {
                    var object = try await configMaps.get("cm-\(i)")
                    object.data = ["value": "1"]
                    let sent = ContinuousClock.now
                    let written = try await configMaps.update(object)
                    let acknowledged = ContinuousClock.now
                    guard let version = written.metadata.resourceVersion else { continue }
                    timings.acknowledged.withLock { $0[version] = acknowledged }
                    timings.sent.withLock { $0[version] = sent }
                    versions.append(version)
                }
                let deadline = ContinuousClock.now + .seconds(30)
                while timings.started.withLock({ started in versions.contains { started[$0] == nil } }), ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(10))
                }
                running.cancel()
                try? await running.value
                // From the acknowledgement (0 when the reconcile began before the client had read
                // the response) and, as an upper bound, from the moment the request was sent.
                var latencies: [Double] = []
                var fromRequest: [Double] = []
                for version in versions {
                    guard let ack = timings.acknowledged.withLock({ $0[version] }), let sent = timings.sent.withLock({ $0[version] }),
                        let start = timings.started.withLock({ $0[version] })
                    else { continue }
                    latencies.append(max(0, (start - ack).seconds * 1000))
                    fromRequest.append((start - sent).seconds * 1000)
                }
                return ["p50_ms": percentile(latencies, 0.5), "p99_ms": percentile(latencies, 0.99), "max_ms": latencies.max() ?? .nan,
                        "from_request_p50_ms": percentile(fromRequest, 0.5), "from_request_p99_ms": percentile(fromRequest, 0.99),
                        "objects": Double(count), "observed": Double(latencies.count)]
            }
        }
    }
}

/// The `p` quantile (nearest rank) of `values`.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    return sorted[max(0, min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
}

import AsyncHTTPClient
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Metrics
import Prometheus
import Synchronization
import Testing
import ThawTestSupport

@testable import ControllerRuntime

@Suite(.serialized) struct ProbeServerTests {
    func get(_ url: String) async throws -> (status: UInt, body: String) {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (response.status.code, String(buffer: body))
    }

    @Test func readinessWaitsForCachesAndNamesTheFailingOneAndMetricsUseControllerRuntimeNames() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let registry = PrometheusCollectorRegistry()
                try await withMetricsFactory(PrometheusMetricsFactory(registry: registry)) {
                    var options = ManagerOptions()
                    options.reflector = testReflectorOptions()
                    let manager = try Manager(client: client, options: options)
                    let queue = WorkQueue<String>(name: "probe-test")
                    queue.add("a")
                    let port = Mutex(0)
                    let probes = ProbeServer(manager: manager, registry: registry, host: "127.0.0.1", port: 0) { bound in port.withLock { $0 = bound } }
                    let serving = Task { try await probes.run() }
                    #expect(await eventually { port.withLock { $0 } != 0 })
                    let base = "http://127.0.0.1:\(port.withLock { $0 })"

                    let synced = manager.informers.informer(ConfigMap.self)
                    manager.informers.start()
                    #expect(await eventually { synced.hasSynced })
                    #expect(try await get(base + "/healthz").status == 200)
                    #expect(try await get(base + "/readyz").status == 200)

                    // A cache that cannot sync makes the manager unready, naming it.
                    _ = manager.informers.informer(Namespace.self, labelSelector: "!!invalid")
                    #expect(await eventually { manager.informers.unsynced.first?.failure != nil })
                    let ready = try await get(base + "/readyz")
                    #expect(ready.status == 503)
                    #expect(ready.body.contains("namespaces"))
                    #expect(ready.body.contains("list"))

                    let metrics = try await get(base + "/metrics")
                    #expect(metrics.body.contains(#"workqueue_adds_total{name="probe-test"} 1"#))
                    #expect(metrics.body.contains("workqueue_depth"))
                    serving.cancel()
                    _ = try? await serving.value
                    await manager.informers.stop()
                }
            }
        }
    }
}

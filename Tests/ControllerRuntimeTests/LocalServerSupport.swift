import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Synchronization

@testable import ControllerRuntime

/// Records every event a handler saw, by kind and name.
final class EventLog: Sendable {
    private let events = Mutex<[String]>([])
    func record(_ event: ResourceEvent<ConfigMap>) {
        let name = event.object.metadata.name ?? ""
        let line: String
        switch event {
        case .added: line = "added \(name)"
        case .updated: line = "updated \(name)"
        case .deleted: line = "deleted \(name)"
        }
        events.withLock { $0.append(line) }
    }
    var all: [String] { events.withLock { $0 } }
    func contains(_ line: String) -> Bool { events.withLock { $0.contains(line) } }
}

/// Fast reflector timings for tests: 1–2 s watches, 50 ms → 400 ms back-off, fixed seed.
func testReflectorOptions() -> ReflectorOptions {
    var options = ReflectorOptions()
    options.pageSize = 3
    options.minimumWatchTimeout = .seconds(1)
    options.silenceGrace = .seconds(1)
    options.backoff = ReflectorBackoff(initial: .milliseconds(50), maximum: .milliseconds(400))
    options.seed = 9
    return options
}

/// Names and resource versions of the ConfigMaps in `namespace` on the server, and in the store.
func serverState(_ client: KubeClient, namespace: String) async throws -> [String: String] {
    let list = try await client.resource(ConfigMap.self, namespace: namespace).list()
    return Dictionary(uniqueKeysWithValues: list.items.map { ($0.metadata.name ?? "", $0.metadata.resourceVersion ?? "") })
}

func storeState(_ store: Store<ConfigMap>) -> [String: String] {
    Dictionary(uniqueKeysWithValues: store.list().map { ($0.metadata.name ?? "", $0.metadata.resourceVersion ?? "") })
}

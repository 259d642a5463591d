import Foundation
import KubeAPI

@testable import KubeLocalStore

let configMaps = ResourceID(group: "", resource: "configmaps")
let secrets = ResourceID(group: "", resource: "secrets")

/// A ConfigMap-like object.
func configMap(_ name: String, namespace: String = "default", data: String = "v") -> JSONValue {
    ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name), "namespace": .string(namespace)], "data": ["k": .string(data)]]
}

func key(_ name: String, _ namespace: String = "default") -> ObjectKey { ObjectKey(namespace: namespace, name: name) }

/// Reads `count` events from `watch`.
func collect(_ watch: StoreWatch, count: Int) async throws(StoreError) -> [StoreEvent] {
    var events: [StoreEvent] = []
    guard count > 0 else { return events }
    for try await event in watch {
        events.append(event)
        if events.count == count { break }
    }
    return events
}

/// A fresh directory for database files, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kubelocalstore-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

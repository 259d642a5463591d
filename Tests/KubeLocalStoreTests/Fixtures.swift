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

/// A clock stuck at 2024-05-01T12:00:00Z.
let fixedClock: WallClock = { Date(timeIntervalSince1970: 1_714_564_800) }
let fixedTimestamp = "2024-05-01T12:00:00Z"

/// An object with a uid, optional finalizers and owner references `(uid, blockOwnerDeletion)`.
func owned(
    _ name: String, namespace: String = "default", uid: String, finalizers: [String] = [], owners: [(String, Bool)] = [],
    generation: Int64? = nil
) -> JSONValue {
    var object = configMap(name, namespace: namespace)
    object[path: ["metadata", "uid"]] = .string(uid)
    if !finalizers.isEmpty { object[path: ["metadata", "finalizers"]] = .array(finalizers.map { .string($0) }) }
    if !owners.isEmpty {
        object[path: ["metadata", "ownerReferences"]] = .array(
            owners.map { uid, block in
                ["apiVersion": "v1", "kind": "ConfigMap", "name": "owner", "uid": .string(uid), "blockOwnerDeletion": .bool(block)]
            })
    }
    if let generation { object[path: ["metadata", "generation"]] = .int(generation) }
    return object
}

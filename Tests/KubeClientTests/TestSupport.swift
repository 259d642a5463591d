import Foundation
import KubeAPI
import KubeClient
import KubeLocal

/// Runs `body` with a client of a fresh in-process local API server.
func withLocalServer<T: Sendable>(
    _ serverConfiguration: LocalAPIServerConfiguration = .forTesting(),
    configure: (inout KubeClientConfiguration) -> Void = { _ in },
    _ body: (KubeClient, LocalAPIServer) async throws -> T
) async throws -> T {
    try await LocalAPIServer.withRunning(configuration: serverConfiguration) { server, url in
        var configuration = KubeClientConfiguration(server: url)
        configure(&configuration)
        return try await KubeClient.with(configuration) { client in try await body(client, server) }
    }
}

/// A ConfigMap named `name` with `data`.
func configMap(_ name: String, namespace: String? = nil, data: [String: String] = ["k": "v"], labels: [String: String] = [:]) -> ConfigMap {
    var object = ConfigMap(name: name, namespace: namespace)
    object.data = data
    if !labels.isEmpty { object.metadata.labels = labels }
    return object
}

/// A fresh temporary folder, removed by the caller.
func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kubeclient-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func write(_ text: String, to path: String, executable: Bool = false) throws {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
}

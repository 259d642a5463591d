import AsyncHTTPClient
import KubeAPI
import KubeLocal
import NIOCore
import NIOHTTP1

/// A response as the tests inspect it.
struct TestResponse {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    /// The body parsed as JSON (`null` when it is not JSON).
    var json: JSONValue { (try? JSONValue.parse(body)) ?? .null }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A thin HTTP client for one test server (AsyncHTTPClient underneath).
struct TestClient {
    let baseURL: String

    func request(
        _ method: HTTPMethod, _ path: String, json: JSONValue? = nil, body: String? = nil,
        contentType: String = "application/json", headers: [(String, String)] = []
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        for (k, v) in headers { request.headers.add(name: k, value: v) }
        if let payload = json.map({ $0.jsonBytes }) ?? body.map({ Array($0.utf8) }) {
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(ByteBuffer(bytes: payload))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let collected = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: Array(collected.readableBytesView))
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> TestResponse {
        try await request(.GET, path, headers: headers)
    }

    func post(_ path: String, _ object: JSONValue) async throws -> TestResponse {
        try await request(.POST, path, json: object)
    }

    func put(_ path: String, _ object: JSONValue) async throws -> TestResponse {
        try await request(.PUT, path, json: object)
    }

    func patch(_ path: String, _ body: String, type: String) async throws -> TestResponse {
        try await request(.PATCH, path, body: body, contentType: type)
    }

    func delete(_ path: String, _ options: JSONValue? = nil) async throws -> TestResponse {
        try await request(.DELETE, path, json: options)
    }

    /// Opens a watch and returns the events it delivers until `until` returns true for the events
    /// so far, or the server ends the stream.
    func watch(_ path: String, until: ([JSONValue]) -> Bool = { _ in false }) async throws -> [JSONValue] {
        let request = HTTPClientRequest(url: baseURL + path)
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        var events: [JSONValue] = []
        var pending: [UInt8] = []
        for try await buffer in response.body {
            pending += buffer.readableBytesView
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if !line.isEmpty { events.append(try JSONValue.parse(line)) }
            }
            if until(events) { break }
        }
        return events
    }
}

/// Objects for tests.
enum Fixtures {
    static func configMap(_ name: String, data: [String: JSONValue] = ["k": "v"], labels: [String: JSONValue] = [:]) -> JSONValue {
        var meta: JSONValue = ["name": .string(name)]
        if !labels.isEmpty { meta["labels"] = .object(labels) }
        return ["apiVersion": "v1", "kind": "ConfigMap", "metadata": meta, "data": .object(data)]
    }

    static func deployment(_ name: String, replicas: Int64 = 1, image: String = "nginx:1.25") -> JSONValue {
        [
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": .string(name)],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": .string(name)]],
                "template": [
                    "metadata": ["labels": ["app": .string(name)]],
                    "spec": ["containers": [["name": "main", "image": .string(image)]]],
                ],
            ],
        ]
    }

    static let widgetCRD: JSONValue = [
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": ["name": "widgets.example.com"],
        "spec": [
            "group": "example.com", "scope": "Namespaced",
            "names": ["plural": "widgets", "singular": "widget", "kind": "Widget", "shortNames": ["wd"], "categories": ["all"]],
            "versions": [[
                "name": "v1", "served": true, "storage": true,
                "subresources": [
                    "status": .emptyObject,
                    "scale": ["specReplicasPath": ".spec.replicas", "statusReplicasPath": ".status.replicas", "labelSelectorPath": ".status.selector"],
                ],
                "additionalPrinterColumns": [
                    ["name": "Replicas", "type": "integer", "jsonPath": ".spec.replicas"],
                    ["name": "Color", "type": "string", "jsonPath": ".spec.color"],
                ],
                "schema": ["openAPIV3Schema": [
                    "type": "object",
                    "properties": [
                        "spec": ["type": "object", "properties": [
                            "replicas": ["type": "integer", "minimum": 0, "default": 1],
                            "color": ["type": "string", "enum": ["red", "blue"]],
                            "free": ["type": "object", "x-kubernetes-preserve-unknown-fields": true],
                        ]],
                        "status": ["type": "object", "properties": [
                            "replicas": ["type": "integer"], "selector": ["type": "string"],
                        ]],
                    ],
                ]],
            ]],
        ],
    ]

    static func widget(_ name: String, color: String = "red") -> JSONValue {
        ["apiVersion": "example.com/v1", "kind": "Widget", "metadata": ["name": .string(name)], "spec": ["color": .string(color)]]
    }
}

/// Runs `body` against a fresh in-memory server.
func withServer<T: Sendable>(
    _ configuration: LocalAPIServerConfiguration = .forTesting(), _ body: (TestClient, LocalAPIServer) async throws -> T
) async throws -> T {
    try await LocalAPIServer.withRunning(configuration: configuration) { server, url in
        try await body(TestClient(baseURL: url), server)
    }
}

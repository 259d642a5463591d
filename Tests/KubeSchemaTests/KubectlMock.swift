import Foundation
import KubeAPI
@testable import KubeSchema

/// A throwaway HTTP server (python3's http.server) answering kubectl's discovery and OpenAPI
/// requests from pre-rendered documents, so tests can run the real kubectl against them.
final class KubectlMock {
    let directory: URL
    let port: Int
    private let server: Process

    /// Renders discovery and OpenAPI documents for `resources` (each group-version document
    /// passed through `rewrite`) and starts serving them.
    init(resources: [OpenAPIResource], rewrite: (JSONValue) -> JSONValue = { $0 }) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubeschema-mock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var routes: [String: JSONValue] = Self.discovery(resources)
        routes["/openapi/v3"] = OpenAPIDocuments.v3Index(resources)
        for path in Set(resources.map(\.groupVersionPath)) {
            routes["/openapi/v3/\(path)"] = OpenAPIDocuments.v3(groupVersionPath: path, resources).map(rewrite)
        }
        var index: [String: JSONValue] = [:]
        for (n, (route, document)) in routes.sorted(by: { $0.key < $1.key }).enumerated() {
            let file = "doc\(n).json"
            try Data(document.jsonBytes).write(to: directory.appendingPathComponent(file))
            index[route] = .string(file)
        }
        try Data(JSONValue.object(index).jsonBytes).write(to: directory.appendingPathComponent("routes.json"))
        try Data(Self.serverScript.utf8).write(to: directory.appendingPathComponent("server.py"))

        server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", directory.appendingPathComponent("server.py").path, directory.path]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        let firstLine = output.fileHandleForReading.readLine()
        guard let port = Int(firstLine.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            server.terminate()
            throw MockError(message: "mock server did not report its port: \(firstLine)")
        }
        self.port = port
    }

    deinit {
        server.terminate()
        server.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs kubectl against the mock; returns its exit status and combined output.
    func kubectl(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["kubectl", "--request-timeout=20s", "--server", "http://127.0.0.1:\(port)", "--cache-dir", directory.appendingPathComponent("cache").path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["KUBECONFIG"] = directory.appendingPathComponent("no-kubeconfig").path
        process.environment = environment
        // A file rather than a pipe: the output is read once kubectl has exited.
        let outputFile = directory.appendingPathComponent("output-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        if let input {
            let file = directory.appendingPathComponent("input-\(UUID().uuidString).yaml")
            try Data(input.utf8).write(to: file)
            process.arguments? += ["-f", file.path]
        }
        try process.run()
        process.waitUntilExit()
        let data = try Data(contentsOf: outputFile)
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    struct MockError: Error { var message: String }

    /// `/version`, `/api`, `/api/v1`, `/apis`, `/apis/G/V` for the resources.
    static func discovery(_ resources: [OpenAPIResource]) -> [String: JSONValue] {
        var routes: [String: JSONValue] = [
            "/version": ["major": "1", "minor": "32", "gitVersion": "v1.32.0", "platform": "linux/amd64"],
            "/api": ["kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"]]],
        ]
        var groups: [String: [String]] = [:]
        for resource in resources where !resource.group.isEmpty {
            groups[resource.group, default: []].append(resource.version)
        }
        routes["/apis"] = [
            "kind": "APIGroupList", "apiVersion": "v1",
            "groups": .array(groups.keys.sorted().map { group in
                let versions = Array(Set(groups[group] ?? [])).sorted()
                let entries = JSONValue.array(versions.map { ["groupVersion": .string("\(group)/\($0)"), "version": .string($0)] })
                return ["name": .string(group), "versions": entries, "preferredVersion": entries.arrayValue?.first ?? nil]
            }),
        ]
        for path in Set(resources.map(\.groupVersionPath)) {
            let served = resources.filter { $0.groupVersionPath == path }
            var list: [JSONValue] = []
            for resource in served {
                list.append([
                    "name": .string(resource.plural), "singularName": .string(resource.kind.lowercased()), "namespaced": .bool(resource.namespaced),
                    "kind": .string(resource.kind), "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
                ])
                for sub in resource.subresources {
                    list.append(["name": .string("\(resource.plural)/\(sub)"), "singularName": "", "namespaced": .bool(resource.namespaced),
                                 "kind": .string(sub == "scale" ? "Scale" : resource.kind), "verbs": ["get", "patch", "update"]])
                }
            }
            routes["/" + path] = ["kind": "APIResourceList", "apiVersion": "v1", "groupVersion": .string(served[0].apiVersion), "resources": .array(list)]
        }
        return routes
    }

    static let serverScript = #"""
        import http.server, json, os, signal, sys
        # Children of the test runner inherit a blocked SIGTERM; restore it so terminate() works.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        root = sys.argv[1]
        routes = json.load(open(os.path.join(root, "routes.json")))
        class Handler(http.server.BaseHTTPRequestHandler):
            def reply(self, code, body):
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def do_GET(self):
                path = self.path.split("?")[0]
                if path in routes:
                    self.reply(200, open(os.path.join(root, routes[path]), "rb").read())
                else:
                    self.reply(404, b'{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}')
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                self.reply(201, self.rfile.read(length))
            do_PUT = do_POST
            do_PATCH = do_POST
            def log_message(self, *args):
                pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#
}

private extension FileHandle {
    /// Reads up to the first newline.
    func readLine() -> String {
        var bytes: [UInt8] = []
        while true {
            let chunk = readData(ofLength: 1)
            guard let byte = chunk.first, byte != UInt8(ascii: "\n") else { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Foundation
import KubeAPI
import KubeClient

/// Benchmark driver for the Swift client (used by hack/benchmarks/client-*):
///   populate SERVER COUNT BYTES   create COUNT ConfigMaps of about BYTES each in namespace bench
///   list SERVER RUNS              time typed lists of every ConfigMap (all namespaces); JSON per run
///   watch SERVER COUNT            time one watch stream delivering COUNT ADDED events from resourceVersion 0
///   decode COUNT BYTES            time framing and decoding COUNT in-memory watch events
///   parse FILE RUNS               time parsing a saved list body (a ConfigMapList) into typed objects
///   parse-stream FILE RUNS CHUNK  the same through JSONListStreamParser, fed CHUNK bytes at a time
///                                 (WORKERS=N sets its thread count)
/// Every mode prints one JSON object on its last line.

/// A failure this driver reports on standard error before exiting with status 1.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func configMap(_ index: Int, bytes: Int) -> ConfigMap {
    var object = ConfigMap(name: String(format: "cm-%06d", index), namespace: "bench")
    object.metadata.labels = ["app": "bench", "shard": String(index % 10)]
    let value = String(repeating: "x", count: max(1, bytes - 300))
    object.data = ["payload": value, "index": String(index)]
    return object
}

/// Runs `body` with a client of `server`, shut down afterwards (also when `body` throws).
func withClient<T: Sendable>(_ server: String, _ body: (KubeClient) async throws -> T) async throws -> T {
    var configuration = KubeClientConfiguration(server: server)
    configuration.requestTimeout = .seconds(600)
    return try await KubeClient.with(configuration, body)
}

func populate(server: String, count: Int, bytes: Int) async throws {
    try await withClient(server) { kube in
        do {
            _ = try await kube.resource(Namespace.self).create(Namespace(name: "bench"))
        } catch let error as KubeAPIError where error.isAlreadyExists {
        } catch {
            throw BenchFailure("cannot create namespace bench: \(error)")
        }
        let configMaps = kube.resource(ConfigMap.self, namespace: "bench")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for index in stride(from: worker, to: count, by: 8) {
                        do {
                            _ = try await configMaps.create(configMap(index, bytes: bytes))
                        } catch let error as KubeAPIError where error.isAlreadyExists {}
                    }
                }
            }
            try await group.waitForAll()
        }
    }
    print(#"{"created":\#(count)}"#)
}

func list(server: String, runs: Int) async throws {
    let (times, items) = try await withClient(server) { kube in
        let configMaps = kube.resource(ConfigMap.self).allNamespaces
        var times: [Double] = []
        var items = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            let typed = try await configMaps.list().items
            items = typed.reduce(0) { $0 + ($1.metadata.name == nil ? 0 : 1) }
            let elapsed = ContinuousClock.now - start
            // The list is freed after the clock stops: the figure is the time to have the objects.
            withExtendedLifetime(typed) { times.append(seconds(elapsed)) }
        }
        return (times, items)
    }
    let median = times.sorted()[times.count / 2]
    print(#"{"items":\#(items),"median_s":\#(median),"runs":\#(times)}"#)
}

func watch(server: String, count: Int) async throws {
    let (received, bytes, firstEvent, elapsed) = try await withClient(server) { kube in
        let configMaps = kube.resource(ConfigMap.self).allNamespaces
        var received = 0
        var bytes = 0
        var firstEvent = 0.0
        let start = ContinuousClock.now
        for try await event in configMaps.watch(WatchOptions(resourceVersion: "0")) {
            if case .added(let object) = event { bytes += object.data["payload"]?.utf8.count ?? 0 }
            if received == 0 { firstEvent = seconds(ContinuousClock.now - start) }
            received += 1
            if received == count { break }
        }
        return (received, bytes, firstEvent, seconds(ContinuousClock.now - start))
    }
    print(#"{"events":\#(received),"seconds":\#(elapsed),"first_event_s":\#(firstEvent),"events_per_s":\#(Double(received) / elapsed),"payload_bytes":\#(bytes)}"#)
}

func decode(count: Int, bytes: Int) throws {
    var stream: [UInt8] = []
    for index in 0..<count {
        var object = configMap(index, bytes: bytes)
        object.metadata.resourceVersion = String(index + 1)
        stream += WatchEvent(type: .added, object: object).json.jsonBytes
        stream.append(0x0A)
    }
    let chunkSize = 16 * 1024
    var framer = LineFramer()
    var events = 0
    let start = ContinuousClock.now
    var offset = 0
    while offset < stream.count {
        let end = min(stream.count, offset + chunkSize)
        try stream[offset..<end].withUnsafeBufferPointer { chunk in
            try framer.push(chunk) { line in
                let event = try WatchEvent<ConfigMap>(jsonBytes: line)
                if event.object.metadata.resourceVersion != nil { events += 1 }
            }
        }
        offset = end
    }
    let elapsed = seconds(ContinuousClock.now - start)
    print(#"{"events":\#(events),"seconds":\#(elapsed),"events_per_s":\#(Double(events) / elapsed),"stream_bytes":\#(stream.count)}"#)
}

func parse(file: String, runs: Int) throws {
    let body = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    var times: [Double] = []
    var items = 0
    for _ in 0..<max(1, runs) {
        let start = ContinuousClock.now
        let typed = try KubeList<ConfigMap>(jsonBytes: body).items
        items = typed.reduce(0) { $0 + ($1.metadata.name == nil ? 0 : 1) }
        let elapsed = ContinuousClock.now - start
        withExtendedLifetime(typed) { times.append(seconds(elapsed)) }
    }
    let sorted = times.sorted()
    let median = sorted[times.count / 2]
    print(#"{"items":\#(items),"median_s":\#(median),"min_s":\#(sorted[0]),"mb_per_s":\#(Double(body.count) / median / 1e6)}"#)
}

func parseStreaming(file: String, runs: Int, chunkSize: Int) throws {
    let body = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    var times: [Double] = []
    var items = 0
    for _ in 0..<max(1, runs) {
        let start = ContinuousClock.now
        var parser = ProcessInfo.processInfo.environment["WORKERS"].flatMap { Int($0) }.map {
            JSONListStreamParser(expectedByteCount: body.count, workers: $0)
        } ?? JSONListStreamParser(expectedByteCount: body.count)
        body.withUnsafeBytes { all in
            var offset = 0
            while offset < all.count {
                let end = min(all.count, offset + max(1, chunkSize))
                parser.append(UnsafeRawBufferPointer(rebasing: all[offset..<end]))
                offset = end
            }
        }
        let typed = KubeList<ConfigMap>(json: try parser.finish()).items
        items = typed.reduce(0) { $0 + ($1.metadata.name == nil ? 0 : 1) }
        let elapsed = ContinuousClock.now - start
        withExtendedLifetime(typed) { times.append(seconds(elapsed)) }
    }
    let sorted = times.sorted()
    let median = sorted[times.count / 2]
    print(#"{"items":\#(items),"median_s":\#(median),"min_s":\#(sorted[0]),"mb_per_s":\#(Double(body.count) / median / 1e6)}"#)
}

let arguments = CommandLine.arguments.dropFirst().map { $0 }
do {
    switch (arguments.first, arguments.count) {
    case ("populate", 4): try await populate(server: arguments[1], count: Int(arguments[2]) ?? 0, bytes: Int(arguments[3]) ?? 1024)
    case ("list", 3): try await list(server: arguments[1], runs: Int(arguments[2]) ?? 1)
    case ("watch", 3): try await watch(server: arguments[1], count: Int(arguments[2]) ?? 0)
    case ("decode", 3): try decode(count: Int(arguments[1]) ?? 0, bytes: Int(arguments[2]) ?? 1024)
    case ("parse", 3): try parse(file: arguments[1], runs: Int(arguments[2]) ?? 1)
    case ("parse-stream", 4):
        try parseStreaming(file: arguments[1], runs: Int(arguments[2]) ?? 1, chunkSize: Int(arguments[3]) ?? 65536)
    default:
        FileHandle.standardError.write(Data("usage: thaw-bench-client populate SERVER COUNT BYTES | list SERVER RUNS | watch SERVER COUNT | decode COUNT BYTES | parse FILE RUNS | parse-stream FILE RUNS CHUNK\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("thaw-bench-client: \(error)\n".utf8))
    exit(1)
}

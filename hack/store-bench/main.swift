// Measures KubeLocalStore directly (no HTTP): creates per second from 8 concurrent writers, in
// memory and with SQLite; a full list of every object; watch delivery latency to 10 watchers.
// Prints one JSON object as its last line. Run through `hack/bench store`.
import Foundation
import KubeAPI
import KubeLocalStore

let objectCount = Int(ProcessInfo.processInfo.environment["STORE_BENCH_OBJECTS"] ?? "") ?? 10_000
let writers = 8
let configMaps = ResourceID(group: "", resource: "configmaps")

/// A ConfigMap of about 1 KiB.
func configMap(_ n: Int) -> JSONValue {
    var data: [String: JSONValue] = [:]
    for k in 0..<8 { data["key\(k)"] = .string(String(repeating: Character(UnicodeScalar(97 + (n + k) % 26)!), count: 110)) }
    return [
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": ["name": .string("cm-\(n)"), "namespace": "bench", "uid": .string(UUID().uuidString), "labels": ["app": "bench"]],
        "data": .object(data),
    ]
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// Creates `objects` from `writers` concurrent tasks, with the blocking or the suspending API;
/// returns creates per second.
func createAll(
    _ store: ObjectStore, _ objects: [JSONValue], writers: Int = writers, suspending: Bool = false,
    parsing bodies: [[UInt8]]? = nil
) async throws -> Double {
    let start = ContinuousClock.now
    try await withThrowingTaskGroup(of: Void.self) { group in
        for w in 0..<writers {
            group.addTask {
                var n = w
                while n < objects.count {
                    let key = ObjectKey(namespace: "bench", name: "cm-\(n)")
                    // With `bodies`, parse each object as a server parses a request body.
                    let object = try bodies.map { try JSONValue.parse($0[n]) } ?? objects[n]
                    if suspending {
                        _ = try await store.suspending.create(configMaps, key, object)
                    } else {
                        _ = try store.create(configMaps, key, object)
                    }
                    n += writers
                }
            }
        }
        try await group.waitForAll()
    }
    return Double(objects.count) / seconds(since: start)
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

/// The resident set size in bytes (Linux).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * 4096 : 0
}

// Memory the store adds for the objects: RSS growth while populating one store from JSON bodies
// parsed as a server would (so the store shares no storage with `objects`), for both object
// retention modes, and the time of a full list that evaluates a label predicate on every object.
func storeFootprint(retainParsedObjects: Bool) async throws -> (bytes: Int, rate: Double, selectorListMs: Double) {
    let bodies = objects.map(\.jsonBytes)
    let before = residentBytes()
    let store = try ObjectStore(retainParsedObjects: retainParsedObjects)
    let rate = try await createAll(store, objects, parsing: bodies)
    let bytes = residentBytes() - before
    let start = ContinuousClock.now
    let listed = try store.list(configMaps, namespace: nil, limit: nil, continueToken: nil) { $0["metadata"]?["labels"]?["app"] == "bench" }
    precondition(listed.items.count == objectCount)
    return (bytes, rate, seconds(since: start) * 1000)
}
let objects = (0..<objectCount).map(configMap)
if let mode = ProcessInfo.processInfo.environment["STORE_BENCH_FOOTPRINT"] {
    let footprint = try await storeFootprint(retainParsedObjects: mode == "retained")
    let figures: JSONValue = [
        "rss_mb": .double((Double(footprint.bytes) / 1_048_576 * 10).rounded() / 10),
        "creates_per_s": .int(Int64(footprint.rate)),
        "selector_list_ms": .double((footprint.selectorListMs * 100).rounded() / 100),
    ]
    print(figures.jsonString)
    exit(0)
}
let jsonBytes = objects.reduce(0) { $0 + $1.jsonBytes.count }

var memoryRates: [Double] = []
var listTimes: [Double] = []
var memoryStore = try ObjectStore()
for _ in 0..<3 {
    memoryStore = try ObjectStore()
    memoryRates.append(try await createAll(memoryStore, objects))
    let start = ContinuousClock.now
    let listed = try memoryStore.list(configMaps, namespace: nil, limit: nil, continueToken: nil, where: { _ in true })
    listTimes.append(seconds(since: start) * 1000)
    precondition(listed.items.count == objectCount)
}

/// Runs this program again to measure one footprint in a fresh process (RSS does not shrink
/// reliably after frees, so measuring in the same process would be skewed by earlier rounds).
func footprintInChild(retainParsedObjects: Bool) throws -> [String: JSONValue] {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var environment = ProcessInfo.processInfo.environment
    environment["STORE_BENCH_FOOTPRINT"] = retainParsedObjects ? "retained" : "json-only"
    child.environment = environment
    let output = Pipe()
    child.standardOutput = output
    try child.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    return (try? JSONValue.parse([UInt8](data)))?.objectValue ?? [:]
}
let jsonOnly = try footprintInChild(retainParsedObjects: false)
let retained = try footprintInChild(retainParsedObjects: true)

var sqliteRates: [Double] = []
var sqliteSuspendingRates: [Double] = []
var sqliteSingleRates: [Double] = []
for round in 0..<9 {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = try ObjectStore(databasePath: directory.appendingPathComponent("state.sqlite").path)
    if round < 3 {
        sqliteRates.append(try await createAll(store, objects))
    } else if round < 6 {
        sqliteSuspendingRates.append(try await createAll(store, objects, suspending: true))
    } else {
        sqliteSingleRates.append(try await createAll(store, objects, writers: 1))
    }
}

// Watch latency: 10 watchers, objectCount updates from one writer paced at one per 200 µs;
// latency = receive time - write time.
let watchers = 10
let updates = objectCount
let watchStore = try ObjectStore()
for n in 0..<100 { _ = try watchStore.create(configMaps, ObjectKey(namespace: "bench", name: "cm-\(n)"), objects[n]) }
let origin = ContinuousClock.now
let writeTimes = UnsafeMutableBufferPointer<Double>.allocate(capacity: updates + 200)
nonisolated(unsafe) let writeTimesShared = writeTimes
let base = watchStore.resourceVersion
let readers = try (0..<watchers).map { _ in
    let watch = try watchStore.watch(configMaps, namespace: nil, after: base, bufferLimit: 1_000_000)
    return Task { () throws -> (latencies: [Double], inOrder: Bool, count: Int) in
        var latencies: [Double] = []
        var last = base
        var inOrder = true
        for try await event in watch {
            let now = seconds(since: origin)
            if event.object.resourceVersion != last + 1 { inOrder = false }
            last = event.object.resourceVersion
            latencies.append((now - writeTimesShared[Int(last - base - 1)]) * 1000)
            if latencies.count == updates { break }
        }
        return (latencies, inOrder, latencies.count)
    }
}
for n in 0..<updates {
    try await Task.sleep(for: .microseconds(200))
    writeTimes[n] = seconds(since: origin)
    _ = try watchStore.update(configMaps, ObjectKey(namespace: "bench", name: "cm-\(n % 100)")) { current in
        var object = current.object
        object[path: ["metadata", "annotations", "n"]] = .string(String(n))
        return object
    }
}
var allLatencies: [Double] = []
var ordered = true
var delivered = 0
for reader in readers {
    let result = try await reader.value
    allLatencies += result.latencies
    ordered = ordered && result.inOrder
    delivered += result.count
}
writeTimes.deallocate()

let figures: [String: JSONValue] = [
    "objects": .int(Int64(objectCount)),
    "object_json_bytes_total": .int(Int64(jsonBytes)),
    "writers": .int(Int64(writers)),
    "memory_store_rss_mb": retained["rss_mb"] ?? .null,
    "memory_store_rss_mb_json_only": jsonOnly["rss_mb"] ?? .null,
    "memory_creates_per_s_json_only": jsonOnly["creates_per_s"] ?? .null,
    "selector_list_ms": retained["selector_list_ms"] ?? .null,
    "selector_list_ms_json_only": jsonOnly["selector_list_ms"] ?? .null,
    "memory_creates_per_s_median": .int(Int64(median(memoryRates))),
    "sqlite_creates_per_s_median": .int(Int64(median(sqliteRates))),
    "sqlite_suspending_creates_per_s_median": .int(Int64(median(sqliteSuspendingRates))),
    "sqlite_creates_per_s_one_writer_median": .int(Int64(median(sqliteSingleRates))),
    "full_list_ms_median": .double((median(listTimes) * 100).rounded() / 100),
    "watchers": .int(Int64(watchers)),
    "watch_updates": .int(Int64(updates)),
    "watch_delivery_ms_p50": .double((percentile(allLatencies, 0.5) * 1000).rounded() / 1000),
    "watch_delivery_ms_p99": .double((percentile(allLatencies, 0.99) * 1000).rounded() / 1000),
    "watch_lost_or_reordered": .int(Int64(watchers * updates - delivered) + (ordered ? 0 : 1)),
]
print(JSONValue.object(figures).jsonString)

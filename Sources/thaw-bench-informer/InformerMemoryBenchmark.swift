import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Synchronization

/// The client side of `hack/benchmarks/informer-memory` (kube-rs's memory scenarios): an informer
/// on the ConfigMaps of one namespace of a separate API server, with the peak resident set size of
/// this whole process reported per phase, one JSON line each:
/// - `initial`: from start until the cache holds the initial state;
/// - `steady`: until the cache has seen `updates` changes (made by another process meanwhile);
/// - `relist`: a forced relist: the reflector restarts and fetches the whole state again into the
///   existing cache, which is replaced and diffed;
/// - `reads`: what reading the cache costs (`list_ms`, `get_us`), after the memory phases.
///
/// The peak is reset between phases through `/proc/self/clear_refs` (Linux). Each phase also
/// reports the current resident set split into anonymous memory (heap, stacks) and file-backed
/// pages (the program's and shared libraries' code), and `initial` reports the process before the
/// informer was made (`empty_*`), so the cache's own cost can be told from the process's.
enum InformerMemoryBenchmark {
    /// Reads `VmHWM` (the peak RSS) or `VmRSS` from `/proc/self/status`, in MiB.
    static func memory(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? -1
            return kilobytes / 1024
        }
        return -1
    }

    /// Resets the peak RSS to the current RSS.
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The current resident set: total, anonymous and file-backed, in MiB.
    static func resident(prefix: String = "") -> [String: Double] {
        [prefix + "rss_mb": memory("VmRSS"), prefix + "rss_anon_mb": memory("RssAnon"), prefix + "rss_file_mb": memory("RssFile")]
    }

    static func report(_ phase: String, _ extra: [String: Double] = [:]) {
        var figures = extra.merging(resident()) { first, _ in first }
        figures["peak_rss_mb"] = memory("VmHWM")
        // Formatted by hand (no JSONSerialization, so reporting pages in no Foundation code that
        // later phases would count) and flushed at once, so the driver sees each phase as it ends.
        let fields = figures.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",")
        let line = #"{"phase":"\#(phase)","figures":{"# + fields + "}}\n"
        print(line, terminator: "")
        fflush(nil)
    }

    static func run(url: String, namespace: String, updates: Int, streaming: Bool, representation: StoreRepresentation) async throws {
        try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
            let empty = resident(prefix: "empty_")
            var options = ReflectorOptions()
            options.streamingList = streaming
            let informer = Informer(
                listWatch: ListWatch(client: client.resource(ConfigMap.self, namespace: namespace)), representation: representation, options: options)
            let updated = Atomic<Int>(0)
            informer.addHandler { event in
                if case .updated = event { updated.add(1, ordering: .relaxed) }
            }
            var running = Task { await informer.run() }
            try await informer.store.waitUntilSynced()
            report("initial", empty.merging(["objects": Double(informer.store.count), "streamed": streaming ? 1 : 0]) { first, _ in first })
            resetPeak()
            while updated.load(ordering: .relaxed) < updates { try await Task.sleep(for: .milliseconds(5)) }
            report("steady", ["updates_seen": Double(updated.load(ordering: .relaxed))])
            resetPeak()
            running.cancel()
            await running.value
            let lists = informer.reflectorStatistics.lists
            running = Task { await informer.run() }
            while informer.reflectorStatistics.lists == lists { try await Task.sleep(for: .milliseconds(5)) }
            report("relist", ["objects": Double(informer.store.count)])
            running.cancel()
            await running.value
            report("reads", readCost(informer.store))
        }
    }

    /// What reading the cache costs in this representation: a whole `list()` (median of 5, ms)
    /// and a `get` by key (mean over every key, µs).
    static func readCost(_ store: Store<ConfigMap>) -> [String: Double] {
        let clock = ContinuousClock()
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
        }
        var lists: [Double] = []
        for _ in 0..<5 {
            var count = 0
            lists.append(milliseconds(clock.measure { count = store.list().count }))
            precondition(count == store.count)
        }
        let keys = store.keys
        var found = 0
        let gets = clock.measure {
            for key in keys where store.get(key) != nil { found += 1 }
        }
        precondition(found == keys.count)
        return ["list_ms": lists.sorted()[lists.count / 2], "get_us": milliseconds(gets) * 1e3 / Double(max(1, keys.count))]
    }

    /// Creates `count` ConfigMaps of about `bytes` bytes of data each, or updates the first
    /// `count` of them, one request at a time on a few connections.
    static func write(url: String, namespace: String, verb: String, count: Int, bytes: Int) async throws {
        try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
            let configMaps = client.resource(ConfigMap.self, namespace: namespace)
            let lanes = 8
            let stamp = Int(Date().timeIntervalSince1970 * 1000)  // every run's updates change the data
            try await withThrowingTaskGroup(of: Void.self) { group in
                for lane in 0..<lanes {
                    group.addTask {
                        for i in stride(from: lane, to: count, by: lanes) {
                            var object = ConfigMap(name: "cm-\(i)", namespace: namespace)
                            object.metadata.labels = ["app": "bench", "lane": "\(lane)"]
                            let filler = String(repeating: "x", count: max(0, bytes / 8 - 8))
                            var data: [String: String] = [:]
                            for k in 0..<8 { data["key-\(k)"] = "\(verb)-\(i)-\(stamp)-\(filler)" }
                            object.data = data
                            if verb == "update" {
                                var current = try await configMaps.get("cm-\(i)")
                                current.data = data
                                _ = try await configMaps.update(current)
                            } else {
                                _ = try await configMaps.create(object)
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
    }
}

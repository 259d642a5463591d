import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("ObjectStore watch", .timeLimit(.minutes(1)))
struct WatchTests {
    @Test func watchFromNowSeesLaterChangesOnly() async throws {
        let store = try ObjectStore()
        _ = try store.create(configMaps, key("before"), configMap("before"))
        let watch = try store.watch(configMaps, namespace: nil, after: nil)
        _ = try store.create(configMaps, key("a"), configMap("a"))
        _ = try store.update(configMaps, key("a")) { _ in configMap("a", data: "2") }
        _ = try store.delete(configMaps, key("a"), precondition: { _ in })
        let events = try await collect(watch, count: 3)
        #expect(events.map(\.type) == [.added, .modified, .deleted])
        #expect(events.map(\.object.resourceVersion) == [2, 3, 4])
        #expect(events.allSatisfy { $0.key == key("a") })
        #expect(events[2].object.object["metadata"]?["resourceVersion"] == "4")
    }

    @Test func filtersByResourceAndNamespace() async throws {
        let store = try ObjectStore()
        let inDefault = try store.watch(configMaps, namespace: "default", after: nil)
        let everything = try store.watch(nil, namespace: nil, after: nil)
        _ = try store.create(secrets, key("s"), configMap("s"))
        _ = try store.create(configMaps, key("x", "other"), configMap("x", namespace: "other"))
        _ = try store.create(configMaps, key("y"), configMap("y"))
        let filtered = try await collect(inDefault, count: 1)
        #expect(filtered.map(\.key) == [key("y")])
        let all = try await collect(everything, count: 3)
        #expect(all.map(\.resource) == [secrets, configMaps, configMaps])
    }

    @Test func watchFromAVersionReplaysHistory() async throws {
        let store = try ObjectStore()
        for n in 0..<5 { _ = try store.create(configMaps, key("o\(n)"), configMap("o\(n)")) }
        let watch = try store.watch(configMaps, namespace: nil, after: 2)
        let replayed = try await collect(watch, count: 3)
        #expect(replayed.map(\.object.resourceVersion) == [3, 4, 5])
        _ = try store.create(configMaps, key("live"), configMap("live"))
        let live = try await collect(watch, count: 1)
        #expect(live.map(\.object.resourceVersion) == [6])
        let fromZero = try store.watch(nil, namespace: nil, after: 0)
        #expect(try await collect(fromZero, count: 6).map(\.object.resourceVersion) == [1, 2, 3, 4, 5, 6])
    }

    @Test func versionsOlderThanTheHistoryAreGone() throws {
        let store = try ObjectStore(historyLimit: 3)
        for n in 0..<6 { _ = try store.create(configMaps, key("o\(n)"), configMap("o\(n)")) }
        // Versions 4, 5, 6 are retained: watching after 3 works, after 2 does not.
        _ = try store.watch(nil, namespace: nil, after: 3)
        do {
            _ = try store.watch(nil, namespace: nil, after: 2)
            Issue.record("expected gone")
        } catch {
            #expect(error.reason == .gone)
            #expect(error.message == "too old resource version: 2 (3)")
        }
    }

    @Test func aWatcherOverrunByTheHistoryFailsInsteadOfSkipping() async throws {
        let store = try ObjectStore(historyLimit: 4)
        let watch = try store.watch(nil, namespace: nil, after: nil)
        for n in 0..<10 { _ = try store.create(configMaps, key("o\(n)"), configMap("o\(n)")) }
        await #expect(throws: StoreError.self) { _ = try await collect(watch, count: 10) }
    }

    @Test func aSlowWatcherBeyondItsBufferLimitFails() async throws {
        let store = try ObjectStore()
        let watch = try store.watch(nil, namespace: nil, after: nil, bufferLimit: 5)
        for n in 0..<6 { _ = try store.create(configMaps, key("o\(n)"), configMap("o\(n)")) }
        do {
            _ = try await collect(watch, count: 6)
            Issue.record("expected the slow watcher to fail")
        } catch {
            #expect(error.reason == .gone)
            #expect(error.message.contains("resume from resource version 0"))
        }
        #expect(store.watcherCount == 0)
        // A watcher that keeps up is never cut off.
        let steady = try store.watch(nil, namespace: nil, after: nil, bufferLimit: 2)
        var iterator = steady.makeAsyncIterator()
        for n in 0..<20 {
            _ = try store.create(secrets, key("s\(n)"), configMap("s\(n)"))
            #expect(try await iterator.next()?.key == key("s\(n)"))
        }
    }

    @Test func quietFilteredWatchersAreNotCutOffByUnrelatedChanges() async throws {
        let store = try ObjectStore(historyLimit: 50)
        let waiting = try store.watch(secrets, namespace: nil, after: nil, bufferLimit: 5)
        let parked = Task { () throws(StoreError) -> [StoreEvent] in try await collect(waiting, count: 1) }
        while store.state.withLock({ $0.watchers.values.first?.waiter == nil }) { await Task.yield() }
        let idle = try store.watch(secrets, namespace: nil, after: nil, bufferLimit: 5)
        // Far more unrelated changes than the buffer limit, and than the history holds.
        for n in 0..<200 { _ = try store.create(configMaps, key("o\(n)"), configMap("o\(n)")) }
        _ = try store.create(secrets, key("s"), configMap("s"))
        #expect(try await parked.value.map(\.key) == [key("s")])
        // The idle watcher never waited, so its cursor trails; only wanted changes count.
        let idleEvents = try await collect(idle, count: 1)
        #expect(idleEvents.map(\.key) == [key("s")])
    }

    @Test func cancelEndsAWaitingConsumer() async throws {
        let store = try ObjectStore()
        let watch = try store.watch(nil, namespace: nil, after: nil)
        let consumer = Task { try await collect(watch, count: 1).count }
        // Wait until the consumer is parked on the watch, then cancel it.
        while store.state.withLock({ $0.watchers.values.first?.waiter == nil }) { await Task.yield() }
        watch.cancel()
        #expect(try await consumer.value == 0)
    }

    @Test func taskCancellationEndsTheStream() async throws {
        let store = try ObjectStore()
        let watch = try store.watch(nil, namespace: nil, after: nil)
        let consumer = Task { try await collect(watch, count: 1).count }
        while store.state.withLock({ $0.watchers.values.first?.waiter == nil }) { await Task.yield() }
        consumer.cancel()
        #expect(try await consumer.value == 0)
    }

    @Test func droppingAWatchReleasesIt() throws {
        let store = try ObjectStore()
        do {
            let watch = try store.watch(nil, namespace: nil, after: nil)
            #expect(store.watcherCount == 1)
            _ = watch
        }
        #expect(store.watcherCount == 0)
    }

    @Test func concurrentWritersAndWatchersSeeEveryChangeInOrder() async throws {
        let store = try ObjectStore()
        let writers = 8
        let perWriter = 250
        let total = writers * perWriter * 2
        let watches = try (0..<6).map { _ in try store.watch(nil, namespace: nil, after: nil, bufferLimit: 1_000_000) }
        let filtered = try store.watch(configMaps, namespace: "ns3", after: nil, bufferLimit: 1_000_000)
        let readers = watches.map { watch in
            Task { () throws(StoreError) -> [Int64] in try await collect(watch, count: total).map(\.object.resourceVersion) }
        }
        let filteredReader = Task { () throws(StoreError) -> [Int64] in
            try await collect(filtered, count: perWriter * 2).map(\.object.resourceVersion)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<writers {
                group.addTask { try writeAndUpdate(store, namespace: "ns\(w)", count: perWriter) }
            }
            try await group.waitForAll()
        }
        let expected = Array(Int64(1)...Int64(total))
        for reader in readers {
            #expect(try await reader.value == expected)
        }
        let ns3 = try await filteredReader.value
        #expect(ns3.count == perWriter * 2)
        #expect(ns3 == ns3.sorted())
        #expect(Set(ns3).count == ns3.count)
        #expect(store.resourceVersion == Int64(total))
    }
}

/// Creates then updates `count` ConfigMaps in `namespace`.
func writeAndUpdate(_ store: ObjectStore, namespace: String, count: Int) throws {
    for n in 0..<count {
        let k = key("o\(n)", namespace)
        _ = try store.create(configMaps, k, configMap("o\(n)", namespace: namespace))
        _ = try store.update(configMaps, k) { _ in configMap("o\(n)", namespace: namespace, data: "x") }
    }
}

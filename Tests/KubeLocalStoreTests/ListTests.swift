import KubeAPI
import Testing

@testable import KubeLocalStore
import ThawDeterminism

@Suite("ObjectStore list")
struct ListTests {
    /// 3 namespaces × 10 objects, created in a shuffled order.
    func populated(historyLimit: Int = 100_000) throws -> ObjectStore {
        let store = try ObjectStore(historyLimit: historyLimit)
        var keys: [ObjectKey] = []
        for ns in ["b", "a", "c"] { for n in 0..<10 { keys.append(key("o\(n)", ns)) } }
        var rng = SplitMix64(seed: 7)
        keys.shuffle(using: &rng)
        for k in keys { _ = try store.create(configMaps, k, configMap(k.name, namespace: k.namespace)) }
        return store
    }

    func names(_ result: ListResult) -> [String] {
        result.items.map { "\($0.object["metadata"]?["namespace"]?.stringValue ?? "")/\($0.object["metadata"]?["name"]?.stringValue ?? "")" }
    }

    @Test func sortedByNamespaceThenName() throws {
        let store = try populated()
        let all = try store.list(configMaps, namespace: nil, limit: nil, continueToken: nil, where: { _ in true })
        #expect(all.items.count == 30)
        #expect(names(all) == names(all).sorted())
        #expect(names(all).first == "a/o0")
        #expect(all.resourceVersion == 30)
        #expect(all.continueToken == nil && all.remainingItemCount == nil)
        let inB = try store.list(configMaps, namespace: "b", limit: nil, continueToken: nil, where: { _ in true })
        #expect(names(inB) == (0..<10).map { "b/o\($0)" })
        let filtered = try store.list(configMaps, namespace: nil, limit: nil, continueToken: nil) { $0["metadata"]?["name"] == "o3" }
        #expect(names(filtered) == ["a/o3", "b/o3", "c/o3"])
        #expect(try store.list(secrets, namespace: nil, limit: nil, continueToken: nil, where: { _ in true }).items.isEmpty)
    }

    @Test func pagesCoverEverythingOnce() throws {
        let store = try populated()
        var seen: [String] = []
        var token: String?
        var pages = 0
        repeat {
            let page = try store.list(configMaps, namespace: nil, limit: 7, continueToken: token, where: { _ in true })
            seen += names(page)
            #expect(page.resourceVersion == 30)
            if let remaining = page.remainingItemCount { #expect(remaining == 30 - seen.count) }
            token = page.continueToken
            pages += 1
        } while token != nil
        #expect(pages == 5)
        #expect(seen == seen.sorted() && seen.count == 30)
    }

    @Test func continuedPagesShowTheFirstPagesSnapshot() throws {
        let store = try populated()
        let first = try store.list(configMaps, namespace: "b", limit: 4, continueToken: nil, where: { _ in true })
        #expect(names(first) == ["b/o0", "b/o1", "b/o2", "b/o3"])
        #expect(first.remainingItemCount == 6)
        // Concurrent writes after the first page: a delete, an update, a create, and a
        // delete-then-recreate, all in the part not read yet.
        _ = try store.delete(configMaps, key("o5", "b"), precondition: { _ in })
        _ = try store.update(configMaps, key("o6", "b")) { _ in configMap("o6", namespace: "b", data: "new") }
        _ = try store.create(configMaps, key("o55", "b"), configMap("o55", namespace: "b"))
        _ = try store.delete(configMaps, key("o7", "b"), precondition: { _ in })
        _ = try store.create(configMaps, key("o7", "b"), configMap("o7", namespace: "b", data: "again"))
        var rest: [StoredObject] = []
        var token = first.continueToken
        while let t = token {
            let page = try store.list(configMaps, namespace: "b", limit: 4, continueToken: t, where: { _ in true })
            #expect(page.resourceVersion == first.resourceVersion)
            rest += page.items
            token = page.continueToken
        }
        #expect(rest.map { $0.object["metadata"]?["name"]?.stringValue ?? "" } == ["o4", "o5", "o6", "o7", "o8", "o9"])
        #expect(rest.allSatisfy { $0.object["data"]?["k"] == "v" && $0.resourceVersion <= first.resourceVersion })
        // A fresh list sees the new state.
        let now = try store.list(configMaps, namespace: "b", limit: nil, continueToken: nil, where: { _ in true })
        #expect(names(now) == ["b/o0", "b/o1", "b/o2", "b/o3", "b/o4", "b/o55", "b/o6", "b/o7", "b/o8", "b/o9"])
    }

    @Test func listsCanBeReadAtAnExactVersion() throws {
        let store = try populated(historyLimit: 10)
        let before = store.resourceVersion
        _ = try store.delete(configMaps, key("o1", "a"), precondition: { _ in })
        _ = try store.update(configMaps, key("o2", "a")) { _ in configMap("o2", namespace: "a", data: "new") }
        _ = try store.create(configMaps, key("o99", "a"), configMap("o99", namespace: "a"))
        let then = try store.list(configMaps, namespace: "a", limit: nil, continueToken: nil, at: before, where: { _ in true })
        #expect(then.resourceVersion == before)
        #expect(names(then) == (0..<10).map { "a/o\($0)" })
        #expect(then.items.allSatisfy { $0.object["data"]?["k"] == "v" })
        let paged = try store.list(configMaps, namespace: "a", limit: 4, continueToken: nil, at: before, where: { _ in true })
        let rest = try store.list(configMaps, namespace: "a", limit: nil, continueToken: paged.continueToken, where: { _ in true })
        #expect(names(paged) + names(rest) == names(then))
        do {
            _ = try store.list(configMaps, namespace: nil, limit: nil, continueToken: nil, at: store.resourceVersion + 1, where: { _ in true })
            Issue.record("expected a future version to be refused")
        } catch {
            #expect(error.reason == .invalid)
        }
        for n in 0..<10 { _ = try store.create(secrets, key("s\(n)"), configMap("s\(n)")) }
        #expect(throws: StoreError.self) { try store.list(configMaps, namespace: nil, limit: nil, continueToken: nil, at: before, where: { _ in true }) }
    }

    @Test func anExpiredContinueTokenIsGone() throws {
        let store = try populated(historyLimit: 5)
        let first = try store.list(configMaps, namespace: nil, limit: 10, continueToken: nil, where: { _ in true })
        let token = try #require(first.continueToken)
        // Still in the history: fine.
        _ = try store.list(configMaps, namespace: nil, limit: 10, continueToken: token, where: { _ in true })
        for n in 0..<6 { _ = try store.create(secrets, key("s\(n)"), configMap("s\(n)")) }
        do {
            _ = try store.list(configMaps, namespace: nil, limit: 10, continueToken: token, where: { _ in true })
            Issue.record("expected gone")
        } catch {
            #expect(error.reason == .gone)
        }
    }

    @Test func malformedContinueTokensAreInvalid() throws {
        let store = try populated()
        for bad in ["!!!", "eyJ4IjoxfQ", ContinueToken(resourceVersion: 999, after: key("x")).encoded] {
            do {
                _ = try store.list(configMaps, namespace: nil, limit: 10, continueToken: bad, where: { _ in true })
                Issue.record("expected invalid for \(bad)")
            } catch {
                #expect(error.reason == .invalid)
            }
        }
    }

    @Test func continueTokenRoundTrips() throws {
        let token = ContinueToken(resourceVersion: 42, after: key("name/with\"odd", "ns"))
        #expect(try ContinueToken(decoding: token.encoded) == token)
        #expect(!token.encoded.contains("="))
    }

    @Test func paginationUnderConcurrentWritesIsConsistent() async throws {
        let store = try populated()
        let writer = Task {
            for n in 0..<300 {
                let k = key("w\(n % 40)", "b")
                if store.get(configMaps, k) == nil {
                    _ = try store.create(configMaps, k, configMap(k.name, namespace: "b"))
                } else {
                    _ = try store.delete(configMaps, k, precondition: { _ in })
                }
            }
        }
        for _ in 0..<20 {
            let snapshotVersion = store.resourceVersion
            var token: String?
            var pageItems: [StoredObject] = []
            var listVersion: Int64?
            repeat {
                let page = try store.list(configMaps, namespace: nil, limit: 3, continueToken: token, where: { _ in true })
                listVersion = listVersion ?? page.resourceVersion
                #expect(page.resourceVersion == listVersion)
                pageItems += page.items
                token = page.continueToken
            } while token != nil
            let keys = pageItems.map { "\($0.object["metadata"]?["namespace"]?.stringValue ?? "")/\($0.object["metadata"]?["name"]?.stringValue ?? "")" }
            #expect(keys == keys.sorted())
            #expect(Set(keys).count == keys.count)
            #expect(pageItems.allSatisfy { $0.resourceVersion <= (listVersion ?? 0) })
            #expect((listVersion ?? 0) >= snapshotVersion)
        }
        try await writer.value
    }
}


import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("Event history")
struct EventHistoryTests {
    private func entry(_ n: Int, resource: ResourceID = configMaps) -> HistoryEntry {
        let object = StoredObject(object: configMap("cm-\(n)"), resourceVersion: Int64(n))
        return HistoryEntry(event: StoreEvent(type: .added, resource: resource, key: key("cm-\(n)"), object: object), previous: nil)
    }

    @Test func keepsTheNewestEntriesOfEachResourceAndWraps() throws {
        let limit = 5000
        var history = EventHistory(limit: limit, nextVersion: 1)
        let total = 2 * limit + 17
        for n in 1...total { history.append(entry(n, resource: n % 2 == 0 ? configMaps : secrets)) }
        #expect(history.count == limit)
        #expect(history.newestVersion == Int64(total))
        #expect(history.oldestVersion == Int64(total - limit + 1))
        #expect(history[history.oldestVersion - 1] == nil)
        #expect(history[Int64(total + 1)] == nil)
        for version in [history.oldestVersion, Int64(total - limit / 2), Int64(total)] {
            let retained = try #require(history[version])
            #expect(retained.event.key == key("cm-\(version)"))
            #expect(retained.event.resource == (version % 2 == 0 ? configMaps : secrets))
            #expect(retained.event.object.resourceVersion == version)
        }
    }

    @Test func aSmallHistoryEvictsInOrder() throws {
        var history = EventHistory(limit: 3, nextVersion: 10)
        #expect(history.count == 0)
        #expect(history[10] == nil)
        for n in 10...14 { history.append(entry(n)) }
        #expect(history.oldestVersion == 12)
        #expect(try #require(history[12]).event.key == key("cm-12"))
        #expect(try #require(history[14]).event.key == key("cm-14"))
    }
}

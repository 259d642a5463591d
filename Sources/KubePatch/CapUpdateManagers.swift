/// Keeps at most `maximum` Update entries, as kube-apiserver does: the oldest updaters are merged,
/// per API version, into an `ancient-changes` entry.
enum CapUpdateManagers {
    static let maximum = 10
    static let bucketManager = "ancient-changes"

    static func capped(_ entries: [ManagedFieldsEntry]) -> [ManagedFieldsEntry] {
        var result = entries.filter { !$0.fields.isEmpty }
        var updaters = result.indices.filter { !result[$0].isApply }
        guard updaters.count > maximum else { return result }
        updaters.sort { a, b in
            let (x, y) = (result[a], result[b])
            if (x.time ?? "") != (y.time ?? "") { return (x.time ?? "") < (y.time ?? "") }
            return x.manager < y.manager
        }
        var removed = Set<Int>()
        var firstOfVersion: [String: Int] = [:]
        var bucketOfVersion: [String: Int] = [:]
        var count = updaters.count
        for index in updaters where count > maximum {
            let entry = result[index]
            guard let first = firstOfVersion[entry.apiVersion] else {
                firstOfVersion[entry.apiVersion] = index
                continue
            }
            let existing = result.indices.first { i in
                !removed.contains(i) && !result[i].isApply && result[i].manager == bucketManager
                    && result[i].apiVersion == entry.apiVersion && (result[i].subresource ?? "").isEmpty
            }
            if index == existing { continue }
            let bucket = bucketOfVersion[entry.apiVersion] ?? existing ?? first
            if bucketOfVersion[entry.apiVersion] == nil {
                result[bucket].manager = bucketManager
                result[bucket].subresource = nil
                bucketOfVersion[entry.apiVersion] = bucket
            }
            result[bucket].fields = result[bucket].fields.union(entry.fields)
            result[bucket].time = entry.time
            removed.insert(index)
            count -= 1
        }
        return result.indices.filter { !removed.contains($0) }.map { result[$0] }
    }
}

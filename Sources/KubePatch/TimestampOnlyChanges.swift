import KubeAPI

/// kube-apiserver's `IgnoreManagedFieldsTimestampsTransformer`: a write whose only change is a
/// newer managedFields timestamp keeps the old timestamps, so it stays a no-op (no new
/// resourceVersion, no watch event).
enum TimestampOnlyChanges {
    static func restore(old: JSONValue?, new: JSONValue) -> JSONValue {
        guard let old,
              case .array(let oldEntries)? = old[path: ["metadata", "managedFields"]],
              case .array(var newEntries)? = new[path: ["metadata", "managedFields"]],
              !oldEntries.isEmpty, oldEntries.count == newEntries.count else { return new }
        for (a, b) in zip(oldEntries, newEntries) where withoutTime(a) != withoutTime(b) { return new }
        guard ManagedFieldsList.stripped(old) == ManagedFieldsList.stripped(new) else { return new }
        for index in newEntries.indices { newEntries[index]["time"] = oldEntries[index]["time"] }
        var restored = new
        restored[path: ["metadata", "managedFields"]] = .array(newEntries)
        return restored
    }

    private static func withoutTime(_ entry: JSONValue) -> JSONValue {
        var copy = entry
        copy["time"] = nil
        return copy
    }
}

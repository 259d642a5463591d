import KubeAPI

/// Records a non-apply write (create, update, patch) in managedFields: the writer takes the fields
/// it added or changed (from every other manager), and removed fields leave every manager.
enum UpdateRecorder {
    static func record(old: JSONValue?, new: JSONValue, manager: String, subresource: String?, time: String,
                       apiVersion: String, strategies: PatchStrategies?, ignored: FieldSet) -> JSONValue {
        let builtIn = PatchStrategies.builtIn(for: new, apiVersion: apiVersion)
        let resolved = strategies ?? builtIn
        let schema = resolved?.root ?? .unknown
        let isSubresource = !(subresource ?? "").isEmpty
        var entries: [ManagedFieldsEntry]
        if isSubresource {
            entries = ManagedFieldsList.decode(old)
        } else if ManagedFieldsList.isReset(new) {
            entries = []
        } else {
            let fromRequest = ManagedFieldsList.decode(new)
            entries = fromRequest.isEmpty ? ManagedFieldsList.decode(old) : fromRequest
        }
        let oldBody = old.map(ManagedFieldsList.stripped) ?? ZeroObjects.zero(like: new, builtIn: builtIn != nil)
        let newBody = ManagedFieldsList.stripped(new)
        let comparison = TypedWalk.compare(oldBody, newBody, schema: schema)
        let changed = comparison.added.union(comparison.modified).subtractingRecursively(ignored)
        let taken = changed.subtracting(ManagedFieldsList.unowned).normalized()

        let mine = ManagedFieldsEntry(manager: manager, operation: ManagedFieldsEntry.update, apiVersion: apiVersion,
                                      time: time, subresource: isSubresource ? subresource : nil, fields: taken)
        for index in entries.indices {
            entries[index].fields = entries[index].fields.subtracting(changed).subtracting(comparison.removed.subtractingRecursively(ignored)).normalized()
        }
        if !taken.isEmpty {
            if let index = entries.firstIndex(where: { $0.identity == mine.identity }) {
                entries[index].fields = entries[index].fields.union(taken)
                entries[index].time = time
            } else {
                entries.append(mine)
            }
        }
        return ManagedFieldsList.write(CapUpdateManagers.capped(entries), into: new)
    }
}

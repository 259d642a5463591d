import KubeAPI

/// One server-side apply by one manager (structured-merge-diff's `Updater.Apply` with the
/// kube-apiserver field manager's bookkeeping around it).
struct Applier {
    let schema: SchemaNode
    let manager: String
    let subresource: String?
    /// Fields the endpoint resets: never owned, never conflicting.
    let ignored: FieldSet
    let time: String
    let apiVersion: String

    func apply(_ configuration: JSONValue, to live: JSONValue?, force: Bool) throws(ApplyError) -> JSONValue {
        guard case .object = configuration else {
            throw .invalid("the applied configuration must be an object, got \(configuration.typeName)")
        }
        if let managed = configuration[path: ["metadata", "managedFields"]], !managed.isNull {
            throw .invalid("metadata.managedFields must be nil")
        }
        var entries = ManagedFieldsList.decode(live)
        let liveBody = ManagedFieldsList.stripped(live ?? .emptyObject)
        let applied = try TypedWalk.fieldSet(of: configuration, schema: schema, rejectDuplicates: true)
            .subtractingRecursively(ignored)
        var merged = try StructuredMerge.merge(liveBody, configuration, schema: schema)

        let mine = ManagedFieldsEntry(manager: manager, operation: ManagedFieldsEntry.apply, apiVersion: apiVersion,
                                      time: time, subresource: subresource, fields: applied)
        let previousIndex = entries.firstIndex { $0.identity == mine.identity }
        let lastSet = previousIndex.map { entries[$0].fields }
        if let previousIndex { entries[previousIndex] = mine } else { entries.append(mine) }
        if let lastSet, !lastSet.isEmpty {
            merged = prune(merged, entries: entries, lastSet: lastSet)
        }

        let comparison = TypedWalk.compare(liveBody, merged, schema: schema)
        let changed = comparison.added.union(comparison.modified).subtractingRecursively(ignored)
        var conflicts: [ApplyConflict] = []
        for entry in entries where entry.identity != mine.identity {
            for path in entry.fields.intersection(changed).paths {
                conflicts.append(ApplyConflict(manager: entry.manager, field: path.pathString, operation: entry.operation,
                                               apiVersion: entry.apiVersion, time: entry.time, subresource: entry.subresource,
                                               path: path))
            }
        }
        if !force && !conflicts.isEmpty && manager == LastApplied.manager && subresource == nil,
           let allowed = LastApplied.allowedConflicts(live: liveBody, schema: schema) {
            conflicts.removeAll { conflict in allowed.contains(conflict.path) }
        }
        if !force && !conflicts.isEmpty {
            throw .conflicts(conflicts.enumerated().sorted { a, b in
                (a.element.manager, a.offset) < (b.element.manager, b.offset)
            }.map(\.element))
        }
        for index in entries.indices {
            if entries[index].identity == mine.identity {
                entries[index].fields = entries[index].fields.subtracting(ManagedFieldsList.unowned).normalized()
            } else {
                entries[index].fields = entries[index].fields.subtracting(changed).subtracting(comparison.removed.subtractingRecursively(ignored)).normalized()
            }
        }
        if manager == LastApplied.manager && subresource == nil { merged = LastApplied.updated(merged, applying: configuration) }
        return ManagedFieldsList.write(entries, into: merged)
    }

    /// Removes fields this manager applied last time and no longer applies, unless some manager
    /// (this one included, through its new configuration) still owns them.
    private func prune(_ merged: JSONValue, entries: [ManagedFieldsEntry], lastSet: FieldSet) -> JSONValue {
        guard let mergedSet = try? TypedWalk.fieldSet(of: merged, schema: schema) else { return merged }
        let owned = entries.reduce(FieldSet()) { $0.union($1.fields) }
        let last = TypedWalk.ensureNamedFieldsAreMembers(lastSet, schema: schema)
        let toRemove = TypedWalk.ensureNamedFieldsAreMembers(mergedSet, schema: schema)
            .intersection(last)
            .subtracting(TypedWalk.ensureNamedFieldsAreMembers(owned, schema: schema))
        return TypedWalk.removing(toRemove, from: merged, schema: schema)
    }
}

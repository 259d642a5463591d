import KubeAPI

/// The recursive strategic merge of one patch into one document, following
/// k8s.io/apimachinery/pkg/util/strategicpatch (mergeMap, mergeSlice and the directive handlers).
struct StrategicMerger {
    typealias Members = [String: JSONValue]
    typealias D = StrategicDirectives

    func merge(patch: JSONValue, into document: JSONValue, schema: SchemaNode, path: String) throws(PatchError) -> JSONValue {
        guard case .object(let patchMembers) = patch else { return D.clean(patch) }
        let original = document.objectValue ?? [:]
        return .object(try mergeMap(original, patchMembers, schema: schema, path: path))
    }

    /// A directive with the wrong format: 400 on the real server.
    private func malformed(_ message: String) -> PatchError { PatchError(message, isMalformed: true) }

    /// A failure the real server reports as a plain (unclassified) error: 500.
    private func unclassified(_ message: String) -> PatchError { PatchError(message, httpStatus: 500) }

    private func mergeMap(_ originalIn: Members, _ patchIn: Members, schema: SchemaNode, path: String) throws(PatchError) -> Members {
        var original = originalIn
        var patch = patchIn
        if let directive = patch[D.patch] {
            switch directive.stringValue {
            case "replace":
                patch[D.patch] = nil
                return D.clean(.object(patch)).objectValue ?? [:]
            case "delete":
                return [:]
            default:
                throw unclassified("unknown patch type: \(directive.jsonString) in map at \(display(path))")
            }
        }
        try applyRetainKeys(&original, &patch, path: path)
        try applySetElementOrder(&original, &patch, schema: schema, path: path)

        var deletions: [(String, JSONValue)] = []
        for (key, patchValue) in patch.sorted(by: { $0.key < $1.key }) {
            if key.hasPrefix(D.deleteFromPrimitiveListPrefix) {
                deletions.append((key, patchValue))
                continue
            }
            let childPath = path + "." + key
            if patchValue.isNull {
                original[key] = nil
                continue
            }
            guard let originalValue = original[key] else {
                original[key] = D.clean(patchValue)
                continue
            }
            let child = schema.child(key)
            switch (originalValue, patchValue) {
            case (.object(let o), .object(let p)):
                original[key] = nil
                original[key] = .object(try mergeMap(o, p, schema: child, path: childPath))
            case (.array(let o), .array(let p)):
                original[key] = .array(try mergeList(o, p, schema: child, path: childPath))
            default:
                original[key] = D.clean(patchValue)
            }
        }
        for (key, patchValue) in deletions {
            let listKey = String(key.dropFirst(D.deleteFromPrimitiveListPrefix.count))
            guard case .array(let toDelete) = patchValue else {
                throw unclassified("invalid patch format of primitive list: \(key) at \(display(path)) must be a list of values to delete")
            }
            guard case .array(let current)? = original[listKey] else { continue }
            original[listKey] = .array(current.filter { value in !toDelete.contains { $0.sameValue(as: value) } })
        }
        return original
    }

    /// `$retainKeys`: keys of the live map not listed are cleared; the patch may only set listed keys.
    private func applyRetainKeys(_ original: inout Members, _ patch: inout Members, path: String) throws(PatchError) {
        guard let retain = patch.removeValue(forKey: D.retainKeys) else { return }
        guard case .array(let list) = retain else {
            throw malformed("invalid patch format of retainKeys: $retainKeys at \(display(path)) must be a list of field names")
        }
        var keys = Set<String>()
        for item in list {
            guard let name = item.stringValue else {
                throw malformed("invalid patch format of retainKeys: $retainKeys at \(display(path)) lists \(item.jsonString), not a field name")
            }
            keys.insert(name)
        }
        for (key, value) in patch where !value.isNull && !D.isDirective(key) && !keys.contains(key) {
            throw malformed("invalid patch format of retainKeys: $retainKeys at \(display(path)) does not list \"\(key)\", which the patch sets")
        }
        for key in original.keys where !keys.contains(key) { original[key] = nil }
    }

    /// `$setElementOrder/<list>`: merges the list and orders it as the directive says, keeping
    /// live-only elements near their live neighbours.
    private func applySetElementOrder(_ original: inout Members, _ patch: inout Members, schema: SchemaNode, path: String) throws(PatchError) {
        for key in patch.keys.sorted() where key.hasPrefix(D.setElementOrderPrefix) {
            guard let directive = patch.removeValue(forKey: key) else { continue }
            let listKey = String(key.dropFirst(D.setElementOrderPrefix.count))
            let listPath = path + "." + listKey
            guard case .array(let order) = directive else {
                throw unclassified("\(key) at \(display(path)) must be a list")
            }
            let originalList = try listValue(original[listKey], name: listKey, path: path)
            let patchList = try listValue(patch[listKey], name: listKey, path: path)
            let child = schema.child(listKey)
            let mergeKey: String? = if case .merge(let k) = child.patchList { k } else { nil }
            try validateOrder(patchList ?? [], order: order, mergeKey: mergeKey, path: listPath)

            let merged: [JSONValue]
            switch (originalList, patchList) {
            case (let o?, nil): merged = o
            case (nil, let p?): merged = D.clean(.array(p)).arrayValue ?? []
            case (let o?, let p?):
                merged = try mergeList(o, p, schema: child, path: listPath)
            case (nil, nil): continue
            }
            let ordering = ListOrdering(mergeKey: mergeKey)
            let (inOrder, serverOnly) = ordering.partition(merged, by: order)
            original[listKey] = .array(ordering.normalize(patchItems: inOrder, serverOnly: serverOnly,
                                                         patchOrder: order, serverOrder: originalList ?? []))
            patch[listKey] = nil
        }
    }

    private func listValue(_ value: JSONValue?, name: String, path: String) throws(PatchError) -> [JSONValue]? {
        guard let value else { return nil }
        guard case .array(let list) = value else {
            throw unclassified("\(display(path + "." + name)) is a \(value.typeName), but $setElementOrder/\(name) needs a list")
        }
        return list
    }

    /// Every element of the patch list (deletions aside) must appear in the order list, in the same order.
    private func validateOrder(_ patchList: [JSONValue], order: [JSONValue], mergeKey: String?, path: String) throws(PatchError) {
        let ordering = ListOrdering(mergeKey: mergeKey)
        let kept = patchList.filter { $0[D.patch] == nil }
        var orderIndex = 0
        for item in kept {
            guard let identity = ordering.identity(of: item) else {
                throw unclassified("map: \(item.jsonString) does not contain declared merge key: \(mergeKey ?? "") (in \(display(path)))")
            }
            while orderIndex < order.count, !(ordering.identity(of: order[orderIndex])?.sameValue(as: identity) ?? false) {
                orderIndex += 1
            }
            if orderIndex == order.count {
                throw unclassified("the order in patch list \(display(path)) doesn't match $setElementOrder list: \(JSONValue.array(order).jsonString)")
            }
            orderIndex += 1
        }
    }

    private func mergeList(_ original: [JSONValue], _ patch: [JSONValue], schema: SchemaNode, path: String) throws(PatchError) -> [JSONValue] {
        guard case .merge(let mergeKey) = schema.patchList else {
            return D.clean(.array(patch)).arrayValue ?? []
        }
        if original.isEmpty && patch.isEmpty { return original }
        let kind = try elementKind(original + patch, path: path)
        var merged: [JSONValue]
        var effectivePatch = patch
        var base = original
        if kind != .object {
            var seen: [JSONValue] = []
            for value in original + patch where !seen.contains(where: { $0.sameValue(as: value) }) {
                seen.append(value)
            }
            merged = seen
        } else {
            guard let mergeKey else {
                throw unclassified("cannot merge lists without merge key for \(display(path))")
            }
            (base, effectivePatch) = try applyListDirectives(original, patch, mergeKey: mergeKey, path: path)
            merged = base
            for element in effectivePatch {
                guard case .object(let members) = element, let keyValue = members[mergeKey] else {
                    throw unclassified("map: \(element.jsonString) does not contain declared merge key: \(mergeKey) (in \(display(path)))")
                }
                if let index = merged.firstIndex(where: { $0[mergeKey]?.sameValue(as: keyValue) ?? false }) {
                    merged[index] = .object(try mergeMap(merged[index].objectValue ?? [:], members,
                                                         schema: schema.item, path: path + "[\(mergeKey)=\(keyValue.jsonString)]"))
                } else {
                    merged.append(D.clean(element))
                }
            }
        }
        let ordering = ListOrdering(mergeKey: mergeKey)
        let (inPatch, serverOnly) = ordering.partition(merged, by: effectivePatch)
        return ordering.normalize(patchItems: inPatch, serverOnly: serverOnly, patchOrder: effectivePatch, serverOrder: base)
    }

    /// Handles `$patch: delete` and `$patch: replace` elements; returns the live list left after
    /// deletions (or empty, for replace) and the patch elements still to merge.
    private func applyListDirectives(_ original: [JSONValue], _ patch: [JSONValue], mergeKey: String,
                                     path: String) throws(PatchError) -> ([JSONValue], [JSONValue]) {
        var remaining = original
        var plain: [JSONValue] = []
        var replace = false
        for element in patch {
            guard let directive = element[D.patch] else {
                plain.append(element)
                continue
            }
            switch directive.stringValue {
            case "delete":
                guard let keyValue = element[mergeKey] else {
                    throw unclassified("map: \(element.jsonString) does not contain declared merge key: \(mergeKey) (in \(display(path)))")
                }
                remaining.removeAll { $0[mergeKey]?.sameValue(as: keyValue) ?? false }
            case "replace":
                replace = true
            case "merge":
                throw unclassified("merging lists cannot yet be specified in the patch (\(display(path)))")
            default:
                throw unclassified("unknown patch type: \(directive.jsonString) in list \(display(path))")
            }
        }
        return replace ? ([], plain) : (remaining, plain)
    }

    private enum ElementKind { case object, scalar }

    private func elementKind(_ elements: [JSONValue], path: String) throws(PatchError) -> ElementKind {
        guard let first = elements.first else { return .scalar }
        for element in elements {
            if case .array = element { throw PatchError("lists of lists are not supported (\(display(path)))") }
            if !element.sameKind(as: first) {
                throw unclassified("list element types are not identical in \(display(path)): \(JSONValue.array(elements).jsonString)")
            }
        }
        if case .object = first { return .object }
        return .scalar
    }

    private func display(_ path: String) -> String { path.isEmpty ? "the top level" : path }
}

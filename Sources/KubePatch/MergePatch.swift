import KubeAPI

/// JSON merge patch (RFC 7386), the `application/merge-patch+json` patch type.
///
/// `apply` never fails: a patch that is not an object replaces the document, `null` members delete,
/// object members merge recursively, and every other value (arrays included) replaces.
/// `create` returns the smallest patch that `apply` turns `original` into `modified`.
public enum MergePatch {
    /// Applies `patch` to `document` as RFC 7386 section 2 describes, with one refinement of the
    /// JSON patch library kube-apiserver uses: `null` members of objects inside a patch array are
    /// dropped too (`{"a":[{"b":null}]}` sets `a` to `[{}]`).
    public static func apply(_ patch: JSONValue, to document: JSONValue) -> JSONValue {
        guard case .object(let patchMembers) = patch else { return prunedNulls(patch) }
        var target: [String: JSONValue]
        if case .object(let members) = document { target = members } else { target = [:] }
        for (key, value) in patchMembers {
            if value.isNull {
                target.removeValue(forKey: key)
            } else {
                target[key] = apply(value, to: target[key] ?? .null)
            }
        }
        return .object(target)
    }

    /// Drops `null` members of the objects in `value`, at any depth (array elements stay).
    private static func prunedNulls(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            return .object(members.filter { !$0.value.isNull }.mapValues(prunedNulls))
        case .array(let elements):
            return .array(elements.map(prunedNulls))
        default:
            return value
        }
    }

    /// The minimal merge patch from `original` to `modified`: members removed become `null`,
    /// changed objects recurse, anything else that differs is replaced whole. Equal documents give
    /// `{}`. A `null` member in `modified` cannot be expressed (it would delete) and is dropped.
    public static func create(from original: JSONValue, to modified: JSONValue) -> JSONValue {
        guard case .object(let old) = original, case .object(let new) = modified else {
            return modified
        }
        var patch: [String: JSONValue] = [:]
        for key in old.keys where new[key] == nil {
            patch[key] = .null
        }
        for (key, newValue) in new {
            guard let oldValue = old[key] else {
                if !newValue.isNull { patch[key] = newValue }
                continue
            }
            if oldValue == newValue { continue }
            if case .object = oldValue, case .object = newValue {
                patch[key] = create(from: oldValue, to: newValue)
            } else {
                patch[key] = newValue
            }
        }
        return .object(patch)
    }
}

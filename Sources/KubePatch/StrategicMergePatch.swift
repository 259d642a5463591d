import KubeAPI

/// Strategic merge patch, the `application/strategic-merge-patch+json` patch type kubectl's
/// client-side `apply`, `edit` and `patch` send for built-in kinds.
///
/// Maps merge recursively and `null` deletes, as in a merge patch; lists with a merge key merge
/// element by element; the `$patch` (replace, merge, delete), `$setElementOrder/<list>`,
/// `$retainKeys` and `$deleteFromPrimitiveList/<list>` directives are honoured.
/// Throws `PatchError` (`isMalformed`, 400) for a directive with the wrong shape, and a plain
/// `PatchError` (422) for a patch that contradicts the document (a list element without its merge
/// key, content outside `$retainKeys`).
public enum StrategicMergePatch {
    public static func apply(_ patch: JSONValue, to document: JSONValue, strategies: PatchStrategies) throws(PatchError) -> JSONValue {
        guard case .object = patch else {
            throw PatchError("a strategic merge patch must be a JSON object, got \(patch.typeName)", isMalformed: true)
        }
        var merger = StrategicMerger()
        return try merger.merge(patch: patch, into: document, schema: strategies.root, path: "")
    }
}

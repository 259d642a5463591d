import KubeAPI

/// Strategic merge patch, the `application/strategic-merge-patch+json` patch type kubectl's
/// client-side `apply`, `edit` and `patch` send for built-in kinds.
///
/// Maps merge recursively and `null` deletes, as in a merge patch; lists with a merge key merge
/// element by element; the `$patch` (replace, merge, delete), `$setElementOrder/<list>`,
/// `$retainKeys` and `$deleteFromPrimitiveList/<list>` directives are honoured.
/// Throws `PatchError` with the status the real server gives: 400 for a patch that is not an
/// object or a `$retainKeys` directive with the wrong format or content, 422 for lists of lists,
/// 500 for the failures kube-apiserver leaves unclassified (a list element without its merge key,
/// an unknown `$patch` value, a `$setElementOrder` list that disagrees with the patch list).
public enum StrategicMergePatch {
    public static func apply(_ patch: JSONValue, to document: JSONValue, strategies: PatchStrategies) throws(PatchError) -> JSONValue {
        guard case .object = patch else {
            throw PatchError("a strategic merge patch must be a JSON object, got \(patch.typeName)", isMalformed: true)
        }
        return try StrategicMerger().merge(patch: patch, into: document, schema: strategies.root, path: "")
    }
}

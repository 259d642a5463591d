import KubeAPI

/// JSON patch (RFC 6902), the `application/json-patch+json` patch type.
///
/// Operations apply in order to a copy of the document; the first failing operation aborts the
/// whole patch. Throws `PatchError` naming the operation index and path when an operation is
/// malformed (`isMalformed`), a path does not exist (422), or a `test` does not hold
/// (`isConflict`, 422).
public enum JSONPatch {
    public static func apply(_ operations: JSONValue, to document: JSONValue) throws(PatchError) -> JSONValue {
        guard case .array(let ops) = operations else {
            throw PatchError("a JSON patch must be an array of operations, got \(operations.typeName)", isMalformed: true)
        }
        var result = document
        for (index, op) in ops.enumerated() {
            try JSONPatchOperation(op, index: index).apply(to: &result)
        }
        return result
    }
}

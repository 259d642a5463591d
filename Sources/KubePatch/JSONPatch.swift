import KubeAPI

/// JSON patch (RFC 6902), the `application/json-patch+json` patch type.
///
/// Operations apply in order to a copy of the document; the first failing operation aborts the
/// whole patch. Throws `PatchError` naming the operation index and path: 400 when the body is not
/// an array of objects, 413 past `maximumOperations`, 422 for an operation that cannot apply
/// (unknown op, missing member, missing path) or a `test` that does not hold (`isConflict`).
public enum JSONPatch {
    /// kube-apiserver's limit on operations in one JSON patch.
    public static let maximumOperations = 10_000

    public static func apply(_ operations: JSONValue, to document: JSONValue) throws(PatchError) -> JSONValue {
        guard case .array(let ops) = operations else {
            throw PatchError("a JSON patch must be an array of operations, got \(operations.typeName)", isMalformed: true)
        }
        if ops.count > maximumOperations {
            throw PatchError("The allowed maximum operations in a JSON patch is \(maximumOperations), got \(ops.count)", httpStatus: 413)
        }
        var result = document
        for (index, op) in ops.enumerated() {
            try JSONPatchOperation(op, index: index).apply(to: &result)
        }
        return result
    }
}

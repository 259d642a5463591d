/// A patch that cannot be applied: malformed operations, a path that does not exist, a failed
/// JSON patch `test`, or a strategic merge patch directive that does not fit the document.
///
/// `httpStatus` is the code kube-apiserver answers with for the same failure:
/// - 400 BadRequest (`isMalformed`): the body is not a patch of its type at all (a JSON patch
///   that is not an array of objects, a merge patch that is not an object) or a strategic merge
///   patch directive has the wrong format (`$retainKeys`, `$setElementOrder/…`).
/// - 422 Invalid: every JSON patch operation failure (unknown op, missing path, failed `test` —
///   the latter also sets `isConflict`), and strategic merge patch content that contradicts
///   itself (lists of lists).
/// - 413 RequestEntityTooLarge: a JSON patch with more than 10,000 operations.
/// - 500 InternalError (reason Unknown): strategic merge patch failures the real server does not
///   classify (a list element without its merge key, an unknown `$patch` value, mixed element types).
public struct PatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, naming the offending path, operation or directive.
    public var message: String
    /// Whether the patch was well formed but a precondition (`test`) did not hold.
    public var isConflict: Bool
    /// Whether the patch body itself has the wrong shape (not an array of operations, not an object).
    public var isMalformed: Bool
    /// The HTTP status code the API server answers with.
    public var httpStatus: Int

    public init(_ message: String, isConflict: Bool = false, isMalformed: Bool = false, httpStatus: Int? = nil) {
        self.message = message
        self.isConflict = isConflict
        self.isMalformed = isMalformed
        self.httpStatus = httpStatus ?? (isMalformed ? 400 : 422)
    }

    public var description: String { message }
}

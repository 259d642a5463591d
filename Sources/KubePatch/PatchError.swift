/// A patch that cannot be applied: malformed operations, a path that does not exist, a failed
/// JSON patch `test`, or a strategic merge patch directive that does not fit the document.
///
/// HTTP mapping (what the real API server answers):
/// - `isConflict == false` (malformed patch, missing path, bad directive, type mismatch):
///   `422 Unprocessable Entity`, reason `Invalid` — except a body that is not a patch at all
///   (not an array for JSON patch, not an object for merge patches), which is `400 BadRequest`;
///   `isMalformed` tells them apart.
/// - `isConflict == true` (a JSON patch `test` operation whose value differs): also `422` on a
///   real server (kube-apiserver reports every JSON-patch failure as Invalid); `isConflict` is
///   kept so a caller can tell a failed precondition from a broken patch. Use
///   `httpStatus` for the code to send.
public struct PatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, naming the offending path, operation or directive.
    public var message: String
    /// Whether the patch was well formed but a precondition (`test`) did not hold.
    public var isConflict: Bool
    /// Whether the patch body itself has the wrong shape (not an array of operations, not an object).
    public var isMalformed: Bool

    public init(_ message: String, isConflict: Bool = false, isMalformed: Bool = false) {
        self.message = message
        self.isConflict = isConflict
        self.isMalformed = isMalformed
    }

    /// The HTTP status code the API server answers with: 400 for a malformed body, else 422.
    public var httpStatus: Int { isMalformed ? 400 : 422 }

    public var description: String { message }
}

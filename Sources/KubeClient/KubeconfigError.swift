/// A kubeconfig that cannot be used: which file, which field, and what is wrong with it.
public struct KubeconfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in; nil when it arises from the merged configuration (a missing
    /// context, say).
    public var file: String?
    /// The field path (`users[0].user.client-key-data`, `current-context`).
    public var field: String
    public var problem: String

    public init(file: String?, field: String, problem: String) {
        self.file = file
        self.field = field
        self.problem = problem
    }

    public var description: String {
        if let file { return "kubeconfig \(file): \(field): \(problem)" }
        return "kubeconfig: \(field): \(problem)"
    }
}

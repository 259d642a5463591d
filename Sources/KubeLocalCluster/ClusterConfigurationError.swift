/// A simulated-cluster configuration or operation that cannot be carried out; the message names the
/// offending field, node or image and value.
public enum ClusterConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A configuration field holds a value outside its allowed range.
    case invalidValue(field: String, value: String, reason: String)
    /// A node of this name already exists.
    case duplicateNode(name: String)
    /// No node of this name exists.
    case unknownNode(name: String)

    public var description: String {
        switch self {
        case .invalidValue(let field, let value, let reason): "invalid \(field) \"\(value)\": \(reason)"
        case .duplicateNode(let name): "node \"\(name)\" already exists"
        case .unknownNode(let name): "node \"\(name)\" not found"
        }
    }
}

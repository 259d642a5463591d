/// A `config-autoscaler` key or `autoscaling.knative.dev/…` annotation whose value is malformed or out
/// of range. `key` and `value` are the offending entry exactly as given; `reason` says what is valid.
public struct AutoscalerSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var value: String
    public var reason: String

    public init(key: String, value: String, reason: String) {
        self.key = key
        self.value = value
        self.reason = reason
    }

    public var description: String { "invalid \(key) = \"\(value)\": \(reason)" }
}

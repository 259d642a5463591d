/// One validation failure, as the API server reports it in `Status.details.causes`.
///
/// `reason` is one of the API server's cause types (`FieldValueRequired`, `FieldValueInvalid`,
/// `FieldValueNotSupported`, `FieldValueTypeInvalid`, `FieldValueTooLong`, `FieldValueTooMany`,
/// `FieldValueDuplicate`, `FieldValueForbidden`), `field` the JSON path of the offending value in
/// the API server's notation (`spec.items[2].name`, `metadata.labels[app]`), and `message` the
/// text kube-apiserver puts in the cause (`Required value`, `Invalid value: "x": must be …`).
public struct FieldError: Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var field: String
    public var message: String

    public init(reason: String, field: String, message: String) {
        self.reason = reason
        self.field = field
        self.message = message
    }

    /// `field: message`, the form kube-apiserver joins into the Status message.
    public var description: String { field.isEmpty ? message : "\(field): \(message)" }
}

/// A schema that cannot be used: not structural, malformed, or of an unknown type. The message
/// names the offending path inside the schema (`properties[spec].properties[replicas].type`).
public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

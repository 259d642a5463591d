import KubeAPI

/// Validates a value against a schema tree, collecting `FieldError`s in document order.
struct SchemaValidator {
    var errors: [FieldError] = []

    mutating func validateRoot(_ object: JSONValue, _ root: SchemaNode) {
    }
}

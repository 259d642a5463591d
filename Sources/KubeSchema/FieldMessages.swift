import KubeAPI

/// Builds `FieldError`s worded as kube-apiserver words custom-resource validation failures: the
/// kube-openapi message ("spec.replicas in body should be greater than or equal to 1") inside the
/// field error body ("Invalid value: 0: …").
enum FieldMessages {
    static func invalid(_ path: FieldPath, _ value: JSONValue, _ detail: String, namePrefixed: Bool = true) -> FieldError {
        let message = namePrefixed ? "\(path.description) in body \(detail)" : detail
        return FieldError(reason: "FieldValueInvalid", field: path.description, message: "Invalid value: \(GoFormat.value(value)): \(message)")
    }

    static func typeInvalid(_ path: FieldPath, expected: String, actual: String) -> FieldError {
        FieldError(
            reason: "FieldValueTypeInvalid", field: path.description,
            message: "Invalid value: \(GoFormat.quote(actual)): \(path.description) in body must be of type \(expected): \(GoFormat.quote(actual))")
    }

    static func notSupported(_ path: FieldPath, _ value: JSONValue, _ allowed: [JSONValue]) -> FieldError {
        let values = allowed.map { allowed -> String in
            if case .string(let s) = allowed { return GoFormat.quote(s) }
            return GoFormat.quote(allowed.jsonString)
        }
        return FieldError(
            reason: "FieldValueNotSupported", field: path.description,
            message: "Unsupported value: \(GoFormat.value(value)): supported values: \(values.joined(separator: ", "))")
    }

    static func tooMany(_ path: FieldPath, actual: Int, max: Int) -> FieldError {
        FieldError(reason: "FieldValueTooMany", field: path.description, message: "Too many: \(actual): must have at most \(max) items")
    }

    static func junctor(_ path: FieldPath, _ detail: String) -> FieldError {
        FieldError(reason: "FieldValueInvalid", field: path.description, message: "Invalid value: \"\": \(GoFormat.quote(path.description)) \(detail)")
    }
}

import KubeAPI

/// Validates a value against a schema tree the way kube-apiserver validates custom resources
/// (kube-openapi's validator, its errors converted to field errors), collecting `FieldError`s in
/// document order: properties in key order, array elements in index order.
struct SchemaValidator {
    private(set) var errors: [FieldError] = []
    /// Compiled `pattern`s of this run; `Regex` is not `Sendable`, so it is never kept in the tree.
    private var regexCache: [String: Regex<AnyRegexOutput>] = [:]

    /// Validates the whole object. `metadata` at the root is left to the API server's own name
    /// checks and is neither validated nor required here.
    mutating func validateRoot(_ object: JSONValue, _ root: SchemaNode) {
        validate(object, root, path: FieldPath(), isRoot: true)
    }

    mutating func validate(_ value: JSONValue, _ node: SchemaNode, path: FieldPath, isRoot: Bool = false) {
        if value.isNull {
            if node.nullable || (node.type == nil && !node.intOrString) { return }
        }
        guard checkType(value, node, path: path) else { return }
        if let allowed = node.enumValues, !allowed.contains(where: { JSONEquality.equal($0, value) }) {
            errors.append(FieldMessages.notSupported(path, value, allowed))
        }
        switch value {
        case .string(let s): validateString(s, node, path: path)
        case .int, .double: validateNumber(value, node, path: path)
        case .array(let elements): validateArray(elements, node, path: path)
        case .object(let members): validateObject(members, node, path: path, isRoot: isRoot)
        default: break
        }
        validateJunctors(value, node, path: path)
    }

    /// Checks `type` (and `x-kubernetes-int-or-string`); reports and returns false on a mismatch.
    private mutating func checkType(_ value: JSONValue, _ node: SchemaNode, path: FieldPath) -> Bool {
        let expected: [String]
        if node.intOrString {
            expected = ["integer", "string"]
        } else if let type = node.type, !type.isEmpty {
            expected = [type]
        } else {
            return true
        }
        let actual = value.typeName
        for type in expected {
            switch (type, value) {
            case ("integer", .int), ("number", .int), ("number", .double): return true
            case ("integer", .double(let d)) where d.rounded() == d: return true
            default: if type == actual { return true }
            }
        }
        errors.append(FieldMessages.typeInvalid(path, expected: expected.joined(separator: ","), actual: actual))
        return false
    }

    private mutating func validateString(_ s: String, _ node: SchemaNode, path: FieldPath) {
        let length = s.unicodeScalars.count
        if let max = node.maxLength, length > max {
            errors.append(FieldError(reason: "FieldValueTooLong", field: path.description, message: "Too long: may not be more than \(max) bytes"))
        }
        if let min = node.minLength, length < min {
            errors.append(FieldMessages.invalid(path, .string(s), "should be at least \(min) chars long"))
        }
        if let pattern = node.pattern, let regex = regex(pattern), (try? regex.firstMatch(in: s)) == nil {
            errors.append(FieldMessages.invalid(path, .string(s), "should match '\(pattern)'"))
        }
        if let format = node.format, !StringFormats.isValid(s, format: format) {
            errors.append(FieldMessages.typeInvalid(path, expected: format, actual: s))
        }
    }

    private mutating func validateNumber(_ value: JSONValue, _ node: SchemaNode, path: FieldPath) {
        guard let number = value.doubleValue else { return }
        if let max = node.maximum {
            if node.exclusiveMaximum ? number >= max : number > max {
                let relation = node.exclusiveMaximum ? "less than" : "less than or equal to"
                errors.append(FieldMessages.invalid(path, value, "should be \(relation) \(GoFormat.number(max))"))
            }
        }
        if let min = node.minimum {
            if node.exclusiveMinimum ? number <= min : number < min {
                let relation = node.exclusiveMinimum ? "greater than" : "greater than or equal to"
                errors.append(FieldMessages.invalid(path, value, "should be \(relation) \(GoFormat.number(min))"))
            }
        }
        if let factor = node.multipleOf, factor > 0 {
            let quotient = number / factor
            if quotient.rounded() != quotient {
                errors.append(FieldMessages.invalid(path, value, "should be a multiple of \(GoFormat.number(factor))"))
            }
        }
    }

    private mutating func validateArray(_ elements: [JSONValue], _ node: SchemaNode, path: FieldPath) {
        if let max = node.maxItems, elements.count > max {
            errors.append(FieldMessages.tooMany(path, actual: elements.count, max: max))
        }
        if let min = node.minItems, elements.count < min {
            errors.append(FieldMessages.invalid(path, .int(Int64(elements.count)), "should have at least \(min) items"))
        }
        if node.uniqueItems, JSONEquality.hasDuplicates(elements) {
            errors.append(FieldMessages.invalid(path, .string(""), "shouldn't contain duplicates"))
        }
        if let items = node.items {
            for (index, element) in elements.enumerated() {
                validate(element, items, path: path.index(index))
            }
        }
    }

    private mutating func validateObject(_ members: [String: JSONValue], _ node: SchemaNode, path: FieldPath, isRoot: Bool) {
        let count = members.count
        if let max = node.maxProperties, count > max {
            errors.append(FieldMessages.tooMany(path, actual: count, max: max))
        }
        if let min = node.minProperties, count < min {
            errors.append(FieldMessages.invalid(path, .int(Int64(count)), "should have at least \(min) properties"))
        }
        if node.embeddedResource {
            validateEmbeddedTypeMeta(members, path: path)
        }
        for name in node.required where members[name] == nil {
            if isRoot && name == "metadata" { continue }
            errors.append(FieldError(reason: "FieldValueRequired", field: path.child(name).description, message: "Required value"))
        }
        for key in members.keys.sorted() {
            guard let value = members[key] else { continue }
            if isRoot && key == "metadata" { continue }
            if let property = node.properties[key] {
                validate(value, property, path: path.child(key))
                continue
            }
            switch node.additionalProperties {
            case .schema(let additional):
                validate(value, additional, path: path.child(key))
            case .allowed(false):
                if isRoot && (key == "apiVersion" || key == "kind") { continue }
                errors.append(FieldMessages.invalid(path, .string(key), "\(path.child(key).description) in body is a forbidden property", namePrefixed: false))
            default:
                break
            }
        }
    }

    /// An `x-kubernetes-embedded-resource` object must name its `apiVersion` and `kind`.
    private mutating func validateEmbeddedTypeMeta(_ members: [String: JSONValue], path: FieldPath) {
        for key in ["apiVersion", "kind"] {
            let fieldPath = path.child(key).description
            switch members[key] {
            case nil, .string("")?:
                errors.append(FieldError(reason: "FieldValueRequired", field: fieldPath, message: "Required value: must not be empty"))
            case .string?:
                break
            case let value?:
                errors.append(FieldError(reason: "FieldValueInvalid", field: fieldPath, message: "Invalid value: \(GoFormat.value(value)): must be a string"))
            }
        }
    }

    /// `allOf`, `anyOf`, `oneOf` and `not`, reported like kube-openapi: a message naming the
    /// junctor at the value's path, plus the errors of the failing alternative that came closest
    /// (fewest errors) for `anyOf`/`oneOf`, or of every failing part for `allOf`.
    private mutating func validateJunctors(_ value: JSONValue, _ node: SchemaNode, path: FieldPath) {
        if !node.allOf.isEmpty {
            let results = node.allOf.map { errors(of: value, $0, path: path) }
            if results.contains(where: { !$0.isEmpty }) {
                errors.append(FieldMessages.junctor(path, "must validate all the schemas (allOf)"))
                errors += results.flatMap { $0 }
            }
        }
        if !node.anyOf.isEmpty {
            let results = node.anyOf.map { errors(of: value, $0, path: path) }
            if !results.contains(where: \.isEmpty) {
                errors.append(FieldMessages.junctor(path, "must validate at least one schema (anyOf)"))
                errors += Self.closest(results)
            }
        }
        if !node.oneOf.isEmpty {
            let results = node.oneOf.map { errors(of: value, $0, path: path) }
            let matching = results.filter(\.isEmpty).count
            if matching == 0 {
                errors.append(FieldMessages.junctor(path, "must validate one and only one schema (oneOf). Found none valid"))
                errors += Self.closest(results)
            } else if matching > 1 {
                errors.append(FieldMessages.junctor(path, "must validate one and only one schema (oneOf). Found \(matching) valid alternatives"))
            }
        }
        if let not = node.not, errors(of: value, not, path: path).isEmpty {
            errors.append(FieldMessages.junctor(path, "must not validate the schema (not)"))
        }
    }

    /// The errors of the alternative with the fewest, the first on ties.
    private static func closest(_ results: [[FieldError]]) -> [FieldError] {
        results.min { $0.count < $1.count } ?? []
    }

    /// The errors `value` has against `node`, without recording them.
    private mutating func errors(of value: JSONValue, _ node: SchemaNode, path: FieldPath) -> [FieldError] {
        var sub = SchemaValidator()
        sub.regexCache = regexCache
        sub.validate(value, node, path: path)
        regexCache = sub.regexCache
        return sub.errors
    }

    private mutating func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        if let cached = regexCache[pattern] { return cached }
        guard let compiled = try? Regex(pattern) else { return nil }
        regexCache[pattern] = compiled
        return compiled
    }
}

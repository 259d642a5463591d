import KubeAPI

/// kube-apiserver rejects a CRD schema whose `default` values would not survive: every default
/// must be valid against the schema it sits in (once its own nested defaults are applied) and must
/// not contain fields pruning would drop.
enum DefaultsCheck {
    static func check(_ node: SchemaNode, path: String, fieldName: String = "default") throws(SchemaError) {
        if let value = node.defaultValue {
            let pruned = SchemaPruner.pruneValue(value, node)
            if !JSONEquality.equal(pruned, value) {
                throw SchemaError("\(path).default: Invalid value: \(GoFormat.value(value)): must not have unknown fields")
            }
            // Nested defaults fill the default in before it is validated.
            var validator = SchemaValidator()
            validator.validate(SchemaDefaulter.apply(value, node), node, path: FieldPath().child(fieldName))
            if let first = validator.errors.first {
                throw SchemaError("\(path).default: \(first.message)")
            }
        }
        for name in node.properties.keys.sorted() {
            if let property = node.properties[name] { try check(property, path: "\(path).properties[\(name)]", fieldName: name) }
        }
        if case .schema(let additional) = node.additionalProperties {
            try check(additional, path: "\(path).additionalProperties", fieldName: fieldName)
        }
        if let items = node.items {
            try check(items, path: "\(path).items", fieldName: fieldName)
        }
    }
}

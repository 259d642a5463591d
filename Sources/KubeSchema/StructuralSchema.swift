import KubeAPI

/// A CustomResourceDefinition's `openAPIV3Schema`, checked to be structural and ready to
/// validate, prune and default custom objects.
///
/// Construction throws `SchemaError` when the schema is not structural (every node has a `type`
/// unless it is `x-kubernetes-int-or-string` or `x-kubernetes-preserve-unknown-fields`, logical
/// junctors do not declare types/defaults/additionalProperties, `properties` and
/// `additionalProperties` are not both set…), or when a `default` is invalid against its own
/// schema or holds fields pruning would drop; the message names the offending schema path.
/// All operations are pure and never throw on any input object.
public struct StructuralSchema: Sendable {
    /// The schema as given.
    public let source: JSONValue
    let root: SchemaNode

    /// Parses and checks `openAPIV3Schema`.
    /// - Throws: `SchemaError` naming the first offending path when the schema is malformed or not structural.
    public init(openAPIV3Schema: JSONValue) throws(SchemaError) {
        self.source = openAPIV3Schema
        self.root = try SchemaNode(openAPIV3Schema, path: "openAPIV3Schema")
        try StructuralCheck.checkRoot(root, path: "openAPIV3Schema")
        try DefaultsCheck.check(root, path: "openAPIV3Schema")
    }

    /// What kube-apiserver does to a custom object on create and update, in its order: prune
    /// unknown fields (and non-nullable nulls), apply defaults, then validate. Returns the object
    /// to store and the validation failures (empty when it may be stored).
    public func admit(_ object: JSONValue) -> (object: JSONValue, errors: [FieldError]) {
        let prepared = applyDefaults(prune(object))
        return (prepared, validate(prepared))
    }

    /// All validation failures of `object` against the schema, in document order. `apiVersion`,
    /// `kind` and `metadata` at the root are not validated here (the server checks names itself).
    public func validate(_ object: JSONValue) -> [FieldError] {
        var validator = SchemaValidator()
        validator.validateRoot(object, root)
        return validator.errors
    }

    /// `object` without the fields the schema does not specify. At the root `apiVersion`, `kind`
    /// and `metadata` are always kept; under `x-kubernetes-preserve-unknown-fields` unknown fields
    /// are kept; under `x-kubernetes-embedded-resource` the embedded object's `apiVersion`, `kind`
    /// and `metadata` are kept. A `null` in a field that is neither `nullable` nor defaulted is
    /// dropped, as kube-apiserver does before defaulting.
    public func prune(_ object: JSONValue) -> JSONValue {
        SchemaPruner.pruneRoot(object, root)
    }

    /// The paths (`spec.items[0].extra`, sorted) of the fields `prune` drops as unknown — what
    /// kube-apiserver reports as `unknown field "spec.items[0].extra"` under
    /// `fieldValidation=Strict` (an error) or `Warn` (a warning).
    public func unknownFields(_ object: JSONValue) -> [String] {
        SchemaPruner.unknownFieldPaths(object, root)
    }

    /// `object` with the schema's `default` values filled in where a field is absent (or `null`
    /// and not `nullable`). Defaults are applied top-down, so a defaulted object receives the
    /// defaults of its own properties.
    public func applyDefaults(_ object: JSONValue) -> JSONValue {
        SchemaDefaulter.apply(object, root)
    }
}

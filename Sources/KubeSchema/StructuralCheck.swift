import KubeAPI

/// The structural-schema rules of CustomResourceDefinitions (apiextensions.k8s.io/v1): what
/// kube-apiserver requires before it can prune and default. Errors are worded like the API
/// server's, prefixed with the schema path (`openAPIV3Schema.properties[spec].type: Required value: …`).
enum StructuralCheck {
    static let types: Set<String> = ["array", "boolean", "integer", "number", "object", "string"]

    static func checkRoot(_ root: SchemaNode, path: String) throws(SchemaError) {
        if let type = root.type, type != "object" {
            throw SchemaError("\(path).type: Invalid value: \"\(type)\": must be object at the root")
        }
        if root.type == nil && !root.preserveUnknownFields {
            throw SchemaError("\(path).type: Required value: must not be empty at the root")
        }
        if let metadata = root.properties["metadata"] {
            try checkMetadata(metadata, path: "\(path).properties[metadata]")
        }
        try check(root, path: path)
    }

    /// At the root `metadata` may only restrict `name` and `generateName`.
    private static func checkMetadata(_ node: SchemaNode, path: String) throws(SchemaError) {
        if let type = node.type, type != "object" {
            throw SchemaError("\(path).type: Invalid value: \"\(type)\": must be object")
        }
        let allowed: Set<String> = ["type", "properties", "description", "nullable"]
        if let extra = node.raw.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw SchemaError("\(path): Forbidden: must not specify anything other than name and generateName, but \(extra) is set")
        }
        if let extra = node.properties.keys.sorted().first(where: { $0 != "name" && $0 != "generateName" }) {
            throw SchemaError("\(path).properties[\(extra)]: Forbidden: must not specify anything other than name and generateName")
        }
        for (name, property) in node.properties {
            if property.type != "string" {
                throw SchemaError("\(path).properties[\(name)].type: Invalid value: \"\(property.type ?? "")\": must be string")
            }
        }
    }

    static func check(_ node: SchemaNode, path: String) throws(SchemaError) {
        if node.raw["$ref"] != nil {
            throw SchemaError("\(path).$ref: Forbidden: $ref is not supported")
        }
        if case .bool(false)? = node.raw["x-kubernetes-preserve-unknown-fields"] {
            throw SchemaError("\(path).x-kubernetes-preserve-unknown-fields: Invalid value: false: must be true or undefined")
        }
        if let type = node.type {
            guard types.contains(type) else {
                throw SchemaError("\(path).type: Unsupported value: \"\(type)\": supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"")
            }
        } else if !node.intOrString && !node.preserveUnknownFields {
            throw SchemaError("\(path).type: Required value: must not be empty for specified object fields")
        }
        if node.intOrString, let type = node.type {
            throw SchemaError("\(path).type: Invalid value: \"\(type)\": must be empty if x-kubernetes-int-or-string is true")
        }
        if node.embeddedResource {
            if node.type != "object" {
                throw SchemaError("\(path).type: Invalid value: \"\(node.type ?? "")\": must be object if x-kubernetes-embedded-resource is true")
            }
            if node.properties.isEmpty && !node.preserveUnknownFields {
                throw SchemaError("\(path).properties: Required value: must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields")
            }
        }
        if !node.properties.isEmpty, case .schema = node.additionalProperties {
            throw SchemaError("\(path).additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive")
        }
        if node.type == "array" && node.items == nil {
            throw SchemaError("\(path).items: Required value: must be specified")
        }
        if node.type != nil && node.type != "array" && node.items != nil {
            throw SchemaError("\(path).items: Forbidden: must be empty for type \"\(node.type ?? "")\"")
        }
        if node.listType == "map" && node.listMapKeys.isEmpty {
            throw SchemaError("\(path).x-kubernetes-list-map-keys: Required value: must not be empty if x-kubernetes-list-type is map")
        }
        for name in node.properties.keys.sorted() {
            if let property = node.properties[name] {
                try check(property, path: "\(path).properties[\(name)]")
            }
        }
        if case .schema(let additional) = node.additionalProperties {
            try check(additional, path: "\(path).additionalProperties")
        }
        if let items = node.items {
            try check(items, path: "\(path).items")
        }
        try checkJunctors(node, path: path)
    }

    /// Logical junctors only restrict values: they may not declare types, defaults, descriptions of
    /// shape (`additionalProperties`, `nullable`), nor fields the surrounding schema lacks.
    private static func checkJunctors(_ node: SchemaNode, path: String) throws(SchemaError) {
        var junctors: [(String, SchemaNode)] = []
        for (n, sub) in node.allOf.enumerated() { junctors.append(("allOf[\(n)]", sub)) }
        for (n, sub) in node.anyOf.enumerated() { junctors.append(("anyOf[\(n)]", sub)) }
        for (n, sub) in node.oneOf.enumerated() { junctors.append(("oneOf[\(n)]", sub)) }
        if let not = node.not { junctors.append(("not", not)) }
        for (name, sub) in junctors {
            try checkValueValidation(sub, skeleton: node, path: "\(path).\(name)")
        }
    }

    private static func checkValueValidation(_ node: SchemaNode, skeleton: SchemaNode?, path: String) throws(SchemaError) {
        let forbidden = ["type", "default", "additionalProperties", "nullable", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource", "x-kubernetes-int-or-string", "$ref"]
        for key in forbidden where node.raw[key] != nil {
            // `x-kubernetes-int-or-string` junctors conventionally spell out the two types.
            if key == "type", skeleton?.intOrString == true, node.type == "integer" || node.type == "string" { continue }
            throw SchemaError("\(path).\(key): Forbidden: must be empty to be structural")
        }
        for name in node.properties.keys.sorted() {
            guard let property = node.properties[name] else { continue }
            let counterpart = skeleton?.properties[name]
            if counterpart == nil, skeleton?.preserveUnknownFields != true, skeleton.map({ !$0.properties.isEmpty }) ?? false {
                throw SchemaError("\(path).properties[\(name)]: Required value: must have a counterpart in the structural schema, outside of logical junctors")
            }
            try checkValueValidation(property, skeleton: counterpart, path: "\(path).properties[\(name)]")
        }
        if let items = node.items {
            try checkValueValidation(items, skeleton: skeleton?.items, path: "\(path).items")
        }
        for (n, sub) in node.allOf.enumerated() { try checkValueValidation(sub, skeleton: skeleton, path: "\(path).allOf[\(n)]") }
        for (n, sub) in node.anyOf.enumerated() { try checkValueValidation(sub, skeleton: skeleton, path: "\(path).anyOf[\(n)]") }
        for (n, sub) in node.oneOf.enumerated() { try checkValueValidation(sub, skeleton: skeleton, path: "\(path).oneOf[\(n)]") }
        if let not = node.not { try checkValueValidation(not, skeleton: skeleton, path: "\(path).not") }
    }
}

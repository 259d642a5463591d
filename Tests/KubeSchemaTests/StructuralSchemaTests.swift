import KubeAPI
import Testing
@testable import KubeSchema

@Suite struct StructuralSchemaRejectionTests {
    static let rejected: [(JSONValue, String)] = [
        (["type": "string"], "openAPIV3Schema.type: Invalid value: \"string\": must be object at the root"),
        (["type": "object", "properties": ["spec": ["properties": ["a": ["type": "string"]]]]],
         "openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields"),
        (["type": "object", "properties": ["spec": ["type": "object", "properties": ["list": ["type": "array"]]]]],
         "openAPIV3Schema.properties[spec].properties[list].items: Required value: must be specified"),
        (["type": "object", "properties": ["spec": ["type": "object", "properties": ["a": ["type": "string"]], "additionalProperties": ["type": "string"]]]],
         "openAPIV3Schema.properties[spec].additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive"),
        (["type": "object", "properties": ["spec": ["type": "object", "anyOf": [["type": "object"]]]]],
         "openAPIV3Schema.properties[spec].anyOf[0].type: Forbidden: must be empty to be structural"),
        (["type": "object", "properties": ["spec": ["type": "object", "properties": ["a": ["type": "string"]], "allOf": [["properties": ["b": ["minLength": 1]]]]]]],
         "openAPIV3Schema.properties[spec].allOf[0].properties[b]: Required value: must have a counterpart in the structural schema, outside of logical junctors"),
        (["type": "object", "properties": ["spec": ["type": "object", "oneOf": [["default": [:]]]]]],
         "openAPIV3Schema.properties[spec].oneOf[0].default: Forbidden: must be empty to be structural"),
        (["type": "object", "properties": ["spec": ["$ref": "#/definitions/Spec"]]],
         "openAPIV3Schema.properties[spec].$ref: Forbidden: $ref is not supported"),
        (["type": "object", "properties": ["spec": ["type": "object", "x-kubernetes-preserve-unknown-fields": false]]],
         "openAPIV3Schema.properties[spec].x-kubernetes-preserve-unknown-fields: Invalid value: false: must be true or undefined"),
        (["type": "object", "properties": ["port": ["type": "string", "x-kubernetes-int-or-string": true]]],
         "openAPIV3Schema.properties[port].type: Invalid value: \"string\": must be empty if x-kubernetes-int-or-string is true"),
        (["type": "object", "properties": ["t": ["type": "object", "x-kubernetes-embedded-resource": true]]],
         "openAPIV3Schema.properties[t].properties: Required value: must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields"),
        (["type": "object", "properties": ["metadata": ["type": "object", "properties": ["labels": ["type": "object"]]]]],
         "openAPIV3Schema.properties[metadata].properties[labels]: Forbidden: must not specify anything other than name and generateName"),
        (["type": "object", "properties": ["a": ["type": "strin"]]],
         "openAPIV3Schema.properties[a].type: Unsupported value: \"strin\": supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\""),
        (["type": "object", "properties": ["a": ["type": "string", "minLength": "2"]]],
         "openAPIV3Schema.properties[a].minLength: Invalid value: must be a non-negative integer, not string"),
        (["type": "object", "properties": ["a": ["type": "string", "pattern": "(unclosed"]]],
         "openAPIV3Schema.properties[a].pattern: invalid regular expression \"(unclosed\""),
        ("not a schema", "openAPIV3Schema: Invalid value: must be a schema object, not string"),
        (["type": "object", "properties": ["replicas": ["type": "integer", "minimum": 1, "default": 0]]],
         "openAPIV3Schema.properties[replicas].default: Invalid value: 0: replicas in body should be greater than or equal to 1"),
        (["type": "object", "properties": ["spec": ["type": "object", "properties": ["a": ["type": "string"]], "default": ["a": "x", "b": "y"]]]],
         "openAPIV3Schema.properties[spec].default: Invalid value: {\"a\":\"x\",\"b\":\"y\"}: must not have unknown fields"),
    ]

    @Test(arguments: 0..<rejected.count)
    func rejectsNonStructuralSchemasNamingThePath(index: Int) {
        let (schema, message) = Self.rejected[index]
        #expect(throws: SchemaError(message)) { try StructuralSchema(openAPIV3Schema: schema) }
    }

    @Test func acceptsDefaultsCompletedByNestedDefaults() throws {
        _ = try StructuralSchema(openAPIV3Schema: [
            "type": "object",
            "properties": ["spec": ["type": "object", "default": [:], "required": ["size"], "properties": ["size": ["type": "integer", "default": 1]]]],
        ])
    }

    @Test func admitPrunesDefaultsThenValidates() throws {
        let schema = try StructuralSchema(openAPIV3Schema: [
            "type": "object",
            "properties": ["spec": ["type": "object", "required": ["size"], "properties": [
                "size": ["type": "integer", "minimum": 1], "mode": ["type": "string", "default": "Fast"],
            ]]],
        ])
        let (object, errors) = schema.admit(["apiVersion": "a/v1", "kind": "K", "metadata": ["name": "x"], "spec": ["size": 0, "junk": 1]])
        #expect(object == ["apiVersion": "a/v1", "kind": "K", "metadata": ["name": "x"], "spec": ["size": 0, "mode": "Fast"]])
        #expect(errors.map(\.field) == ["spec.size"])
    }

    @Test func acceptsStructuralSchemaFeatures() throws {
        _ = try StructuralSchema(openAPIV3Schema: [
            "type": "object",
            "properties": [
                "metadata": ["type": "object", "properties": ["name": ["type": "string", "maxLength": 20]]],
                "spec": [
                    "type": "object",
                    "properties": [
                        "port": ["x-kubernetes-int-or-string": true, "anyOf": [["type": "integer"], ["type": "string"]]],
                        "raw": ["x-kubernetes-preserve-unknown-fields": true],
                        "template": ["type": "object", "x-kubernetes-embedded-resource": true, "x-kubernetes-preserve-unknown-fields": true],
                        "ports": ["type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"], "items": ["type": "object", "properties": ["name": ["type": "string"]]]],
                        "a": ["type": "string"],
                    ],
                    "oneOf": [["required": ["a"]], ["required": ["port"]]],
                ],
            ],
        ])
    }
}

@Suite struct PruningTests {
    static let schema: JSONValue = [
        "type": "object",
        "properties": [
            "spec": [
                "type": "object",
                "properties": [
                    "name": ["type": "string"],
                    "nested": ["type": "object", "properties": ["keep": ["type": "integer"]]],
                    "items": ["type": "array", "items": ["type": "object", "properties": ["a": ["type": "string"]]]],
                    "labels": ["type": "object", "additionalProperties": ["type": "object", "properties": ["v": ["type": "string"]]]],
                    "open": ["type": "object", "x-kubernetes-preserve-unknown-fields": true, "properties": ["typed": ["type": "object", "properties": ["x": ["type": "string"]]]]],
                    "anything": ["x-kubernetes-preserve-unknown-fields": true],
                    "template": [
                        "type": "object", "x-kubernetes-embedded-resource": true,
                        "properties": ["spec": ["type": "object", "properties": ["image": ["type": "string"]]]],
                    ],
                ],
            ],
            "status": ["type": "object", "x-kubernetes-preserve-unknown-fields": true],
        ],
    ]

    @Test func prunesUnknownFieldsAtEveryLevelAndKeepsPreservedOnes() throws {
        let schema = try StructuralSchema(openAPIV3Schema: Self.schema)
        let input: JSONValue = [
            "apiVersion": "example.com/v1", "kind": "Widget",
            "metadata": ["name": "w", "labels": ["a": "b"], "annotations": ["x": "y"]],
            "unknownTop": 1,
            "spec": [
                "name": "n", "unknown": true,
                "nested": ["keep": 1, "drop": 2],
                "items": [["a": "1", "b": "2"], ["c": 3]],
                "labels": ["k": ["v": "1", "w": "2"]],
                "open": ["free": ["deep": 1], "typed": ["x": "1", "y": "2"]],
                "anything": ["whatever": [1, 2, ["z": 1]]],
                "template": ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"], "spec": ["image": "i", "extra": 1], "other": 2],
            ],
            "status": ["anything": ["goes": true]],
        ]
        let expected: JSONValue = [
            "apiVersion": "example.com/v1", "kind": "Widget",
            "metadata": ["name": "w", "labels": ["a": "b"], "annotations": ["x": "y"]],
            "spec": [
                "name": "n",
                "nested": ["keep": 1],
                "items": [["a": "1"], [:]],
                "labels": ["k": ["v": "1"]],
                "open": ["free": ["deep": 1], "typed": ["x": "1"]],
                "anything": ["whatever": [1, 2, ["z": 1]]],
                "template": ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"], "spec": ["image": "i"]],
            ],
            "status": ["anything": ["goes": true]],
        ]
        #expect(schema.prune(input) == expected)
    }

    @Test func reportsTheUnknownFieldsItDrops() throws {
        let schema = try StructuralSchema(openAPIV3Schema: Self.schema)
        let input: JSONValue = [
            "apiVersion": "a/v1", "kind": "K", "metadata": ["name": "x", "whatever": 1], "top": 1,
            "spec": ["name": "n", "unknown": true, "items": [["a": "1"], ["a": "2", "b": "3"]], "open": ["free": 1],
                     "template": ["apiVersion": "v1", "kind": "Pod", "spec": ["image": "i", "extra": 1]]],
        ]
        #expect(schema.unknownFields(input) == ["spec.items[1].b", "spec.template.spec.extra", "spec.unknown", "top"])
        #expect(schema.unknownFields(schema.prune(input)) == [])
    }

    @Test func dropsNullsOfFieldsThatAreNeitherNullableNorDefaulted() throws {
        let schema = try StructuralSchema(openAPIV3Schema: [
            "type": "object",
            "properties": ["spec": ["type": "object", "properties": [
                "plain": ["type": "string"], "nullable": ["type": "string", "nullable": true], "defaulted": ["type": "string", "default": "d"],
                "map": ["type": "object", "additionalProperties": ["type": "string"]],
            ]]],
        ])
        let pruned = schema.prune(["spec": ["plain": nil, "nullable": nil, "defaulted": nil, "map": ["a": nil, "b": "x"]]])
        #expect(pruned["spec"] == ["nullable": nil, "defaulted": nil, "map": ["b": "x"]])
        #expect(schema.applyDefaults(pruned)["spec"]?["defaulted"] == "d")
    }

    @Test func rootPreserveUnknownFieldsKeepsEverything() throws {
        let schema = try StructuralSchema(openAPIV3Schema: ["type": "object", "x-kubernetes-preserve-unknown-fields": true])
        let input: JSONValue = ["apiVersion": "a/v1", "kind": "K", "spec": ["x": 1], "extra": "y"]
        #expect(schema.prune(input) == input)
    }

    @Test func leavesValuesOfTheWrongTypeForValidation() throws {
        let schema = try StructuralSchema(openAPIV3Schema: Self.schema)
        let input: JSONValue = ["apiVersion": "a/v1", "kind": "K", "spec": ["nested": "not an object", "items": 5]]
        #expect(schema.prune(input) == input)
    }
}

@Suite struct DefaultingTests {
    @Test func appliesDefaultsTopDownIncludingInsideDefaultedObjectsListsAndMaps() throws {
        let schema = try StructuralSchema(openAPIV3Schema: [
            "type": "object",
            "properties": [
                "spec": [
                    "type": "object",
                    "default": [:],
                    "properties": [
                        "replicas": ["type": "integer", "default": 1],
                        "mode": ["type": "string", "default": "Fast"],
                        "note": ["type": "string", "nullable": true, "default": "n"],
                        "strategy": ["type": "object", "default": ["type": "Rolling"], "properties": ["type": ["type": "string"], "maxSurge": ["type": "integer", "default": 25]]],
                        "ports": ["type": "array", "items": ["type": "object", "properties": ["protocol": ["type": "string", "default": "TCP"], "port": ["type": "integer"]]]],
                        "limits": ["type": "object", "additionalProperties": ["type": "object", "properties": ["unit": ["type": "string", "default": "m"]]]],
                    ],
                ]
            ],
        ])
        let defaulted = schema.applyDefaults(["apiVersion": "a/v1", "kind": "K"])
        #expect(defaulted["spec"] == ["replicas": 1, "mode": "Fast", "note": "n", "strategy": ["type": "Rolling", "maxSurge": 25]])

        let partial = schema.applyDefaults([
            "spec": ["replicas": 3, "mode": nil, "note": nil, "ports": [["port": 80], ["port": 53, "protocol": "UDP"]], "limits": ["cpu": [:]]]
        ])
        #expect(partial["spec"]?["replicas"] == 3)
        #expect(partial["spec"]?["mode"] == "Fast")
        #expect(partial["spec"]?["note"] == .null)
        #expect(partial["spec"]?["ports"] == [["port": 80, "protocol": "TCP"], ["port": 53, "protocol": "UDP"]])
        #expect(partial["spec"]?["limits"] == ["cpu": ["unit": "m"]])
    }
}

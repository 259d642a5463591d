import KubeAPI
import Testing
@testable import KubeSchema

/// A CRD schema with one property of each shape the validation table needs.
private let widgetSchema: JSONValue = [
    "type": "object",
    "properties": [
        "spec": [
            "type": "object",
            "required": ["name"],
            "properties": [
                "name": ["type": "string", "minLength": 2, "maxLength": 5, "pattern": "^[a-z]+$"],
                "replicas": ["type": "integer", "minimum": 1, "maximum": 10],
                "ratio": ["type": "number", "exclusiveMinimum": true, "minimum": 0, "exclusiveMaximum": true, "maximum": 1, "multipleOf": 0.25],
                "mode": ["type": "string", "enum": ["Fast", "Slow"]],
                "level": ["type": "integer", "enum": [1, 2]],
                "enabled": ["type": "boolean"],
                "started": ["type": "string", "format": "date-time"],
                "id": ["type": "string", "format": "uuid"],
                "tags": ["type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true, "items": ["type": "string"]],
                "labels": ["type": "object", "minProperties": 1, "maxProperties": 2, "additionalProperties": ["type": "string"]],
                "items": [
                    "type": "array",
                    "items": ["type": "object", "required": ["name"], "properties": ["name": ["type": "string"], "port": ["x-kubernetes-int-or-string": true]]],
                ],
                "note": ["type": "string", "nullable": true],
                "choice": ["type": "object", "properties": ["a": ["type": "string"], "b": ["type": "string"]], "oneOf": [["required": ["a"]], ["required": ["b"]]]],
                "either": ["type": "string", "anyOf": [["pattern": "^x"], ["pattern": "^y"]]],
                "notFoo": ["type": "string", "not": ["enum": ["foo"]]],
                "both": ["type": "integer", "allOf": [["minimum": 2], ["maximum": 4]]],
            ],
        ]
    ],
]

private func errors(_ spec: JSONValue) throws -> [FieldError] {
    let schema = try StructuralSchema(openAPIV3Schema: widgetSchema)
    return schema.validate(["apiVersion": "example.com/v1", "kind": "Widget", "metadata": ["name": "w"], "spec": spec])
}

/// One row of the validation table: a `spec` and the single error kube-apiserver reports for it.
struct ValidationCase: Sendable, CustomTestStringConvertible {
    var spec: JSONValue
    var expected: FieldError
    init(_ spec: JSONValue, _ reason: String, _ field: String, _ message: String) {
        self.spec = spec
        self.expected = FieldError(reason: reason, field: field, message: message)
    }
    var testDescription: String { "\(expected.field) \(expected.reason)" }
}

@Suite struct ValidationTests {
    @Test func validObjectHasNoErrors() throws {
        let valid: JSONValue = [
            "name": "abc", "replicas": 3, "ratio": 0.5, "mode": "Fast", "level": 2, "enabled": true,
            "started": "2024-05-01T10:00:00Z", "id": "123e4567-e89b-12d3-a456-426614174000",
            "tags": ["a", "b"], "labels": ["x": "y"], "items": [["name": "a", "port": 80], ["name": "b", "port": "http"]],
            "note": nil, "choice": ["a": "1"], "either": "xylophone", "notFoo": "bar", "both": 3,
        ]
        #expect(try errors(valid) == [])
    }

    static let cases: [ValidationCase] = [
        ValidationCase(["replicas": 1], "FieldValueRequired", "spec.name", "Required value"),
        ValidationCase(["name": "abc", "replicas": "three"], "FieldValueTypeInvalid", "spec.replicas", "Invalid value: \"string\": spec.replicas in body must be of type integer: \"string\""),
        ValidationCase(["name": "abc", "replicas": 1.5], "FieldValueTypeInvalid", "spec.replicas", "Invalid value: \"number\": spec.replicas in body must be of type integer: \"number\""),
        ValidationCase(["name": "abc", "enabled": nil], "FieldValueTypeInvalid", "spec.enabled", "Invalid value: \"null\": spec.enabled in body must be of type boolean: \"null\""),
        ValidationCase(["name": "abcdefg"], "FieldValueTooLong", "spec.name", "Too long: may not be more than 5 bytes"),
        ValidationCase(["name": "a"], "FieldValueInvalid", "spec.name", "Invalid value: \"a\": spec.name in body should be at least 2 chars long"),
        ValidationCase(["name": "ABC"], "FieldValueInvalid", "spec.name", "Invalid value: \"ABC\": spec.name in body should match '^[a-z]+$'"),
        ValidationCase(["name": "abc", "replicas": 0], "FieldValueInvalid", "spec.replicas", "Invalid value: 0: spec.replicas in body should be greater than or equal to 1"),
        ValidationCase(["name": "abc", "replicas": 11], "FieldValueInvalid", "spec.replicas", "Invalid value: 11: spec.replicas in body should be less than or equal to 10"),
        ValidationCase(["name": "abc", "ratio": 0], "FieldValueInvalid", "spec.ratio", "Invalid value: 0: spec.ratio in body should be greater than 0"),
        ValidationCase(["name": "abc", "ratio": 1], "FieldValueInvalid", "spec.ratio", "Invalid value: 1: spec.ratio in body should be less than 1"),
        ValidationCase(["name": "abc", "ratio": 0.3], "FieldValueInvalid", "spec.ratio", "Invalid value: 0.3: spec.ratio in body should be a multiple of 0.25"),
        ValidationCase(["name": "abc", "mode": "Medium"], "FieldValueNotSupported", "spec.mode", "Unsupported value: \"Medium\": supported values: \"Fast\", \"Slow\""),
        ValidationCase(["name": "abc", "level": 3], "FieldValueNotSupported", "spec.level", "Unsupported value: 3: supported values: \"1\", \"2\""),
        ValidationCase(["name": "abc", "started": "yesterday"], "FieldValueTypeInvalid", "spec.started", "Invalid value: \"yesterday\": spec.started in body must be of type date-time: \"yesterday\""),
        ValidationCase(["name": "abc", "id": "not-a-uuid"], "FieldValueTypeInvalid", "spec.id", "Invalid value: \"not-a-uuid\": spec.id in body must be of type uuid: \"not-a-uuid\""),
        ValidationCase(["name": "abc", "tags": []], "FieldValueInvalid", "spec.tags", "Invalid value: 0: spec.tags in body should have at least 1 items"),
        ValidationCase(["name": "abc", "tags": ["a", "b", "c", "d"]], "FieldValueTooMany", "spec.tags", "Too many: 4: must have at most 3 items"),
        ValidationCase(["name": "abc", "tags": ["a", "a"]], "FieldValueInvalid", "spec.tags", "Invalid value: \"\": spec.tags in body shouldn't contain duplicates"),
        ValidationCase(["name": "abc", "labels": [:]], "FieldValueInvalid", "spec.labels", "Invalid value: 0: spec.labels in body should have at least 1 properties"),
        ValidationCase(["name": "abc", "labels": ["a": "1", "b": "2", "c": "3"]], "FieldValueTooMany", "spec.labels", "Too many: 3: must have at most 2 items"),
        ValidationCase(["name": "abc", "labels": ["a": 1]], "FieldValueTypeInvalid", "spec.labels.a", "Invalid value: \"integer\": spec.labels.a in body must be of type string: \"integer\""),
        ValidationCase(["name": "abc", "items": [["name": "a"], ["name": "b"], ["port": 1]]], "FieldValueRequired", "spec.items[2].name", "Required value"),
        ValidationCase(["name": "abc", "items": [["name": "a", "port": true]]], "FieldValueTypeInvalid", "spec.items[0].port", "Invalid value: \"boolean\": spec.items[0].port in body must be of type integer,string: \"boolean\""),
        ValidationCase(["name": "abc", "choice": ["a": "1", "b": "2"]], "FieldValueInvalid", "spec.choice", "Invalid value: \"\": \"spec.choice\" must validate one and only one schema (oneOf). Found 2 valid alternatives"),
        ValidationCase(["name": "abc", "notFoo": "foo"], "FieldValueInvalid", "spec.notFoo", "Invalid value: \"\": \"spec.notFoo\" must not validate the schema (not)"),
    ]

    @Test(arguments: cases)
    func reportsEachKeywordLikeKubeAPIServer(_ c: ValidationCase) throws {
        #expect(try errors(c.spec) == [c.expected])
    }

    @Test func embeddedResourcesNeedApiVersionAndKind() throws {
        let schema = try StructuralSchema(openAPIV3Schema: [
            "type": "object",
            "properties": ["spec": ["type": "object", "properties": [
                "template": ["type": "object", "x-kubernetes-embedded-resource": true, "x-kubernetes-preserve-unknown-fields": true]
            ]]],
        ])
        #expect(schema.validate(["spec": ["template": ["apiVersion": "v1", "kind": "Pod"]]]) == [])
        #expect(schema.validate(["spec": ["template": ["apiVersion": "", "kind": 3]]]) == [
            FieldError(reason: "FieldValueRequired", field: "spec.template.apiVersion", message: "Required value: must not be empty"),
            FieldError(reason: "FieldValueInvalid", field: "spec.template.kind", message: "Invalid value: 3: must be a string"),
        ])
    }

    @Test func junctorsReportTheClosestAlternativesErrorsToo() throws {
        #expect(try errors(["name": "abc", "either": "zebra"]) == [
            FieldError(reason: "FieldValueInvalid", field: "spec.either", message: "Invalid value: \"\": \"spec.either\" must validate at least one schema (anyOf)"),
            FieldError(reason: "FieldValueInvalid", field: "spec.either", message: "Invalid value: \"zebra\": spec.either in body should match '^x'"),
        ])
        #expect(try errors(["name": "abc", "both": 5]) == [
            FieldError(reason: "FieldValueInvalid", field: "spec.both", message: "Invalid value: \"\": \"spec.both\" must validate all the schemas (allOf)"),
            FieldError(reason: "FieldValueInvalid", field: "spec.both", message: "Invalid value: 5: spec.both in body should be less than or equal to 4"),
        ])
        #expect(try errors(["name": "abc", "choice": [:]]) == [
            FieldError(reason: "FieldValueInvalid", field: "spec.choice", message: "Invalid value: \"\": \"spec.choice\" must validate one and only one schema (oneOf). Found none valid"),
            FieldError(reason: "FieldValueRequired", field: "spec.choice.a", message: "Required value"),
        ])
    }

    @Test func integralFloatsAreIntegers() throws {
        #expect(try errors(["name": "abc", "replicas": 2.0]) == [])
    }

    @Test func metadataIsNotValidatedAndApiVersionKindPass() throws {
        let schema = try StructuralSchema(openAPIV3Schema: ["type": "object", "required": ["metadata", "spec"], "properties": ["spec": ["type": "object"]]])
        #expect(schema.validate(["apiVersion": "a/v1", "kind": "K", "spec": [:]]) == [])
        #expect(schema.validate(["apiVersion": "a/v1", "kind": "K", "metadata": 5]).map(\.field) == ["spec"])
    }

    @Test func collectsSeveralErrorsInFieldOrder() throws {
        let found = try errors(["replicas": 0, "mode": "x"])
        #expect(found.map(\.field) == ["spec.name", "spec.mode", "spec.replicas"])
    }

    @Test func formatsNumbersAsGo() {
        #expect(GoFormat.number(1) == "1")
        #expect(GoFormat.number(0.25) == "0.25")
        #expect(GoFormat.number(1e6) == "1e+06")
        #expect(GoFormat.number(123456) == "123456")
        #expect(GoFormat.number(1.5e-5) == "1.5e-05")
        #expect(GoFormat.number(-2.5) == "-2.5")
    }

    @Test(arguments: [
        ("date-time", "2024-01-02T03:04:05.123+01:00", true), ("date-time", "2024-01-02", false),
        ("date", "2024-02-29", true), ("date", "2024-13-01", false),
        ("ipv4", "10.0.0.1", true), ("ipv4", "10.0.0.256", false),
        ("ipv6", "fe80::1", true), ("ipv6", "::ffff:10.0.0.1", true), ("ipv6", "1:2:3", false),
        ("cidr", "10.0.0.0/8", true), ("cidr", "10.0.0.0/33", false),
        ("byte", "aGVsbG8=", true), ("byte", "aGVsbG8", false),
        ("hostname", "a.example.com", true), ("hostname", "-a.com", false),
        ("mac", "00:1a:2b:3c:4d:5e", true), ("duration", "1h30m", true), ("duration", "soon", false),
        ("email", "a@example.com", true), ("int32", "anything", true),
    ])
    func stringFormats(format: String, value: String, valid: Bool) {
        #expect(StringFormats.isValid(value, format: format) == valid)
    }
}

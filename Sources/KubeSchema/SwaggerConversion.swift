import KubeAPI

/// Rewrites OpenAPI 3 schemas and path items into their Swagger 2.0 form: references point at
/// `#/definitions/`, single-reference `allOf` wrappers become plain `$ref`s, request bodies become
/// `body` parameters and responses carry their schema directly.
enum SwaggerConversion {
    static func schema(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(var members):
            if case .array(let parts)? = members["allOf"], parts.count == 1, let ref = parts[0]["$ref"] {
                members["allOf"] = nil
                members["$ref"] = ref
            }
            members["nullable"] = nil
            var out: [String: JSONValue] = [:]
            for (key, member) in members {
                if key == "$ref", let ref = member.stringValue {
                    out[key] = .string(ref.replacingPrefix("#/components/schemas/", with: "#/definitions/"))
                } else if key == "properties" || key == "x-kubernetes-group-version-kind" || key == "enum" || key == "default" || key == "example" {
                    out[key] = key == "properties" ? .object((member.objectValue ?? [:]).mapValues(schema)) : member
                } else {
                    out[key] = schema(member)
                }
            }
            return .object(out)
        case .array(let elements):
            return .array(elements.map(schema))
        default:
            return value
        }
    }

    static func pathItem(_ item: JSONValue) -> JSONValue {
        guard case .object(let members) = item else { return item }
        var out: [String: JSONValue] = [:]
        for (key, member) in members {
            if key == "parameters" {
                out[key] = .array((member.arrayValue ?? []).map(parameter))
            } else {
                out[key] = operation(member)
            }
        }
        return .object(out)
    }

    private static func operation(_ op: JSONValue) -> JSONValue {
        var out = op
        var parameters = (op["parameters"]?.arrayValue ?? []).map(parameter)
        if let content = op["requestBody"]?["content"]?.objectValue {
            let bodySchema = content.sorted { $0.key < $1.key }.first?.value["schema"] ?? ["type": "object"]
            parameters.append(["name": "body", "in": "body", "required": true, "schema": schema(bodySchema)])
            out["consumes"] = .array(content.keys.sorted().map { .string($0) })
        }
        out["requestBody"] = nil
        out["parameters"] = parameters.isEmpty ? nil : .array(parameters)
        var responses: [String: JSONValue] = [:]
        for (code, response) in op["responses"]?.objectValue ?? [:] {
            var converted: JSONValue = ["description": response["description"] ?? ""]
            if let responseSchema = response["content"]?["application/json"]?["schema"] { converted["schema"] = schema(responseSchema) }
            responses[code] = converted
        }
        out["responses"] = .object(responses)
        out["produces"] = ["application/json", "application/yaml"]
        out["schemes"] = ["https"]
        return out
    }

    private static func parameter(_ p: JSONValue) -> JSONValue {
        var out = p
        if let type = p["schema"]?["type"] { out["type"] = type }
        out["schema"] = nil
        return out
    }
}

private extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

import KubeAPI
import KubeLocalStore

/// A parsed `fieldSelector` query (`a=b`, `a==b`, `a!=b`, comma-separated, all must hold),
/// restricted to the fields the real server supports for the resource. A missing field reads as
/// the empty string, so `spec.nodeName=` selects unscheduled pods.
struct FieldSelector: Sendable {
    struct Requirement: Sendable {
        var field: String
        var value: String
        var negated: Bool
    }

    var requirements: [Requirement]

    var isEmpty: Bool { requirements.isEmpty }

    /// Parses `text` for `type`; an unsupported field is a 400 BadRequest like the real server's.
    static func parse(_ text: String, for type: ResourceType) throws(APIError) -> FieldSelector {
        var requirements: [Requirement] = []
        for part in splitUnescaped(text, on: ",") where !part.trimmingSpaces().isEmpty {
            let term = part.trimmingSpaces()
            let (field, value, negated): (String, String, Bool)
            if let r = term.firstRange(of: "!=") {
                (field, value, negated) = (String(term[..<r.lowerBound]), String(term[r.upperBound...]), true)
            } else if let r = term.firstRange(of: "==") {
                (field, value, negated) = (String(term[..<r.lowerBound]), String(term[r.upperBound...]), false)
            } else if let r = term.firstRange(of: "=") {
                (field, value, negated) = (String(term[..<r.lowerBound]), String(term[r.upperBound...]), false)
            } else {
                throw APIError.badRequest("invalid selector: '\(text)'; can't understand '\(term)'")
            }
            guard supportedFields(type).contains(field) else {
                if type.isCustom {
                    throw APIError.badRequest(
                        "\"\(field)\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")
                }
                throw APIError.badRequest(
                    "Unable to find \"\(type.group)/\(type.version), Resource=\(type.plural)\" that match label selector \"\", field selector \"\(text)\": field label not supported: \(field)"
                )
            }
            requirements.append(Requirement(field: field, value: unescape(value), negated: negated))
        }
        return FieldSelector(requirements: requirements)
    }

    /// Whether an object of `type` satisfies every requirement.
    func matches(_ object: JSONValue, type: ResourceType) -> Bool {
        requirements.allSatisfy { r in
            let actual = Self.fieldValue(object, field: r.field, type: type)
            return r.negated ? actual != r.value : actual == r.value
        }
    }

    /// The `metadata.name` an `=`/`==` requirement pins, which lets a watch or list skip work.
    var pinnedName: String? {
        requirements.first { $0.field == "metadata.name" && !$0.negated }?.value
    }

    static func supportedFields(_ type: ResourceType) -> Set<String> {
        var fields: Set<String> = ["metadata.name", "metadata.namespace"]
        guard !type.isCustom else { return fields }
        switch (type.group, type.plural) {
        case ("", "pods"):
            fields.formUnion([
                "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
                "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName",
            ])
        case ("", "events"), ("events.k8s.io", "events"):
            fields.formUnion([
                "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
                "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
                "reason", "reportingComponent", "source", "type",
            ])
            if type.group == "events.k8s.io" {
                fields.formUnion([
                    "regarding.kind", "regarding.namespace", "regarding.name", "regarding.uid",
                    "regarding.apiVersion", "regarding.resourceVersion", "regarding.fieldPath", "reportingController",
                ])
            }
        case ("", "secrets"): fields.insert("type")
        case ("", "nodes"): fields.insert("spec.unschedulable")
        case ("", "namespaces"): fields.insert("status.phase")
        case ("apps", "replicasets"): fields.insert("status.replicas")
        case ("", "services"): fields.formUnion(["spec.clusterIP", "spec.type"])
        default: break
        }
        return fields
    }

    /// Whether an object of `type` satisfies every requirement, judged from its key and summary
    /// alone; nil when a requirement names a field the summary does not index.
    func matches(_ key: ObjectKey, _ summary: ObjectSummary, type: ResourceType) -> Bool? {
        for r in requirements {
            let actual: String
            switch r.field {
            case "metadata.name": actual = key.name
            case "metadata.namespace": actual = key.namespace
            default:
                guard let indexed = summary.fields[Self.storageField(r.field, type: type)] else { return nil }
                actual = indexed
            }
            if r.negated ? actual == r.value : actual != r.value { return false }
        }
        return true
    }

    /// The field as the stored object names it (events.k8s.io/v1 Events are stored as core/v1).
    static func storageField(_ field: String, type: ResourceType) -> String {
        EventConversion.isEventsV1(type) ? EventConversion.coreField(field) : field
    }

    /// The text value of a selectable field; absent fields read as "".
    static func fieldValue(_ object: JSONValue, field: String, type: ResourceType) -> String {
        fieldValue(object, storageField: storageField(field, type: type), plural: type.plural)
    }

    /// The text value of a field of a stored object of resource `plural`; absent fields read as "".
    static func fieldValue(_ object: JSONValue, storageField field: String, plural: String) -> String {
        let path = field.split(separator: ".").map(String.init)
        if plural == "events", field == "source" {
            return object["source"]?["component"]?.stringValue ?? ""
        }
        switch object[path: path] {
        case .string(let s)?: return s
        case .bool(let b)?: return b ? "true" : "false"
        case .int(let i)?: return String(i)
        default:
            if field == "spec.unschedulable" || field == "spec.hostNetwork" { return "false" }
            return ""
        }
    }

    private static func splitUnescaped(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for ch in text {
            if escaped {
                current.append(ch)
                escaped = false
            } else if ch == "\\" {
                current.append(ch)
                escaped = true
            } else if ch == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        return parts
    }

    private static func unescape(_ value: String) -> String {
        var out = ""
        var escaped = false
        for ch in value {
            if escaped {
                out.append(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

import KubeAPI

/// Decodes the Kubernetes protobuf encoding (`application/vnd.kubernetes.protobuf`: the `k8s\0`
/// magic, a `runtime.Unknown` envelope, the typed message) of the kinds `kubectl create`
/// generators send — Namespace, ConfigMap, Secret, ServiceAccount, Service, Deployment, Pod —
/// into the JSON the rest of the server works with. Empty scalars are dropped, as Go's JSON
/// encoding omits them. Other kinds, and malformed bodies, are refused (415/400).
enum ProtobufObjectDecoder {
    indirect enum Kind: Sendable {
        case string, int, bool, bytes, intOrString, quantity, time
        case message(String)
        case stringMap, bytesMap, quantityMap
        case repeated(Kind)
    }

    typealias Message = [Int: (String, Kind)]

    static let messages: [String: Message] = [
        "ObjectMeta": [
            1: ("name", .string), 2: ("generateName", .string), 3: ("namespace", .string), 5: ("uid", .string),
            6: ("resourceVersion", .string), 7: ("generation", .int), 8: ("creationTimestamp", .time),
            11: ("labels", .stringMap), 12: ("annotations", .stringMap), 14: ("finalizers", .repeated(.string)),
        ],
        "Namespace": [1: ("metadata", .message("ObjectMeta")), 2: ("spec", .message("NamespaceSpec"))],
        "NamespaceSpec": [1: ("finalizers", .repeated(.string))],
        "ConfigMap": [
            1: ("metadata", .message("ObjectMeta")), 2: ("data", .stringMap), 3: ("binaryData", .bytesMap),
            4: ("immutable", .bool),
        ],
        "Secret": [
            1: ("metadata", .message("ObjectMeta")), 2: ("data", .bytesMap), 3: ("type", .string),
            4: ("stringData", .stringMap), 5: ("immutable", .bool),
        ],
        "ServiceAccount": [
            1: ("metadata", .message("ObjectMeta")), 3: ("imagePullSecrets", .repeated(.message("LocalObjectReference"))),
            4: ("automountServiceAccountToken", .bool),
        ],
        "LocalObjectReference": [1: ("name", .string)],
        "Service": [1: ("metadata", .message("ObjectMeta")), 2: ("spec", .message("ServiceSpec"))],
        "ServiceSpec": [
            1: ("ports", .repeated(.message("ServicePort"))), 2: ("selector", .stringMap), 3: ("clusterIP", .string),
            4: ("type", .string), 5: ("externalIPs", .repeated(.string)), 7: ("sessionAffinity", .string),
            10: ("externalName", .string),
        ],
        "ServicePort": [
            1: ("name", .string), 2: ("protocol", .string), 3: ("port", .int), 4: ("targetPort", .intOrString),
            5: ("nodePort", .int),
        ],
        "Deployment": [1: ("metadata", .message("ObjectMeta")), 2: ("spec", .message("DeploymentSpec"))],
        "DeploymentSpec": [
            1: ("replicas", .int), 2: ("selector", .message("LabelSelector")), 3: ("template", .message("PodTemplateSpec")),
            4: ("strategy", .message("DeploymentStrategy")), 5: ("minReadySeconds", .int),
            6: ("revisionHistoryLimit", .int), 7: ("paused", .bool), 9: ("progressDeadlineSeconds", .int),
        ],
        "DeploymentStrategy": [1: ("type", .string), 2: ("rollingUpdate", .message("RollingUpdateDeployment"))],
        "RollingUpdateDeployment": [1: ("maxUnavailable", .intOrString), 2: ("maxSurge", .intOrString)],
        "LabelSelector": [
            1: ("matchLabels", .stringMap), 2: ("matchExpressions", .repeated(.message("LabelSelectorRequirement"))),
        ],
        "LabelSelectorRequirement": [1: ("key", .string), 2: ("operator", .string), 3: ("values", .repeated(.string))],
        "PodTemplateSpec": [1: ("metadata", .message("ObjectMeta")), 2: ("spec", .message("PodSpec"))],
        "Pod": [1: ("metadata", .message("ObjectMeta")), 2: ("spec", .message("PodSpec"))],
        "PodSpec": [
            2: ("containers", .repeated(.message("Container"))), 3: ("restartPolicy", .string),
            4: ("terminationGracePeriodSeconds", .int), 6: ("dnsPolicy", .string), 7: ("nodeSelector", .stringMap),
            8: ("serviceAccountName", .string), 10: ("nodeName", .string), 11: ("hostNetwork", .bool),
            16: ("hostname", .string), 17: ("subdomain", .string), 19: ("schedulerName", .string),
            20: ("initContainers", .repeated(.message("Container"))), 24: ("priorityClassName", .string),
        ],
        "Container": [
            1: ("name", .string), 2: ("image", .string), 3: ("command", .repeated(.string)), 4: ("args", .repeated(.string)),
            5: ("workingDir", .string), 6: ("ports", .repeated(.message("ContainerPort"))),
            7: ("env", .repeated(.message("EnvVar"))), 8: ("resources", .message("ResourceRequirements")),
            13: ("terminationMessagePath", .string), 14: ("imagePullPolicy", .string), 16: ("stdin", .bool),
            17: ("stdinOnce", .bool), 18: ("tty", .bool), 20: ("terminationMessagePolicy", .string),
        ],
        "ContainerPort": [
            1: ("name", .string), 2: ("hostPort", .int), 3: ("containerPort", .int), 4: ("protocol", .string),
            5: ("hostIP", .string),
        ],
        "EnvVar": [1: ("name", .string), 2: ("value", .string)],
        "ResourceRequirements": [1: ("limits", .quantityMap), 2: ("requests", .quantityMap)],
    ]

    /// Fields whose zero value is meaningful (pointer fields in the Go types).
    static let keepZero: Set<String> = ["replicas"]

    static func failure(_ message: String) -> APIError {
        APIError.badRequest("unable to decode the protobuf request body: \(message)")
    }

    /// The JSON object a protobuf request body encodes.
    static func decode(_ body: [UInt8]) throws(APIError) -> JSONValue {
        guard body.count >= 4, body[0] == 0x6B, body[1] == 0x38, body[2] == 0x73, body[3] == 0 else {
            throw failure("missing the k8s protobuf magic number")
        }
        do {
            var apiVersion = ""
            var kind = ""
            var raw: ArraySlice<UInt8> = []
            for field in try ProtobufWire.fields(body[4...]) {
                if field.number == 1 {
                    for meta in try ProtobufWire.fields(field.bytes) {
                        if meta.number == 1 { apiVersion = String(decoding: meta.bytes, as: UTF8.self) }
                        if meta.number == 2 { kind = String(decoding: meta.bytes, as: UTF8.self) }
                    }
                } else if field.number == 2 {
                    raw = field.bytes
                }
            }
            guard let schema = messages[kind], ["Namespace", "ConfigMap", "Secret", "ServiceAccount", "Service", "Deployment", "Pod"].contains(kind) else {
                throw APIError(
                    code: 415, reason: "UnsupportedMediaType",
                    message: "the body of the request was in an unknown format - accepted media types include: \(RequestBodyDecoder.acceptedTypes)")
            }
            var object = try message(raw, schema)
            object["apiVersion"] = .string(apiVersion)
            object["kind"] = .string(kind)
            return object
        } catch let error as APIError {
            throw error
        } catch let error as ProtobufWire.Failure {
            throw failure(error.message)
        } catch {
            throw failure("\(error)")
        }
    }

    private static func message(_ bytes: ArraySlice<UInt8>, _ schema: Message) throws -> JSONValue {
        var members: [String: JSONValue] = [:]
        for field in try ProtobufWire.fields(bytes) {
            guard let (name, kind) = schema[field.number] else { continue }
            if case .repeated(let element) = kind {
                var empty: JSONValue = ""
                if case .message = element { empty = .emptyObject }
                var list = members[name]?.arrayValue ?? []
                list.append(try scalar(field, element) ?? empty)
                members[name] = .array(list)
                continue
            }
            switch kind {
            case .stringMap, .bytesMap, .quantityMap:
                var map = members[name]?.objectValue ?? [:]
                var key = ""
                var value: JSONValue = ""
                for entry in try ProtobufWire.fields(field.bytes) {
                    if entry.number == 1 { key = String(decoding: entry.bytes, as: UTF8.self) }
                    if entry.number == 2 {
                        switch kind {
                        case .bytesMap: value = .string(Base64.encode(entry.bytes))
                        case .quantityMap: value = try scalar(entry, .quantity) ?? ""
                        default: value = .string(String(decoding: entry.bytes, as: UTF8.self))
                        }
                    }
                }
                map[key] = value
                members[name] = .object(map)
            default:
                guard let value = try scalar(field, kind) else { continue }
                if case .int(0) = value, !keepZero.contains(name) { continue }
                members[name] = value
            }
        }
        return .object(members)
    }

    /// One value; nil when it is empty (omitted in JSON).
    private static func scalar(_ field: ProtobufWire.Field, _ kind: Kind) throws -> JSONValue? {
        switch kind {
        case .string:
            return field.bytes.isEmpty ? JSONValue?.none : .string(String(decoding: field.bytes, as: UTF8.self))
        case .int: return .int(Int64(bitPattern: field.varint))
        case .bool: return field.varint == 0 ? JSONValue?.none : .bool(true)
        case .bytes: return .string(Base64.encode(field.bytes))
        case .quantity:
            let parts = try ProtobufWire.fields(field.bytes)
            return parts.first { $0.number == 1 }.map { .string(String(decoding: $0.bytes, as: UTF8.self)) }
        case .intOrString:
            var type: UInt64 = 0
            var int: Int64 = 0
            var text = ""
            for part in try ProtobufWire.fields(field.bytes) {
                switch part.number {
                case 1: type = part.varint
                case 2: int = Int64(Int32(truncatingIfNeeded: part.varint))
                case 3: text = String(decoding: part.bytes, as: UTF8.self)
                default: break
                }
            }
            return type == 1 ? .string(text) : .int(int)
        case .time:
            var seconds: Int64 = 0
            for part in try ProtobufWire.fields(field.bytes) where part.number == 1 {
                seconds = Int64(bitPattern: part.varint)
            }
            return seconds == 0 ? JSONValue?.none : .string(TimeText.format(seconds: seconds))
        case .message(let name):
            guard let schema = messages[name] else { return nil }
            let value = try message(field.bytes, schema)
            return value.objectValue?.isEmpty == true ? JSONValue?.none : value
        case .stringMap, .bytesMap, .quantityMap, .repeated:
            return nil
        }
    }
}

/// Standard base64 (RFC 4648, with padding), as JSON carries `[]byte` fields.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: some Collection<UInt8>) -> String {
        let b = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity((b.count + 2) / 3 * 4)
        var i = 0
        while i < b.count {
            let n = (UInt32(b[i]) << 16) | (i + 1 < b.count ? UInt32(b[i + 1]) << 8 : 0) | (i + 2 < b.count ? UInt32(b[i + 2]) : 0)
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(i + 1 < b.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < b.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

import KubeAPI

/// A Table column definition (`meta.k8s.io/v1 TableColumnDefinition`).
struct TableColumn: Sendable {
    var name: String
    var type: String = "string"
    var format: String = ""
    var description: String = ""
    var priority: Int = 0

    var json: JSONValue {
        [
            "name": .string(name), "type": .string(type), "format": .string(format),
            "description": .string(description), "priority": .int(Int64(priority)),
        ]
    }

    static let name = TableColumn(
        name: "Name", format: "name",
        description: "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"
    )
    static let age = TableColumn(
        name: "Age",
        description: "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
    )
}

/// Builds the cells of one object's row for a resource, given the current time for ages.
typealias RowBuilder = @Sendable (_ object: JSONValue, _ now: Int64) -> [JSONValue]

/// The column sets kube-apiserver's printers use for the built-in kinds (what `kubectl get` and
/// `kubectl get -o wide` show), and the generic Name + Created At set for everything else.
enum BuiltInTableColumns {
    static func age(_ o: JSONValue, _ now: Int64) -> JSONValue {
        guard let ts = o["metadata"]?["creationTimestamp"]?.stringValue, let t = TimeText.parse(ts) else {
            return "<unknown>"
        }
        return .string(TimeText.humanDuration(seconds: now - t))
    }

    static func name(_ o: JSONValue) -> JSONValue { o["metadata"]?["name"] ?? "" }

    static func int(_ v: JSONValue?) -> JSONValue { .int(v?.intValue ?? 0) }

    static func joined(_ values: [String], empty: String = "<none>") -> JSONValue {
        values.isEmpty ? .string(empty) : .string(values.joined(separator: ","))
    }

    static func containers(_ podSpec: JSONValue?) -> ([String], [String]) {
        let list = podSpec?["containers"]?.arrayValue ?? []
        return (list.compactMap { $0["name"]?.stringValue }, list.compactMap { $0["image"]?.stringValue })
    }

    static func selectorText(_ selector: JSONValue?) -> String {
        var parts: [String] = []
        for (k, v) in (selector?["matchLabels"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            parts.append("\(k)=\(v.stringValue ?? "")")
        }
        for e in selector?["matchExpressions"]?.arrayValue ?? [] {
            let key = e["key"]?.stringValue ?? ""
            let values = (e["values"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ",")
            switch e["operator"]?.stringValue {
            case "In": parts.append("\(key) in (\(values))")
            case "NotIn": parts.append("\(key) notin (\(values))")
            case "Exists": parts.append(key)
            case "DoesNotExist": parts.append("!\(key)")
            default: break
            }
        }
        return parts.isEmpty ? "<none>" : parts.joined(separator: ",")
    }

    static func mapSelectorText(_ selector: JSONValue?) -> String {
        let pairs = (selector?.objectValue ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.stringValue ?? "")" }
        return pairs.isEmpty ? "<none>" : pairs.joined(separator: ",")
    }

    /// The columns and row builder for a built-in resource, or `nil` for the generic table.
    static func columns(group: String, plural: String) -> ([TableColumn], RowBuilder)? {
        switch (group, plural) {
        case ("", "pods"): return PodTableColumns.columns
        case ("apps", "deployments"):
            return (
                [
                    .name, TableColumn(name: "Ready"), TableColumn(name: "Up-to-date", type: "integer"),
                    TableColumn(name: "Available", type: "integer"), .age,
                    TableColumn(name: "Containers", priority: 1), TableColumn(name: "Images", priority: 1),
                    TableColumn(name: "Selector", priority: 1),
                ],
                { o, now in
                    let (names, images) = containers(o["spec"]?["template"]?["spec"])
                    let ready = "\(o["status"]?["readyReplicas"]?.intValue ?? 0)/\(o["spec"]?["replicas"]?.intValue ?? 1)"
                    return [
                        name(o), .string(ready), int(o["status"]?["updatedReplicas"]),
                        int(o["status"]?["availableReplicas"]), age(o, now), joined(names), joined(images),
                        .string(selectorText(o["spec"]?["selector"])),
                    ]
                }
            )
        case ("apps", "replicasets"):
            return (
                [
                    .name, TableColumn(name: "Desired", type: "integer"), TableColumn(name: "Current", type: "integer"),
                    TableColumn(name: "Ready", type: "integer"), .age, TableColumn(name: "Containers", priority: 1),
                    TableColumn(name: "Images", priority: 1), TableColumn(name: "Selector", priority: 1),
                ],
                { o, now in
                    let (names, images) = containers(o["spec"]?["template"]?["spec"])
                    return [
                        name(o), .int(o["spec"]?["replicas"]?.intValue ?? 1), int(o["status"]?["replicas"]),
                        int(o["status"]?["readyReplicas"]), age(o, now), joined(names), joined(images),
                        .string(selectorText(o["spec"]?["selector"])),
                    ]
                }
            )
        case ("apps", "daemonsets"):
            return (
                [
                    .name, TableColumn(name: "Desired", type: "integer"), TableColumn(name: "Current", type: "integer"),
                    TableColumn(name: "Ready", type: "integer"), TableColumn(name: "Up-to-date", type: "integer"),
                    TableColumn(name: "Available", type: "integer"), TableColumn(name: "Node Selector"), .age,
                    TableColumn(name: "Containers", priority: 1), TableColumn(name: "Images", priority: 1),
                    TableColumn(name: "Selector", priority: 1),
                ],
                { o, now in
                    let (names, images) = containers(o["spec"]?["template"]?["spec"])
                    let s = o["status"]
                    return [
                        name(o), int(s?["desiredNumberScheduled"]), int(s?["currentNumberScheduled"]),
                        int(s?["numberReady"]), int(s?["updatedNumberScheduled"]), int(s?["numberAvailable"]),
                        .string(mapSelectorText(o["spec"]?["template"]?["spec"]?["nodeSelector"])), age(o, now),
                        joined(names), joined(images), .string(selectorText(o["spec"]?["selector"])),
                    ]
                }
            )
        case ("apps", "statefulsets"):
            return (
                [.name, TableColumn(name: "Ready"), .age, TableColumn(name: "Containers", priority: 1),
                 TableColumn(name: "Images", priority: 1)],
                { o, now in
                    let (names, images) = containers(o["spec"]?["template"]?["spec"])
                    let ready = "\(o["status"]?["readyReplicas"]?.intValue ?? 0)/\(o["spec"]?["replicas"]?.intValue ?? 1)"
                    return [name(o), .string(ready), age(o, now), joined(names), joined(images)]
                }
            )
        case ("", "services"): return ServiceTableColumns.columns
        case ("", "nodes"): return NodeTableColumns.columns
        case ("", "namespaces"):
            return (
                [.name, TableColumn(name: "Status"), .age],
                { o, now in [name(o), o["status"]?["phase"] ?? "Active", age(o, now)] }
            )
        case ("", "configmaps"):
            return (
                [.name, TableColumn(name: "Data", type: "integer"), .age],
                { o, now in
                    let count = (o["data"]?.objectValue?.count ?? 0) + (o["binaryData"]?.objectValue?.count ?? 0)
                    return [name(o), .int(Int64(count)), age(o, now)]
                }
            )
        case ("", "secrets"):
            return (
                [.name, TableColumn(name: "Type"), TableColumn(name: "Data", type: "integer"), .age],
                { o, now in
                    let keys = Set((o["data"]?.objectValue ?? [:]).keys).union((o["stringData"]?.objectValue ?? [:]).keys)
                    return [name(o), o["type"] ?? "Opaque", .int(Int64(keys.count)), age(o, now)]
                }
            )
        case ("", "serviceaccounts"):
            return (
                [.name, TableColumn(name: "Secrets", type: "integer"), .age],
                { o, now in [name(o), .int(Int64(o["secrets"]?.arrayValue?.count ?? 0)), age(o, now)] }
            )
        case ("", "endpoints"):
            return (
                [.name, TableColumn(name: "Endpoints"), .age],
                { o, now in [name(o), .string(EndpointsText.endpoints(o)), age(o, now)] }
            )
        case ("discovery.k8s.io", "endpointslices"):
            return (
                [.name, TableColumn(name: "AddressType"), TableColumn(name: "Ports"), TableColumn(name: "Endpoints"), .age],
                { o, now in
                    [name(o), o["addressType"] ?? "", .string(EndpointsText.slicePorts(o)),
                     .string(EndpointsText.sliceEndpoints(o)), age(o, now)]
                }
            )
        case ("coordination.k8s.io", "leases"):
            return (
                [.name, TableColumn(name: "Holder"), .age],
                { o, now in [name(o), o["spec"]?["holderIdentity"] ?? "", age(o, now)] }
            )
        case ("", "events"), ("events.k8s.io", "events"): return EventTableColumns.columns(group: group)
        default: return nil
        }
    }
}

import KubeAPI

/// Pod rows: NAME READY STATUS RESTARTS AGE (wide: IP NODE NOMINATED NODE READINESS GATES), with
/// the status text kubectl derives from container states and deletion.
enum PodTableColumns {
    static let columns: ([TableColumn], RowBuilder) = (
        [
            .name, TableColumn(name: "Ready"), TableColumn(name: "Status"), TableColumn(name: "Restarts"), .age,
            TableColumn(name: "IP", priority: 1), TableColumn(name: "Node", priority: 1),
            TableColumn(name: "Nominated Node", priority: 1), TableColumn(name: "Readiness Gates", priority: 1),
        ],
        { o, now in
            let statuses = o["status"]?["containerStatuses"]?.arrayValue ?? []
            let total = o["spec"]?["containers"]?.arrayValue?.count ?? statuses.count
            let ready = statuses.filter { $0["ready"]?.boolValue == true }.count
            let restarts = statuses.reduce(Int64(0)) { $0 + ($1["restartCount"]?.intValue ?? 0) }
            let gates = (o["spec"]?["readinessGates"]?.arrayValue ?? []).count
            return [
                BuiltInTableColumns.name(o), .string("\(ready)/\(total)"), .string(status(o)), .string(String(restarts)),
                BuiltInTableColumns.age(o, now), o["status"]?["podIP"] ?? "<none>", o["spec"]?["nodeName"] ?? "<none>",
                o["status"]?["nominatedNodeName"] ?? "<none>", .string(gates == 0 ? "<none>" : "0/\(gates)"),
            ]
        }
    )

    static func status(_ o: JSONValue) -> String {
        var reason = o["status"]?["reason"]?.stringValue ?? o["status"]?["phase"]?.stringValue ?? "Pending"
        for c in o["status"]?["containerStatuses"]?.arrayValue ?? [] {
            if let r = c["state"]?["waiting"]?["reason"]?.stringValue, !r.isEmpty {
                reason = r
            } else if let r = c["state"]?["terminated"]?["reason"]?.stringValue, !r.isEmpty {
                reason = r
            }
        }
        if o["metadata"]?["deletionTimestamp"] != nil { return "Terminating" }
        return reason
    }
}

/// Service rows: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE (wide: SELECTOR).
enum ServiceTableColumns {
    static let columns: ([TableColumn], RowBuilder) = (
        [
            .name, TableColumn(name: "Type"), TableColumn(name: "Cluster-IP"), TableColumn(name: "External-IP"),
            TableColumn(name: "Port(s)"), .age, TableColumn(name: "Selector", priority: 1),
        ],
        { o, now in
            let spec = o["spec"]
            let ports = (spec?["ports"]?.arrayValue ?? []).map { p -> String in
                let port = p["port"]?.intValue ?? 0
                let proto = p["protocol"]?.stringValue ?? "TCP"
                if let node = p["nodePort"]?.intValue { return "\(port):\(node)/\(proto)" }
                return "\(port)/\(proto)"
            }
            let external = (spec?["externalIPs"]?.arrayValue ?? []).compactMap(\.stringValue)
            return [
                BuiltInTableColumns.name(o), spec?["type"] ?? "ClusterIP", spec?["clusterIP"] ?? "<none>",
                BuiltInTableColumns.joined(external), BuiltInTableColumns.joined(ports), BuiltInTableColumns.age(o, now),
                .string(BuiltInTableColumns.mapSelectorText(spec?["selector"])),
            ]
        }
    )
}

/// Node rows: NAME STATUS ROLES AGE VERSION (wide: INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION
/// CONTAINER-RUNTIME).
enum NodeTableColumns {
    static let columns: ([TableColumn], RowBuilder) = (
        [
            .name, TableColumn(name: "Status"), TableColumn(name: "Roles"), .age, TableColumn(name: "Version"),
            TableColumn(name: "Internal-IP", priority: 1), TableColumn(name: "External-IP", priority: 1),
            TableColumn(name: "OS-Image", priority: 1), TableColumn(name: "Kernel-Version", priority: 1),
            TableColumn(name: "Container-Runtime", priority: 1),
        ],
        { o, now in
            let ready = (o["status"]?["conditions"]?.arrayValue ?? []).first { $0["type"]?.stringValue == "Ready" }
            var status = ready?["status"]?.stringValue == "True" ? "Ready" : (ready == nil ? "Unknown" : "NotReady")
            if o["spec"]?["unschedulable"]?.boolValue == true { status += ",SchedulingDisabled" }
            let prefix = "node-role.kubernetes.io/"
            let roles = (o["metadata"]?["labels"]?.objectValue ?? [:]).keys.filter { $0.hasPrefix(prefix) }
                .map { String($0.dropFirst(prefix.count)) }.sorted()
            let addresses = o["status"]?["addresses"]?.arrayValue ?? []
            func address(_ type: String) -> JSONValue {
                addresses.first { $0["type"]?.stringValue == type }?["address"] ?? "<none>"
            }
            let info = o["status"]?["nodeInfo"]
            return [
                BuiltInTableColumns.name(o), .string(status), BuiltInTableColumns.joined(roles),
                BuiltInTableColumns.age(o, now), info?["kubeletVersion"] ?? "", address("InternalIP"),
                address("ExternalIP"), info?["osImage"] ?? "<unknown>", info?["kernelVersion"] ?? "<unknown>",
                info?["containerRuntimeVersion"] ?? "<unknown>",
            ]
        }
    )
}

/// Event rows: LAST SEEN TYPE REASON OBJECT MESSAGE (wide: SUBOBJECT SOURCE FIRST SEEN COUNT NAME),
/// for core/v1 and events.k8s.io/v1 field names.
enum EventTableColumns {
    static func columns(group: String) -> ([TableColumn], RowBuilder) {
        (
            [
                TableColumn(name: "Last Seen"), TableColumn(name: "Type"), TableColumn(name: "Reason"),
                TableColumn(name: "Object"), TableColumn(name: "Subobject", priority: 1),
                TableColumn(name: "Source", priority: 1), TableColumn(name: "Message"),
                TableColumn(name: "First Seen", priority: 1), TableColumn(name: "Count", type: "integer", priority: 1),
                TableColumn(name: "Name", priority: 1),
            ],
            { o, now in
                let isNew = group == "events.k8s.io"
                let regarding = isNew ? o["regarding"] : o["involvedObject"]
                let object = "\((regarding?["kind"]?.stringValue ?? "").lowercased())/\(regarding?["name"]?.stringValue ?? "")"
                func since(_ v: JSONValue?) -> JSONValue {
                    guard let s = v?.stringValue, let t = TimeText.parse(s) else { return "<unknown>" }
                    return .string(TimeText.humanDuration(seconds: now - t))
                }
                let last = o["lastTimestamp"] ?? o["deprecatedLastTimestamp"] ?? o["eventTime"]
                    ?? o["metadata"]?["creationTimestamp"]
                let first = o["firstTimestamp"] ?? o["deprecatedFirstTimestamp"] ?? o["eventTime"]
                let source = isNew ? o["reportingController"] : o["source"]?["component"]
                let count = o["count"]?.intValue ?? o["series"]?["count"]?.intValue ?? 1
                return [
                    since(last), o["type"] ?? "", o["reason"] ?? "", .string(object), regarding?["fieldPath"] ?? "",
                    source ?? "", (isNew ? o["note"] : o["message"]) ?? "", since(first), .int(count),
                    BuiltInTableColumns.name(o),
                ]
            }
        )
    }
}

/// The ENDPOINTS and PORTS texts of Endpoints and EndpointSlice rows.
enum EndpointsText {
    static func endpoints(_ o: JSONValue) -> String {
        var list: [String] = []
        for subset in o["subsets"]?.arrayValue ?? [] {
            let ports = (subset["ports"]?.arrayValue ?? []).compactMap { $0["port"]?.intValue }
            for address in subset["addresses"]?.arrayValue ?? [] {
                let ip = address["ip"]?.stringValue ?? ""
                if ports.isEmpty { list.append(ip) } else { list.append(contentsOf: ports.map { "\(ip):\($0)" }) }
            }
        }
        return format(list)
    }

    static func slicePorts(_ o: JSONValue) -> String {
        let ports = (o["ports"]?.arrayValue ?? []).compactMap { $0["port"]?.intValue }.map(String.init)
        return ports.isEmpty ? "<unset>" : ports.joined(separator: ",")
    }

    static func sliceEndpoints(_ o: JSONValue) -> String {
        format((o["endpoints"]?.arrayValue ?? []).flatMap { ($0["addresses"]?.arrayValue ?? []).compactMap(\.stringValue) })
    }

    /// At most three entries, then `+ N more...`, as kubectl prints them.
    static func format(_ list: [String]) -> String {
        if list.isEmpty { return "<none>" }
        if list.count <= 3 { return list.joined(separator: ",") }
        return list.prefix(3).joined(separator: ",") + " + \(list.count - 3) more..."
    }
}

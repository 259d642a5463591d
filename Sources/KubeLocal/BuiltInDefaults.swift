import KubeAPI

/// The defaults and create-time status the real server applies to built-in kinds, limited to
/// the fields clients and controllers here rely on (replicas, restart policy, protocols, …).
enum BuiltInDefaults {
    /// `object` with defaults filled in where absent.
    static func apply(_ object: JSONValue, group: String, plural: String) -> JSONValue {
        var o = object
        func setDefault(_ path: [String], _ value: JSONValue) {
            if o[path: path] == nil || o[path: path] == .null { o[path: path] = value }
        }
        switch (group, plural) {
        case ("", "pods"):
            o["spec"] = podSpec(o["spec"] ?? .emptyObject)
        case ("apps", "deployments"):
            setDefault(["spec", "replicas"], 1)
            setDefault(["spec", "revisionHistoryLimit"], 10)
            setDefault(["spec", "progressDeadlineSeconds"], 600)
            setDefault(["spec", "strategy"], ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": "25%"]])
            o[path: ["spec", "template", "spec"]] = podSpec(o[path: ["spec", "template", "spec"]] ?? .emptyObject)
        case ("apps", "replicasets"), ("apps", "statefulsets"):
            setDefault(["spec", "replicas"], 1)
            o[path: ["spec", "template", "spec"]] = podSpec(o[path: ["spec", "template", "spec"]] ?? .emptyObject)
        case ("apps", "daemonsets"):
            setDefault(["spec", "revisionHistoryLimit"], 10)
            setDefault(["spec", "updateStrategy"], ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 0, "maxUnavailable": 1]])
            o[path: ["spec", "template", "spec"]] = podSpec(o[path: ["spec", "template", "spec"]] ?? .emptyObject)
        case ("", "services"):
            setDefault(["spec", "type"], "ClusterIP")
            setDefault(["spec", "sessionAffinity"], "None")
            if let ports = o[path: ["spec", "ports"]]?.arrayValue {
                o[path: ["spec", "ports"]] = .array(ports.map { p in
                    var p = p
                    if p["protocol"] == nil { p["protocol"] = "TCP" }
                    if p["targetPort"] == nil, let port = p["port"] { p["targetPort"] = port }
                    return p
                })
            }
        case ("", "secrets"):
            setDefault(["type"], "Opaque")
        case ("", "namespaces"):
            if let name = o["metadata"]?["name"] {
                o[path: ["metadata", "labels", "kubernetes.io/metadata.name"]] = name
            }
        default:
            break
        }
        return o
    }

    private static func podSpec(_ spec: JSONValue) -> JSONValue {
        guard spec.objectValue != nil else { return spec }
        var s = spec
        for (key, value) in [
            ("restartPolicy", "Always"), ("schedulerName", "default-scheduler"), ("dnsPolicy", "ClusterFirst"),
        ] as [(String, JSONValue)] where s[key] == nil {
            s[key] = value
        }
        if s["terminationGracePeriodSeconds"] == nil { s["terminationGracePeriodSeconds"] = 30 }
        for listKey in ["containers", "initContainers"] {
            guard let containers = s[listKey]?.arrayValue else { continue }
            s[listKey] = .array(containers.map { c in
                var c = c
                if c["imagePullPolicy"] == nil, let image = c["image"]?.stringValue {
                    let tagged = image.split(separator: "/").last?.contains(":") ?? false
                    c["imagePullPolicy"] = (!tagged || image.hasSuffix(":latest")) && !image.contains("@") ? "Always" : "IfNotPresent"
                }
                if c["terminationMessagePath"] == nil { c["terminationMessagePath"] = "/dev/termination-log" }
                if c["terminationMessagePolicy"] == nil { c["terminationMessagePolicy"] = "File" }
                return c
            })
        }
        return s
    }

    /// The status a new object starts with: none for kinds with a status subresource (controllers
    /// set it), except namespaces (Active), pods (Pending) and nodes (kept as given).
    static func initialStatus(_ object: JSONValue, type: ResourceType) -> JSONValue? {
        guard type.hasStatus else { return object["status"] }
        switch (type.group, type.plural, type.isCustom) {
        case ("", "namespaces", false): return ["phase": "Active"]
        case ("", "pods", false): return ["phase": "Pending", "qosClass": .string(qosClass(object))]
        case ("", "nodes", false): return object["status"]
        case ("", "services", false): return ["loadBalancer": .emptyObject]
        default: return nil
        }
    }

    /// Guaranteed when every container sets equal cpu and memory requests and limits, BestEffort
    /// when none sets any, Burstable otherwise.
    static func qosClass(_ pod: JSONValue) -> String {
        let containers = pod["spec"]?["containers"]?.arrayValue ?? []
        var any = false
        var guaranteed = !containers.isEmpty
        for c in containers {
            let requests = c["resources"]?["requests"]?.objectValue ?? [:]
            let limits = c["resources"]?["limits"]?.objectValue ?? [:]
            if !requests.isEmpty || !limits.isEmpty { any = true }
            for r in ["cpu", "memory"] {
                guard let limit = limits[r] else {
                    guaranteed = false
                    continue
                }
                if let request = requests[r], request != limit { guaranteed = false }
            }
        }
        if !any { return "BestEffort" }
        return guaranteed ? "Guaranteed" : "Burstable"
    }
}

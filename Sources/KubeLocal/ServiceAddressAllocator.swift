import KubeAPI
import KubeLocalStore
import Synchronization

/// Gives new Services a cluster IP from 10.96.0.0/12 (skipping 10.96.0.0–10.96.0.9, kept for
/// well-known services) and NodePort/LoadBalancer ports a node port from 30000–32767, the first
/// ones free among existing Services. Allocation is serialized so concurrent creates never share
/// an address. Headless (`clusterIP: None`) and ExternalName services get none.
final class ServiceAddressAllocator: Sendable {
    private let lock = Mutex(())
    static let services = ResourceID(group: "", resource: "services")

    /// `service` with its addresses filled in, then `create` run while no other allocation runs.
    func allocate<T>(_ service: JSONValue, store: ObjectStore, create: (JSONValue) throws(APIError) -> T) throws(APIError) -> T {
        try lock.withLock { _ throws(APIError) -> T in
            try create(assign(service, store: store))
        }
    }

    private func assign(_ service: JSONValue, store: ObjectStore) -> JSONValue {
        var s = service
        let type = s["spec"]?["type"]?.stringValue ?? "ClusterIP"
        guard type != "ExternalName" else { return s }
        let existing = (try? store.list(Self.services, namespace: nil, limit: nil, continueToken: nil, where: { _ in true }).items) ?? []
        if (s["spec"]?["clusterIP"]?.stringValue ?? "").isEmpty {
            let used = Set(existing.compactMap { $0.object["spec"]?["clusterIP"]?.stringValue })
            var index = 10
            var ip = ""
            repeat {
                ip = "10.\(96 + index / 65536).\(index / 256 % 256).\(index % 256)"
                index += 1
            } while used.contains(ip) && index < 1 << 20
            s[path: ["spec", "clusterIP"]] = .string(ip)
        }
        if let ip = s["spec"]?["clusterIP"], s["spec"]?["clusterIPs"] == nil {
            s[path: ["spec", "clusterIPs"]] = [ip]
        }
        if ip(s) != "None" {
            if s["spec"]?["ipFamilies"] == nil { s[path: ["spec", "ipFamilies"]] = ["IPv4"] }
            if s["spec"]?["ipFamilyPolicy"] == nil { s[path: ["spec", "ipFamilyPolicy"]] = "SingleStack" }
        }
        if s["spec"]?["internalTrafficPolicy"] == nil { s[path: ["spec", "internalTrafficPolicy"]] = "Cluster" }
        if type == "NodePort" || type == "LoadBalancer", let ports = s["spec"]?["ports"]?.arrayValue {
            var used = Set(existing.flatMap { ($0.object["spec"]?["ports"]?.arrayValue ?? []).compactMap { $0["nodePort"]?.intValue } })
            var next: Int64 = 30000
            s[path: ["spec", "ports"]] = .array(ports.map { port in
                var p = port
                if p["nodePort"] == nil {
                    while used.contains(next) && next < 32767 { next += 1 }
                    p["nodePort"] = .int(next)
                    used.insert(next)
                }
                return p
            })
            if s["spec"]?["externalTrafficPolicy"] == nil { s[path: ["spec", "externalTrafficPolicy"]] = "Cluster" }
        }
        return s
    }

    private func ip(_ s: JSONValue) -> String { s["spec"]?["clusterIP"]?.stringValue ?? "" }
}

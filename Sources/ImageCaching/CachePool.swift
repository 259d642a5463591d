import KubeAPI

/// Images that may share prefetch pods: same namespace, same pull credentials (service account
/// and pull secrets) and same node selector. Credentials never cross a pool, so they never cross
/// namespaces; a pool's DaemonSets are named `image-cache-<id>-<index>`.
struct CachePool: Sendable, Hashable {
    let namespace: String
    /// The service account the pods run as (`nil`: the namespace's default).
    let serviceAccountName: String?
    /// Pull secret names, sorted and unique.
    let pullSecrets: [String]
    /// The nodes' required labels.
    let nodeSelector: [String: String]
    /// A canonical text of the pool, kept on its DaemonSets to recognise them.
    let identity: String

    init(namespace: String, serviceAccountName: String?, pullSecrets: [String], nodeSelector: [String: String]) {
        self.namespace = namespace
        self.serviceAccountName = serviceAccountName.flatMap { $0.isEmpty ? nil : $0 }
        self.pullSecrets = Array(Set(pullSecrets.filter { !$0.isEmpty })).sorted()
        self.nodeSelector = nodeSelector
        let selector = nodeSelector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        identity = "serviceAccount=\(self.serviceAccountName ?? "");pullSecrets=\(self.pullSecrets.joined(separator: ","));nodeSelector=\(selector)"
    }

    /// The short id in DaemonSet names; the class is part of it so two controllers never share a name.
    func id(imageClass: String) -> String { StableHash.hex(imageClass + "|" + identity) }

    func daemonSetName(imageClass: String, index: Int) -> String { "image-cache-\(id(imageClass: imageClass))-\(index)" }
}

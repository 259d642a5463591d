import Foundation

extension KubeClientConfiguration {
    /// The configuration of one context of a kubeconfig: `context` overrides the current context,
    /// `namespace` overrides the context's namespace.
    /// - Throws: `KubeconfigError` when no context is selected or it names a missing cluster or user.
    public init(kubeconfig: Kubeconfig, context: String? = nil, namespace: String? = nil) throws(KubeconfigError) {
        guard let contextName = context ?? kubeconfig.currentContext, !contextName.isEmpty else {
            throw KubeconfigError(file: nil, field: "current-context", problem: "no context is selected")
        }
        guard let selected = kubeconfig.contexts[contextName] else {
            throw KubeconfigError(file: nil, field: context == nil ? "current-context" : "context",
                                  problem: "context \"\(contextName)\" not found")
        }
        guard let cluster = kubeconfig.clusters[selected.cluster] else {
            throw KubeconfigError(file: nil, field: "contexts[\(contextName)].cluster",
                                  problem: "cluster \"\(selected.cluster)\" not found")
        }
        var tls = cluster.tls
        var authentication = KubeAuthentication.none
        if !selected.user.isEmpty {
            guard let user = kubeconfig.users[selected.user] else {
                throw KubeconfigError(file: nil, field: "contexts[\(contextName)].user",
                                      problem: "user \"\(selected.user)\" not found")
            }
            authentication = user.authentication
            tls.clientCertificate = user.clientCertificate
            tls.clientKey = user.clientKey
        }
        let chosenNamespace = namespace ?? selected.namespace
        self.init(server: cluster.server, authentication: authentication, tls: tls,
                  namespace: (chosenNamespace?.isEmpty ?? true) ? "default" : chosenNamespace ?? "default")
        self.proxy = cluster.proxy
    }

    /// The configuration kubectl would use: the files of `KUBECONFIG` (merged first-wins) or
    /// `~/.kube/config`, else the pod's service account when running in a cluster.
    /// - Throws: `KubeconfigError` when no configuration is found or the found one is malformed.
    public static func load(context: String? = nil, namespace: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(KubeconfigError) -> KubeClientConfiguration {
        let paths: [String]
        if let list = environment["KUBECONFIG"], !list.isEmpty {
            paths = list.split(separator: ":").map(String.init)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            paths = [home + "/.kube/config"]
        }
        let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
        if existing.isEmpty, environment["KUBERNETES_SERVICE_HOST"] != nil {
            return try inCluster(environment: environment)
        }
        guard !existing.isEmpty else {
            throw KubeconfigError(file: paths.joined(separator: ":"), field: "(file)", problem: "no kubeconfig found")
        }
        return try KubeClientConfiguration(kubeconfig: try Kubeconfig(merging: existing), context: context, namespace: namespace)
    }
}

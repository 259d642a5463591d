import Foundation

extension KubeClientConfiguration {
    /// Where a pod's service account credentials are mounted.
    public static let serviceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount"

    /// The configuration of a pod: `KUBERNETES_SERVICE_HOST`/`_PORT`, the mounted CA, and the
    /// mounted token (re-read as it rotates) and namespace.
    /// - Throws: `KubeconfigError` when the environment variables or the token file are missing.
    public static func inCluster(environment: [String: String] = ProcessInfo.processInfo.environment,
                                 directory: String = serviceAccountDirectory) throws(KubeconfigError) -> KubeClientConfiguration {
        guard let host = environment["KUBERNETES_SERVICE_HOST"], !host.isEmpty,
              let port = environment["KUBERNETES_SERVICE_PORT"], !port.isEmpty else {
            throw KubeconfigError(file: nil, field: "KUBERNETES_SERVICE_HOST",
                                  problem: "not running in a cluster (KUBERNETES_SERVICE_HOST/PORT unset)")
        }
        let tokenPath = directory + "/token"
        guard FileManager.default.fileExists(atPath: tokenPath) else {
            throw KubeconfigError(file: tokenPath, field: "(file)", problem: "service account token not found")
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        var tls = KubeTLSSettings()
        let caPath = directory + "/ca.crt"
        if FileManager.default.fileExists(atPath: caPath) { tls.certificateAuthority = .file(caPath) }
        let namespace = FileManager.default.contents(atPath: directory + "/namespace")
            .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
        return KubeClientConfiguration(server: "https://\(hostPart):\(port)", authentication: .tokenFile(tokenPath),
                                       tls: tls, namespace: (namespace?.isEmpty ?? true) ? "default" : namespace ?? "default")
    }
}

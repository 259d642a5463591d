/// The kubeconfig that points kubectl (or any client) at a local API server: one cluster,
/// user and context named `thaw`, plain HTTP, namespace `default`.
public enum Kubeconfig {
    /// The kubeconfig YAML for a server at `serverURL` (`http://127.0.0.1:PORT`).
    public static func yaml(serverURL: String, name: String = "thaw") -> String {
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: \(name)
          cluster:
            server: \(serverURL)
        users:
        - name: \(name)
          user: {}
        contexts:
        - name: \(name)
          context:
            cluster: \(name)
            user: \(name)
            namespace: default
        current-context: \(name)
        preferences: {}

        """
    }
}

import Foundation

/// The kubeconfig that points kubectl (or any client) at a local API server: one cluster,
/// user and context named `thaw`, plain HTTP, namespace `default`; the user carries a bearer
/// token when the server requires one.
public enum Kubeconfig {
    /// The kubeconfig YAML for a server at `serverURL` (`http://127.0.0.1:PORT`), authenticating
    /// with `token` when given.
    public static func yaml(serverURL: String, name: String = "thaw", token: String? = nil) -> String {
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: \(name)
          cluster:
            server: \(serverURL)
        users:
        - name: \(name)
          user: \(token.map { "{token: \(quoted($0))}" } ?? "{}")
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

    /// `text` as a YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

import KubeAPI

/// A client of one Kubernetes API server. Thread-safe; share one per server. Call `shutdown()`
/// when done (or use `KubeClient.with(_:_:)`), which closes its connections.
public final class KubeClient: Sendable {
    public let configuration: KubeClientConfiguration
    let transport: HTTPTransport

    /// - Throws: `KubeClientError` when the server URL or TLS material is unusable.
    public init(configuration: KubeClientConfiguration) throws(KubeClientError) {
        self.configuration = configuration
        self.transport = try HTTPTransport(configuration: configuration)
    }

    /// Runs `body` with a client and shuts the client down afterwards, also when `body` throws.
    public static func with<T: Sendable>(_ configuration: KubeClientConfiguration,
                                         _ body: (KubeClient) async throws -> T) async throws -> T {
        let client = try KubeClient(configuration: configuration)
        do {
            let result = try await body(client)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// Closes every connection; the client cannot be used afterwards.
    public func shutdown() async throws {
        try await transport.shutdown()
    }

    /// A typed client of `type` in `namespace` (the configuration's namespace when nil; use
    /// `.allNamespaces` on the result to list or watch across namespaces). Cluster-scoped types
    /// ignore the namespace.
    public func resource<R: KubeResource>(_ type: R.Type, namespace: String? = nil) -> ResourceClient<R> {
        ResourceClient(transport: transport, resource: GroupVersionResource(type), namespaced: R.namespaced,
                       namespace: namespace ?? configuration.namespace)
    }

    /// A dynamic client of any resource, with `DynamicObject`s.
    public func dynamic(_ resource: GroupVersionResource, namespaced: Bool, namespace: String? = nil) -> ResourceClient<DynamicObject> {
        ResourceClient(transport: transport, resource: resource, namespaced: namespaced,
                       namespace: namespace ?? configuration.namespace)
    }

    /// A dynamic client for `kind` in `apiVersion`, its resource found through discovery.
    public func dynamic(kind: String, apiVersion: String, namespace: String? = nil) async throws -> ResourceClient<DynamicObject> {
        let info = try await discovery.resource(forKind: kind, apiVersion: apiVersion)
        return dynamic(info.groupVersionResource, namespaced: info.namespaced, namespace: namespace)
    }

    /// Discovery of the server's version, groups and resources.
    public var discovery: DiscoveryClient { DiscoveryClient(transport: transport) }
}

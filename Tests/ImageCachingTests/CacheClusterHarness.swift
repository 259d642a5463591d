import ControllerRuntime
import Foundation
import ImageCaching
import KubeAPI
import KubeClient
import KubeLocal
import KubeLocalCluster
import ThawTestSupport

/// A local API server with a simulated cluster, the Image CRD and the image-cache controller,
/// each controller set on its own `Manager` as separate processes would be.
struct CacheCluster {
    let client: KubeClient
    let clock: ScaledClock
    let configuration: ClusterConfiguration

    var images: ResourceClient<Image> { client.resource(Image.self, namespace: "default") }

    /// Runs `body` against a fresh cluster of `nodes` nodes (simulated time runs `scale`× faster).
    static func run(
        nodes: Int = 3, cache: ImageCacheConfiguration = .init(), registry: ImageRegistry = ImageRegistry(defaultImageSize: 5_000_000),
        maxPodsPerNode: Int = 110, scale: Double = 200, beforeStart: @Sendable (KubeClient) async throws -> Void = { _ in },
        _ body: @Sendable (CacheCluster) async throws -> Void
    ) async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                try await installCRD(client)
                let configuration = ClusterConfiguration(nodeCount: nodes, maxPodsPerNode: maxPodsPerNode, registry: registry)
                let clock = try ScaledClock(origin: Date(), scale: scale)
                let clusterManager = try Manager(client: client)
                try await SimulatedClusterControllers.start(on: clusterManager, configuration: configuration, clock: clock)
                try await beforeStart(client)
                let cacheManager = try Manager(client: client)
                var cache = cache
                cache.groupUpdateInterval = min(cache.groupUpdateInterval, .milliseconds(500))
                try ImageCacheController.register(on: cacheManager, configuration: cache, options: ControllerOptions(workers: 2))
                let cluster = Task { try await clusterManager.run() }
                let controller = Task { try await cacheManager.run() }
                defer {
                    cluster.cancel()
                    controller.cancel()
                }
                try await body(CacheCluster(client: client, clock: clock, configuration: configuration))
                controller.cancel()
                cluster.cancel()
                try await controller.value
                try await cluster.value
            }
        }
    }

    static func installCRD(_ client: KubeClient) async throws {
        _ = try await client.resource(CustomResourceDefinition.self).create(ImageCRD.definition)
        _ = await eventually { (try? await client.resource(Image.self, namespace: "default").list()) != nil }
    }

    /// An Image of `reference` (plus any changes `adjust` makes), created through the API.
    @discardableResult
    func createImage(_ name: String, _ reference: String, namespace: String = "default", adjust: (inout Image) -> Void = { _ in }) async throws -> Image {
        var image = Image(name: name, namespace: namespace)
        image.spec.image = reference
        adjust(&image)
        return try await client.resource(Image.self, namespace: namespace).create(image)
    }

    /// The Image's Ready condition, or nil when it has none (or the Image is gone).
    func ready(_ name: String, namespace: String = "default") async -> Condition? {
        (try? await client.resource(Image.self, namespace: namespace).get(name))?.status.conditions.condition(ofType: "Ready")
    }

    /// The Image's "warm/eligible" nodes.
    func nodes(_ name: String, namespace: String = "default") async -> String? {
        (try? await client.resource(Image.self, namespace: namespace).get(name))?.status.annotations["caching.thaw.dev/nodes"]
    }

    /// The prefetch DaemonSets of `namespace`.
    func daemonSets(namespace: String = "default") async throws -> [DaemonSet] {
        try await client.resource(DaemonSet.self, namespace: namespace).list(ListOptions(labelSelector: "app.kubernetes.io/managed-by=thaw-image-cache")).items
    }
}

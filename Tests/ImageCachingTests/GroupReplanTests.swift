import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Logging
import Testing
@testable import ImageCaching

/// The group reconciler plans from its caches; when they are behind the server, its write fails
/// with 404, 409 or AlreadyExists, and it plans again shortly instead of failing the key.
@Suite struct GroupReplanTests {
    struct Fixture {
        let client: KubeClient
        let images = Store<Image>()
        let daemonSets = Store<DaemonSet>()
        let configuration = ImageCacheConfiguration()
        let member = PrefetchMember(name: "web", uid: "u1", reference: "nginx:1.25")

        var admission: ImageAdmission { ImageAdmission(configuration: configuration, secretExists: { _, _ in true }, serviceAccount: { _, _ in nil }) }

        var reconciler: ImageGroupReconciler {
            var logger = Logger(label: "test")
            logger.logLevel = .warning
            return ImageGroupReconciler(
                client: client, images: images, daemonSets: daemonSets, removals: RemovalWaiters(), admission: admission,
                throttle: GroupWriteThrottle(interval: .zero, now: { Date() }), logger: logger)
        }

        /// The Image `web` in the cache and its pool.
        func pool() throws -> CachePool {
            var image = Image(name: member.name, namespace: "default")
            image.metadata.uid = member.uid
            image.metadata.resourceVersion = "1"
            image.spec.image = member.reference
            images.upsert(image)
            return try admission.pool(of: image).get()
        }

        /// The group the reconciler would write for `pool`, without its owner reference (the
        /// server's garbage collector would delete it: the Image exists only in the cache).
        func group(of pool: CachePool) -> DaemonSet {
            var group = PrefetchDaemonSet.build(.init(pool: pool, index: 0, members: [member], pullSecrets: [], configuration: configuration))
            group.metadata.ownerReferences = []
            return group
        }

        var resource: ResourceClient<DaemonSet> { client.resource(DaemonSet.self, namespace: "default") }

        /// Caches `stale` with an outdated spec hash (so the plan updates it) and reconciles `pool`.
        func reconcile(_ pool: CachePool, caching stale: DaemonSet? = nil) async throws -> ReconcileResult {
            if var stale {
                stale.metadata.annotations[PrefetchDaemonSet.specHashAnnotation] = "outdated"
                daemonSets.upsert(stale)
            }
            return try await reconciler.reconcile(ImageGroupReconciler.key(namespace: "default", identity: pool.identity))
        }
    }

    func withFixture(_ body: @Sendable (Fixture) async throws -> Void) async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in try await body(Fixture(client: client)) }
        }
    }

    @Test func aGroupAlreadyCreatedButNotYetCachedIsPlannedAgain() async throws {
        try await withFixture { fixture in
            let pool = try fixture.pool()
            _ = try await fixture.resource.create(fixture.group(of: pool))  // the cache has not seen it
            #expect(try await fixture.reconcile(pool) == .requeue(after: .milliseconds(100)))
        }
    }

    @Test func anUpdateFromAStaleCopyIsPlannedAgain() async throws {
        try await withFixture { fixture in
            let pool = try fixture.pool()
            let stale = try await fixture.resource.create(fixture.group(of: pool))
            var newer = stale
            newer.metadata.labels["touched"] = "yes"
            _ = try await fixture.resource.update(newer)  // the server moved on: 409 for the stale copy
            #expect(try await fixture.reconcile(pool, caching: stale) == .requeue(after: .milliseconds(100)))
        }
    }

    @Test func anUpdateOfAGroupDeletedMeanwhileIsPlannedAgain() async throws {
        try await withFixture { fixture in
            let pool = try fixture.pool()
            let gone = try await fixture.resource.create(fixture.group(of: pool))
            _ = try await fixture.resource.delete(gone.metadata.name ?? "")  // the cache has not seen the deletion: 404
            #expect(try await fixture.reconcile(pool, caching: gone) == .requeue(after: .milliseconds(100)))
        }
    }
}

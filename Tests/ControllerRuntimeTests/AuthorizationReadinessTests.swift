import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
import ThawTestSupport

@testable import ControllerRuntime

/// Caches refused by a real server (the local API server with bearer tokens): readiness names the
/// cache and the verb, and the reflector retries on its back-off schedule instead of spinning.
@Suite(.serialized) struct AuthorizationReadinessTests {
    func server() -> LocalAPIServerConfiguration {
        var configuration = LocalAPIServerConfiguration.forTesting()
        configuration.access = LocalAccessPolicy(tokens: [
            "reader-token": .init(name: "reader", rules: [.init(verbs: ["get", "list", "watch"], resources: ["configmaps"])]),
        ])
        return configuration
    }

    /// The test reflector timings, but watches long enough that none ends during a test: the
    /// manual clock never moves on its own, so an early close would park the reflector for good.
    func reflectorOptions(streaming: Bool = true) -> ReflectorOptions {
        var options = testReflectorOptions()
        options.minimumWatchTimeout = .seconds(120)
        options.streamingList = streaming
        return options
    }

    func client(_ url: String, token: String) -> KubeClientConfiguration {
        var configuration = KubeClientConfiguration(server: url)
        configuration.authentication = .bearerToken(token)
        return configuration
    }

    /// Waits until `informer`'s reflector has failed and parked on the manual clock for its back-off;
    /// then checks that without the clock moving it makes no further attempt, and that moving the
    /// clock past the back-off brings exactly one more.
    func expectBackoffWithoutSpinning(_ informer: Informer<some KubeObject>, clock: ManualControllerClock, parked: Int) async {
        #expect(await eventually(30) { informer.failure != nil && clock.sleeperCount == parked })
        let attempts = informer.reflectorStatistics.watches
        for _ in 0..<2000 { await Task.yield() }
        #expect(informer.reflectorStatistics.watches == attempts)  // no spinning while the clock stands
        clock.advance(by: .milliseconds(400))  // the test back-off's maximum
        #expect(await eventually(30) { informer.reflectorStatistics.watches == attempts + 1 && clock.sleeperCount == parked })
        #expect(informer.reflectorStatistics.watches == attempts + 1)
    }

    @Test func aForbiddenCacheFailsReadinessNamingResourceAndVerb() async throws {
        try await LocalAPIServer.withRunning(configuration: server()) { _, url in
            try await KubeClient.with(client(url, token: "reader-token")) { client in
                let clock = ManualControllerClock()
                var options = ManagerOptions()
                options.reflector = reflectorOptions()
                let manager = try Manager(client: client, options: options, clock: clock)
                let configMaps = manager.informers.informer(ConfigMap.self, namespace: "default")
                let secrets = manager.informers.informer(Secret.self, namespace: "default")
                manager.informers.start()
                #expect(await eventually(30) { configMaps.hasSynced })
                // Parked: the config map watch's silence watchdog and the secrets back-off.
                await expectBackoffWithoutSpinning(secrets, clock: clock, parked: 2)
                let failure = try #require(secrets.failure)
                #expect(failure.isAuthorization)
                #expect(failure.verb == "watch")  // the streaming list is a watch
                #expect(failure.error.contains("403"))
                #expect(failure.error.contains(#"cannot watch resource "secrets""#))
                let readiness = manager.readiness
                #expect(!readiness.ok)
                #expect(readiness.reasons.count == 1)  // the config map cache is fine
                let reason = try #require(readiness.reasons.first)
                #expect(reason.contains("secrets/v1 namespace=default"))
                #expect(reason.contains("not allowed to watch"))
                await manager.informers.stop()
            }
        }
    }

    @Test func anUnauthenticatedClientFailsReadinessWithTheVerb() async throws {
        try await LocalAPIServer.withRunning(configuration: server()) { _, url in
            try await KubeClient.with(client(url, token: "expired-token")) { client in
                for streaming in [true, false] {
                    let clock = ManualControllerClock()
                    var options = ManagerOptions()
                    options.reflector = reflectorOptions(streaming: streaming)
                    let manager = try Manager(client: client, options: options, clock: clock)
                    let configMaps = manager.informers.informer(ConfigMap.self, namespace: "default")
                    manager.informers.start()
                    let verb = streaming ? "watch" : "list"
                    if streaming {
                        await expectBackoffWithoutSpinning(configMaps, clock: clock, parked: 1)
                    } else {
                        #expect(await eventually { configMaps.failure != nil && clock.sleeperCount == 1 })
                    }
                    let failure = try #require(configMaps.failure)
                    #expect(failure.isAuthorization)
                    #expect(failure.verb == verb)
                    #expect(failure.error.contains("401"))
                    let reason = try #require(manager.readiness.reasons.first)
                    #expect(reason.contains("configmaps/v1 namespace=default") && reason.contains("not allowed to \(verb)"))
                    await manager.informers.stop()
                }
            }
        }
    }
}

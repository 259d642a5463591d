import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
import ThawTestSupport

@testable import ControllerRuntime

@Suite(.serialized) struct ManagerLeaderElectionTests {
    func manager(_ client: KubeClient, identity: String, lease: Duration, release: Bool) throws -> Manager {
        var options = ManagerOptions(leaderElection: LeaderElectionConfiguration(
            identity: identity, leaseDuration: lease, renewDeadline: .seconds(3), retryPeriod: .milliseconds(500), releaseOnCancel: release))
        options.leaseName = "test-election"
        options.reflector = testReflectorOptions()
        return try Manager(client: client, options: options)
    }

    @Test func aKilledLeaderIsReplacedAfterExpiryAndAReleasedOneAtOnce() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                // Killed without release, lease 5 s: the standby takes over only after expiry.
                // (A renew deadline of 3 s leaves room for a starved process on a loaded CI machine.)
                let a = try manager(client, identity: "a", lease: .seconds(5), release: false)
                let b = try manager(client, identity: "b", lease: .seconds(5), release: true)
                let runA = Task { try await a.run() }
                #expect(await eventually { a.isLeader })
                let runB = Task { try await b.run() }
                try await Task.sleep(for: .milliseconds(600))
                #expect(!b.isLeader)  // one leader at a time
                runA.cancel()
                try await runA.value
                let lease = try await client.resource(Lease.self, namespace: "default").get("test-election")
                #expect(lease.spec.holderIdentity == "a")  // not released
                #expect(!b.isLeader)
                #expect(await eventually(20) { b.isLeader })

                // Released on clean shutdown, lease 20 s: a new standby leads well before expiry.
                let c = try manager(client, identity: "c", lease: .seconds(20), release: true)
                let runC = Task { try await c.run() }
                try await Task.sleep(for: .milliseconds(600))
                #expect(!c.isLeader)
                runB.cancel()
                try await runB.value
                #expect(await eventually(5) { c.isLeader })
                runC.cancel()
                try await runC.value
                let released = try await client.resource(Lease.self, namespace: "default").get("test-election")
                #expect(released.spec.holderIdentity == nil)
            }
        }
    }
}

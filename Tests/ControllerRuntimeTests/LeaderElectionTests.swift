import Foundation
import Synchronization
import Testing

@testable import ControllerRuntime

/// One lease record in memory, shared by candidates.
final class MemoryLease: Sendable {
    struct Conflict: Error {}
    struct Unreachable: Error {}
    let state = Mutex<(record: LeaderElectionRecord?, version: Int)>((nil, 0))

    /// A candidate's connection to the lease; `reachable` simulates a partition.
    final class Connection: LeaseAccessor {
        let lease: MemoryLease
        let reachable = Mutex(true)
        init(_ lease: MemoryLease) { self.lease = lease }

        func check() throws { if !reachable.withLock({ $0 }) { throw Unreachable() } }

        func get() async throws -> (record: LeaderElectionRecord, version: String)? {
            try check()
            return lease.state.withLock { state in state.record.map { ($0, String(state.version)) } }
        }

        func create(_ record: LeaderElectionRecord) async throws {
            try check()
            try lease.state.withLock { state in
                guard state.record == nil else { throw Conflict() }
                state.record = record
                state.version += 1
            }
        }

        func update(_ record: LeaderElectionRecord, version: String) async throws {
            try check()
            try lease.state.withLock { state in
                guard String(state.version) == version else { throw Conflict() }
                state.record = record
                state.version += 1
            }
        }
    }

    var holder: String? { state.withLock { $0.record?.holderIdentity } }
}

@Suite struct LeaderElectionCoreTests {
    let wall = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func createsAMissingLeaseAndWaitsOutAnotherHoldersLease() {
        var core = LeaderElectionCore(configuration: LeaderElectionConfiguration(identity: "b"))
        guard case .create(let created) = core.decide(current: nil, now: .zero, wallNow: wall) else { Issue.record("expected create"); return }
        #expect(created.holderIdentity == "b" && created.leaseDurationSeconds == 15)
        let held = LeaderElectionRecord(holderIdentity: "a", leaseDurationSeconds: 15, renewTime: wall, leaseTransitions: 3)
        do { let value = core.decide(current: held, now: .seconds(100), wallNow: wall) == .heldByOther("a"); #expect(value) }
        do { let value = core.decide(current: held, now: .seconds(114), wallNow: wall) == .heldByOther("a"); #expect(value) }
        guard case .update(let taken) = core.decide(current: held, now: .seconds(115), wallNow: wall) else { Issue.record("expected takeover at expiry"); return }
        #expect(taken.holderIdentity == "b")
        #expect(taken.leaseTransitions == 4)
        #expect(taken.acquireTime == wall)
    }

    @Test func aRenewedLeaseRestartsTheExpiryWindow() {
        var core = LeaderElectionCore(configuration: LeaderElectionConfiguration(identity: "b"))
        var held = LeaderElectionRecord(holderIdentity: "a", leaseDurationSeconds: 15, renewTime: wall)
        _ = core.decide(current: held, now: .zero, wallNow: wall)
        held.renewTime = wall + 10
        do { let value = core.decide(current: held, now: .seconds(10), wallNow: wall) == .heldByOther("a"); #expect(value) }
        do { let value = core.decide(current: held, now: .seconds(24), wallNow: wall) == .heldByOther("a"); #expect(value) }
        guard case .update = core.decide(current: held, now: .seconds(25), wallNow: wall) else { Issue.record("expected takeover"); return }
    }

    @Test func aReleasedLeaseIsTakenAtOnceAndRenewKeepsTransitions() {
        var core = LeaderElectionCore(configuration: LeaderElectionConfiguration(identity: "b"))
        let released = LeaderElectionRecord(holderIdentity: nil, leaseDurationSeconds: 1, leaseTransitions: 2)
        guard case .update(let taken) = core.decide(current: released, now: .zero, wallNow: wall) else { Issue.record("expected update"); return }
        core.wrote(taken, now: .zero)
        guard case .update(let renewed) = core.decide(current: taken, now: .seconds(2), wallNow: wall + 2) else { Issue.record("expected renew"); return }
        #expect(renewed.leaseTransitions == 3)
        #expect(renewed.acquireTime == wall)
        #expect(renewed.renewTime == wall + 2)
        core.wrote(renewed, now: .seconds(2))
        #expect(core.releaseRecord(wallNow: wall)?.holderIdentity == nil)
    }

    @Test func inconsistentTimingsAreRejected() {
        #expect(throws: ConfigurationError.self) { try LeaderElectionConfiguration(identity: "a", leaseDuration: .seconds(10), renewDeadline: .seconds(10)).validated() }
        #expect(throws: ConfigurationError.self) { try LeaderElectionConfiguration(identity: "a", renewDeadline: .seconds(2), retryPeriod: .seconds(2)).validated() }
        #expect(throws: ConfigurationError.self) { try LeaderElectionConfiguration(identity: "").validated() }
    }
}

/// When a test's simulated drain finished.
final class DrainMark: Sendable {
    let at = Mutex<Duration?>(nil)
}

@Suite struct LeaderElectorTests {
    /// Two candidates on one manual clock; the clock is stepped in 100 ms ticks, each followed by
    /// waiting until every task is parked on the clock again.
    final class Harness: Sendable {
        let clock = ManualControllerClock()
        let lease = MemoryLease()
        let started = Mutex<[String: Duration]>([:])

        func elector(_ identity: String, seed: UInt64, releaseOnCancel: Bool = true) throws -> (LeaderElector, MemoryLease.Connection) {
            let connection = MemoryLease.Connection(lease)
            let clock = self.clock
            let elector = try LeaderElector(
                configuration: LeaderElectionConfiguration(identity: identity, releaseOnCancel: releaseOnCancel),
                accessor: connection, clock: clock,
                wallClock: { Date(timeIntervalSince1970: 1_700_000_000 + clock.now.seconds) }, seed: seed)
            return (elector, connection)
        }

        func run(_ elector: LeaderElector, _ identity: String) -> Task<LeadershipEnd, Never> {
            let clock = self.clock
            return Task {
                await elector.run {
                    self.started.withLock { $0[identity] = clock.now }
                    try? await clock.sleep(until: .seconds(1_000_000))  // "reconciling" until cancelled
                }
            }
        }

        func settle(sleepers: Int) async { await waitUntil { clock.sleeperCount == sleepers } }

        /// Steps to `end`, 100 ms at a time, keeping `sleepers(now)` tasks parked between steps.
        func step(to end: Duration, sleepers: @escaping (Harness) -> Int) async {
            while clock.now < end {
                clock.advance(by: .milliseconds(100))
                await settle(sleepers: sleepers(self))
            }
        }
    }

    @Test func aKilledLeaderIsReplacedAfterTheLeaseExpires() async throws {
        let h = Harness()
        let (a, _) = try h.elector("a", seed: 1, releaseOnCancel: false)
        let (b, _) = try h.elector("b", seed: 2)
        let runA = h.run(a, "a")
        await h.settle(sleepers: 2)  // a: renew loop + its work
        #expect(h.lease.holder == "a")
        let runB = h.run(b, "b")
        await h.settle(sleepers: 3)
        await h.step(to: .seconds(4)) { _ in 3 }
        runA.cancel()  // killed: no release
        #expect(await runA.value == .stopped)
        await h.settle(sleepers: 1)
        #expect(h.lease.holder == "a")
        // a last renewed at 4 s. b measures expiry from when it first saw that renewal (its next
        // poll, at most 4.4 s later), so it leads no earlier than 4 + 15 s and no later than
        // 4 + 4.4 + 15 + 4.4 s (one jittered retry period after expiry).
        await h.step(to: .seconds(30)) { h in h.started.withLock { $0["b"] } == nil ? 1 : 2 }
        let tookOver = try #require(h.started.withLock { $0["b"] })
        #expect(tookOver >= .seconds(19))
        #expect(tookOver <= .seconds(19) + .milliseconds(8800))
        #expect(h.lease.holder == "b")
        #expect(b.isLeader)
        runB.cancel()
        #expect(await runB.value == .stopped)
        #expect(h.lease.holder == nil)  // released on clean shutdown
    }

    @Test func aReleasedLeaseIsTakenWithinOneRetry() async throws {
        let h = Harness()
        let (a, _) = try h.elector("a", seed: 3)
        let (b, _) = try h.elector("b", seed: 4)
        let runA = h.run(a, "a")
        await h.settle(sleepers: 2)
        let runB = h.run(b, "b")
        await h.settle(sleepers: 3)
        await h.step(to: .seconds(3)) { _ in 3 }
        runA.cancel()
        #expect(await runA.value == .stopped)
        #expect(h.lease.holder == nil)
        await h.step(to: .seconds(10)) { h in h.started.withLock { $0["b"] } == nil ? 1 : 2 }
        let tookOver = try #require(h.started.withLock { $0["b"] })
        #expect(tookOver <= .seconds(3) + .milliseconds(4400))  // not the 15 s lease expiry
        runB.cancel()
        _ = await runB.value
    }

    @Test func theLeaseIsRenewedWhileReconcilesDrainAndReleasedAfter() async throws {
        let h = Harness()
        let (a, _) = try h.elector("a", seed: 7)
        let (b, _) = try h.elector("b", seed: 8)
        let clock = h.clock
        let drained = DrainMark()
        let runA = Task {
            await a.run {
                try? await clock.sleep(until: .seconds(1_000_000))  // leading until shutdown
                // In-flight reconciles take 20 s to finish, longer than the 15 s lease; they run
                // on, uncancelled, as the manager's drain lets them.
                await Task { try? await clock.sleep(for: .seconds(20)) }.value
                drained.at.withLock { $0 = clock.now }
            }
        }
        await h.settle(sleepers: 2)
        let runB = h.run(b, "b")
        await h.settle(sleepers: 3)
        await h.step(to: .seconds(4)) { _ in 3 }
        runA.cancel()  // shutdown at 4 s: the drain lasts until 24 s
        await h.settle(sleepers: 3)  // a: renewals + the drain; b: waiting to acquire
        await h.step(to: .seconds(23)) { _ in 3 }
        // Past the expiry of a lease last renewed at 4 s: still a's, because a kept renewing.
        #expect(h.lease.holder == "a")
        #expect(a.isLeader)
        #expect(h.started.withLock { $0["b"] } == nil)
        await h.step(to: .seconds(40)) { h in
            if h.started.withLock({ $0["b"] }) != nil { return 2 }
            return drained.at.withLock { $0 } == nil ? 3 : 1
        }
        #expect(await runA.value == .stopped)
        let drainEnd = try #require(drained.at.withLock { $0 })
        #expect(drainEnd == .seconds(24))
        let tookOver = try #require(h.started.withLock { $0["b"] })
        #expect(tookOver >= drainEnd)
        #expect(tookOver <= drainEnd + .milliseconds(8800))  // released: within a retry or two, not an expiry
        runB.cancel()
        _ = await runB.value
    }

    @Test func aLeaderThatCannotRenewStopsAtTheRenewDeadline() async throws {
        let h = Harness()
        let (a, connection) = try h.elector("a", seed: 5)
        let runA = h.run(a, "a")
        await h.settle(sleepers: 2)
        #expect(a.isLeader)
        await h.step(to: .seconds(2)) { _ in 2 }  // renewed at 2 s
        connection.reachable.withLock { $0 = false }
        await h.step(to: .seconds(11)) { _ in 2 }
        #expect(a.isLeader)  // 9 s without a renewal: still leading
        await h.step(to: .seconds(12)) { h in a.isLeader ? 2 : 0 }
        #expect(await runA.value == .lost)
        #expect(!a.isLeader)
    }
}

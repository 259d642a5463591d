import Testing
@testable import Subsetting
import ThawDeterminism

/// Golden values for the `knative` algorithm, worked out step by step from the description of
/// Knative's ChooseSubset (FNV-1a-64, 2048 slots, salted start/step, rehash on collision). The
/// intermediate hashes are in the comments so a failure shows which step diverged.
@Suite struct KnativeGoldenTests {
    @Test func fnv1a64MatchesPublishedVectors() {
        #expect(FNV1a64.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a64.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a64.hash("foobar") == 0x8594_4171_f739_67e8)
        #expect(FNV1a64.hash("foo", "bar") == FNV1a64.hash("foobar"))
    }

    /// Five IPs, target "hello-00001":
    /// start = fnv("hello-00001start-angle-salt") % 2048 = 1116, step = 1380;
    /// 10.0.0.1 → 0x0c541f4d14fc4141 % 2048 = 321, .2 → 2014, .3 → 211, .4 → 648, .5 → 1685.
    /// Walk for 2: angle 1116 → slot 1685 (.5); angle 2496 % 2048 = 448 → slot 648 (.4).
    /// Walk for 3 continues: angle 1828 → slot 2014 (.2).
    @Test func ringAndWalkForFiveIPs() {
        let ips = ["10.0.0.5", "10.0.0.3", "10.0.0.1", "10.0.0.4", "10.0.0.2"]
        let ring = KnativeHashRing(members: ips, target: "hello-00001")
        #expect(ring.start == 1116)
        #expect(ring.step == 1380)
        #expect(ring.slots.map(\.slot) == [211, 321, 648, 1685, 2014])
        #expect(ring.slots.map { ring.members[$0.member] } == ["10.0.0.3", "10.0.0.1", "10.0.0.4", "10.0.0.5", "10.0.0.2"])
        #expect(ring.choose(2) == ["10.0.0.5", "10.0.0.4"])
        #expect(ring.choose(3) == ["10.0.0.5", "10.0.0.4", "10.0.0.2"])
    }

    /// Target "rev-00003": start 959, step 829; slots .3 → 132, .4 → 143, .1 → 274, .2 → 381,
    /// .5 → 1766. Angle 959 → 1766 (.5); angle 1788 → past the last slot, wraps to 132 (.3);
    /// angle 569 → 1766 is taken, next index wraps to 132 (taken), then 143 (.4).
    @Test func walkSkipsChosenSlotsAndWraps() {
        let ips = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"]
        let ring = KnativeHashRing(members: ips, target: "rev-00003")
        #expect(ring.start == 959)
        #expect(ring.step == 829)
        #expect(ring.slots.map(\.slot) == [132, 143, 274, 381, 1766])
        #expect(ring.choose(3) == ["10.0.0.5", "10.0.0.3", "10.0.0.4"])
    }

    /// The cases of Knative's own unit test (hash_test.go, TestChooseSubset).
    @Test func knativeOwnCases() {
        let planets = ["sun", "moon", "mars", "mercury"]
        #expect(Set(KnativeHashRing(members: planets, target: "a target!").choose(2)) == ["mercury", "moon"])
        #expect(Set(KnativeHashRing(members: planets, target: "something else entirely").choose(2)) == ["mercury", "mars"])
        #expect(Set(KnativeHashRing(members: planets, target: "something else entirely").choose(3)) == ["mars", "mercury", "sun"])
        #expect(Set(KnativeHashRing(members: planets, target: "a target!").choose(4)) == Set(planets))
    }

    /// Knative's collision case: both keys hash to slot 1222. Members are placed in byte
    /// order, so "b08…" takes 1222 and "c9d…" (hash 0x2b5d61ed90bb34c6) is rehashed with its
    /// hex appended: fnv("c9d…" + target + "2b5d61ed90bb34c6") = 0x1fdce075f1996b88 → slot 904.
    @Test func collisionIsRehashedWithHexSalt() {
        let key1 = "b08006d4-81f9-42ee-808b-ea18a39cbd83"
        let key2 = "c9dc8df4-8c8d-4077-8750-6d2c2113a23b"
        let target = "e68a64e1-19d8-4855-9ffa-04f49223a059"
        #expect(FNV1a64.hash(key1, target) % 2048 == 1222)
        #expect(FNV1a64.hash(key2, target) % 2048 == 1222)
        let ring = KnativeHashRing(members: [key2, key1], target: target)
        #expect(ring.slots.map(\.slot) == [904, 1222])
        #expect(ring.slots.map { ring.members[$0.member] } == [key2, key1])
    }

    @Test func algorithmHashesIPsWithTheRevisionNameAndReturnsIDs() throws {
        let activators = (1...5).map {
            Activator(id: "act-\($0)", ip: "10.0.0.\($0)", node: "node-\($0)", zone: "zone-a")
        }
        let input = try SubsettingInput(
            activators: activators,
            revisions: [
                RevisionDemand(key: "default/hello-00001", size: 2),
                RevisionDemand(key: "other/rev-00003", size: 3),
                RevisionDemand(key: "all", size: 0),
            ])
        let output = KnativeSubsetting().assign(input)
        #expect(output.assignments["default/hello-00001"] == ["act-4", "act-5"])
        #expect(output.assignments["other/rev-00003"] == ["act-3", "act-4", "act-5"])
        #expect(output.assignments["all"] == ["act-1", "act-2", "act-3", "act-4", "act-5"])
        #expect(KnativeSubsetting.target(of: "ns/name") == "name")
        #expect(KnativeSubsetting.target(of: "bare") == "bare")
    }
}

import Testing

@testable import ControllerRuntime
import ThawDeterminism

@Suite struct ReflectorBackoffTests {
    @Test func growsFrom800msTo30sWithJitterAndResetsAfterTwoHealthyMinutes() {
        var random = SplitMix64(seed: 42)
        var backoff = ReflectorBackoff()
        var now = Duration.zero
        var bases: [Duration] = []
        for _ in 0..<8 {
            bases.append(backoff.nextBase)
            let delay = backoff.delay(now: now, using: &random)
            #expect(delay >= bases.last! && delay <= min(bases.last! * 2, .seconds(30)))
            now += delay
        }
        #expect(bases == [.milliseconds(800), .milliseconds(1600), .milliseconds(3200), .milliseconds(6400), .milliseconds(12800), .milliseconds(25600), .seconds(30), .seconds(30)])
        now += .seconds(121)
        let afterQuiet = backoff.delay(now: now, using: &random)
        #expect(afterQuiet < .milliseconds(1600))
    }

    @Test func sameSeedSameDelays() {
        var r1 = SplitMix64(seed: 7)
        var r2 = SplitMix64(seed: 7)
        var b1 = ReflectorBackoff()
        var b2 = ReflectorBackoff()
        do { let value = (0..<5).map { _ in b1.delay(now: .zero, using: &r1) } == (0..<5).map { _ in b2.delay(now: .zero, using: &r2) }; #expect(value) }
    }

    @Test func watchTimeoutsSpreadOverFiveToTenMinutes() {
        var random = SplitMix64(seed: 1)
        let timeouts = (0..<200).map { _ in WatchTimeout.random(using: &random) }
        #expect(timeouts.allSatisfy { $0 >= .seconds(300) && $0 < .seconds(600) })
        #expect(timeouts.contains { $0 < .seconds(360) } && timeouts.contains { $0 > .seconds(540) })
    }
}

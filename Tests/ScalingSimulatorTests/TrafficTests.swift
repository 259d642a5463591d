import Testing
@testable import ScalingSimulator
import ThawDeterminism

@Suite struct TrafficTests {
    private func arrivals(_ pattern: TrafficPattern, _ process: ArrivalProcess, duration: Double, seed: UInt64 = 1) -> [Double] {
        var generator = ArrivalGenerator(pattern: pattern, process: process, duration: duration)
        var rng = SplitMix64(seed: seed)
        var times: [Double] = []
        for slot in 0..<generator.slotCount { generator.arrivals(inSlot: slot, rng: &rng, into: &times) }
        return times
    }

    @Test func evenArrivalsHitTheRateExactly() {
        let times = arrivals(.uniform(rps: 2.5), .even, duration: 10)
        #expect(times.count == 25)
        #expect(times == times.sorted())
    }

    @Test func poissonArrivalsAverageTheRateAndStayInOrder() {
        let times = arrivals(.uniform(rps: 200), .poisson, duration: 100)
        #expect(abs(Double(times.count) - 20_000) < 600)  // 4 standard deviations
        #expect(times == times.sorted())
        #expect(times.allSatisfy { $0 >= 0 && $0 < 100 })
    }

    @Test func patternsFollowTheirDefinitions() {
        #expect(TrafficPattern.step(baseRPS: 3, stepRPS: 30, at: 10).rate(at: 9.9) == 3)
        #expect(TrafficPattern.step(baseRPS: 3, stepRPS: 30, at: 10).rate(at: 10) == 30)
        let ramp = TrafficPattern.ramp(startRPS: 0, deltaRPSPerSecond: 2, maxRPS: 10, startAt: 5, holdSeconds: 3)
        #expect(ramp.rate(at: 4) == 0)
        #expect(ramp.rate(at: 7) == 4)
        #expect(ramp.rate(at: 12) == 10)   // rise ends at 10, hold until 13
        #expect(ramp.rate(at: 14) == 8)
        #expect(ramp.rate(at: 30) == 0)
        let sine = TrafficPattern.sinusoid(meanRPS: 10, amplitudeRPS: 20, periodSeconds: 8)
        #expect(abs(sine.rate(at: 2) - 30) < 1e-9)
        #expect(sine.rate(at: 6) == 0)  // clamped at zero
        let steps = TrafficPattern.steps([.init(at: 5, rps: 7), .init(at: 9, rps: 1)])
        #expect(steps.rate(at: 4) == 0 && steps.rate(at: 5) == 7 && steps.rate(at: 10) == 1)
    }

    @Test func azurePerMinuteRowIsReplayedWithItsExactCounts() throws {
        let csv = "HashOwner,HashApp,HashFunction,Trigger,1,2,3\r\no1,a1,f1,http,0,5,1\r\no2,a2,f2,timer,2,0,0\r\n"
        let byIndex = try TraceFileParser.azurePerMinute(csv, file: "d01.csv", row: .index(0))
        #expect(byIndex == .slotCounts(counts: [0, 5, 1], slotSeconds: 60))
        let byFunction = try TraceFileParser.azurePerMinute(csv, file: "d01.csv", row: .function("f2"))
        #expect(byFunction == .slotCounts(counts: [2, 0, 0], slotSeconds: 60))
        let times = arrivals(.trace(byIndex), .poisson, duration: 180)
        #expect(times.count == 6)
        #expect(times.filter { $0 >= 60 && $0 < 120 }.count == 5)
    }

    @Test func malformedTracesNameFileAndLine() {
        #expect(throws: TraceFileError(file: "d01.csv", line: 2, reason: "minute column 2: 'x' is not an integer in [0, 60000000]")) {
            try TraceFileParser.azurePerMinute("HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f,http,1,x\n", file: "d01.csv", row: .index(0))
        }
        #expect(throws: TraceFileError(file: "t.txt", line: 3, reason: "'-1' is not a non-negative number of seconds")) {
            try TraceFileParser.timestamps("1.5\n# comment\n-1\n", file: "t.txt")
        }
    }

    @Test func timestampsAreReplayedExactly() throws {
        let recorded = try TraceFileParser.timestamps("3.25\n0.5 # first\n\n10\n", file: "t.txt")
        #expect(arrivals(.trace(recorded), .poisson, duration: 5) == [0.5, 3.25])
    }
}

@Suite struct PercentileTests {
    @Test func selectionMatchesSortingForEveryRank() {
        var rng = SplitMix64(seed: 3)
        for count in [1, 2, 3, 10, 101, 1000] {
            var values = (0..<count).map { _ in Double(rng.next() % 50) }  // many duplicates
            let sorted = values.sorted()
            let ps = [0.5, 0.95, 0.99, 0.01, 1.0]
            let selected = Percentile.select(ps, in: &values)
            #expect(selected == ps.map { Percentile.of(sorted: sorted, $0) })
        }
        var empty: [Double] = []
        #expect(Percentile.select([0.5], in: &empty) == [nil])
    }
}

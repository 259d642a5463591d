import Testing
@testable import RevisionScaling
import ThawDeterminism

@Suite struct MetricAggregationTests {
    @Test func linearAverageOverAPartialWindow() {
        var w = MetricWindow(window: 6)
        w.record(time: 0, value: 6)
        w.record(time: 1.5, value: 5)
        w.record(time: 1.9, value: 7)  // same 1 s bucket: summed to 12
        #expect(w.average(at: 1) == 9)  // (6 + 12) / 2 buckets since the first write
        // Trailing seconds without data are left out of the average.
        #expect(w.average(at: 3) == 9)
        // At 6 the bucket of second 0 has left the 6 s window (its slot is the current one).
        #expect(w.average(at: 6) == 12)
        #expect(w.average(at: 7) == 0)  // nothing for a whole window
        #expect(!w.isEmpty(at: 7))
        #expect(w.isEmpty(at: 8))
    }

    @Test func linearAverageOverAFullWindow() {
        var w = MetricWindow(window: 6)
        for t in 0...9 { w.record(time: Double(t), value: Double(t)) }
        #expect(w.average(at: 9) == 6.5)  // (4 + 5 + 6 + 7 + 8 + 9) / 6
    }

    @Test func aGapOfAWholeWindowStartsAfresh() {
        var w = MetricWindow(window: 6)
        w.record(time: 0, value: 100)
        w.record(time: 10, value: 1)
        #expect(w.average(at: 10) == 1)
    }

    @Test func averagesAreRoundedDownToSixDigits() {
        var w = MetricWindow(window: 6)
        w.record(time: 0, value: 2.0 / 3.0)
        #expect(w.average(at: 0) == 0.666666)
    }

    @Test func weightedExponentialAverage() {
        // 6 buckets: m = 1 − 0.0001^(1/6) ≈ 0.7846; a full window of 10s sums to 10 × (1 − 0.0001).
        var w = MetricWindow(window: 6, algorithm: .weightedExponential)
        for t in 0...5 { w.record(time: Double(t), value: 10) }
        #expect(abs(w.average(at: 5) - 9.999) < 1e-9)
        // 60 buckets: the coefficient is floored at 0.2.
        var long = MetricWindow(window: 60, algorithm: .weightedExponential)
        long.record(time: 0, value: 10)
        #expect(abs(long.average(at: 0) - 2) < 1e-12)
        #expect(abs(long.average(at: 1) - 1.6) < 1e-12)  // one empty second: 10 × 0.2 × 0.8
        #expect(long.average(at: 61) == 0)
    }

    @Test func sampleSizeFormula() {
        let expected = [0: 0, 1: 1, 3: 3, 4: 4, 10: 7, 20: 9, 50: 12, 100: 14, 1000: 16]
        for (population, size) in expected {
            #expect(ScrapeSampling.sampleSize(population: population) == size, "N = \(population)")
        }
    }

    @Test func scraperPrefersOldPodsAndScalesTheSample() {
        var rng = SplitMix64(seed: 7)
        let scraper = PodScraper(stableWindow: 60)
        // 5 pods → sample 4: both old pods (10 each) and 2 of the 3 young ones (1 each).
        let pods = [
            PodStat(age: 100, concurrency: 10), PodStat(age: 61, concurrency: 10),
            PodStat(age: 5, concurrency: 1), PodStat(age: 6, concurrency: 1), PodStat(age: 7, concurrency: 1),
        ]
        for _ in 0..<20 {
            #expect(scraper.scrape(pods, using: &rng)?.concurrency == 27.5)  // 22 / 4 × 5
        }
        #expect(scraper.scrape([], using: &rng) == nil)
        let many = Array(repeating: PodStat(age: 100, concurrency: 2, proxiedConcurrency: 1, requestCount: 3), count: 10)
        let stat = scraper.scrape(many, using: &rng)
        #expect(stat == RevisionStat(concurrency: 20, proxiedConcurrency: 10, requestCount: 30))
    }

    @Test func collectorSubtractsTheProxiedShareAndAddsTheActivator() throws {
        var collector = MetricCollector(spec: try makeSpec())
        #expect(collector.observation(at: 0) == nil)
        collector.record(time: 0, RevisionStat(concurrency: 10, proxiedConcurrency: 4, requestCount: 20, proxiedRequestCount: 5))
        collector.recordActivator(time: 0.5, concurrency: 4, requestCount: 5)
        let seen = try #require(collector.observation(at: 0))
        #expect(seen.stable == 10)
        #expect(seen.panic == 10)
        #expect(collector.observation(at: 61) == nil)  // no data for more than the stable window

        var rps = MetricCollector(spec: try makeSpec(annotations: ["metric": "rps"]))
        rps.record(time: 0, RevisionStat(concurrency: 10, requestCount: 20, proxiedRequestCount: 5))
        #expect(rps.observation(at: 0)?.stable == 15)
    }

    @Test func panicWindowIsAPercentageOfTheStableWindow() throws {
        var collector = MetricCollector(spec: try makeSpec(["stable-window": "20s", "panic-window-percentage": "10"]))
        // panic window 2 s: a burst at 0 counts in stable (average over the seconds since) but not in panic at 2.
        collector.record(time: 0, RevisionStat(concurrency: 40))
        collector.record(time: 1, RevisionStat(concurrency: 0))
        collector.record(time: 2, RevisionStat(concurrency: 0))
        let seen = try #require(collector.observation(at: 2))
        #expect(abs(seen.stable - 40.0 / 3) < 1e-5)
        #expect(seen.panic == 0)
    }
}

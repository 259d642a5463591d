import RevisionScaling
import Testing
@testable import ScalingSimulator

@Suite struct SimulationTests {
    /// A cold start from zero with a surge: exercises activator, panic, launches and scale-down.
    private func burstScenario(seed: UInt64 = 7) -> Scenario {
        var scenario = Scenario()
        scenario.name = "burst"
        scenario.seed = seed
        scenario.durationSeconds = 120
        scenario.traffic = .steps([.init(at: 5, rps: 80), .init(at: 60, rps: 5)])
        scenario.workload.containerConcurrency = 5
        scenario.cluster.imagePullSeconds = 4
        return scenario
    }

    @Test func sameScenarioAndSeedGiveByteIdenticalOutput() throws {
        let options = SimulationOptions(timeSeries: true, trace: true)
        let first = try Simulation.run(burstScenario(), options: options)
        let second = try Simulation.run(burstScenario(), options: options)
        let render = { (result: SimulationResult) in
            let runs = [LabeledRun(sweepValue: nil, policy: "knative", result: result)]
            return ReportFormatter.json(runs, sweepKey: nil, comparing: false)
                + ReportFormatter.csv(runs, sweepKey: nil, comparing: false)
                + ReportFormatter.trace(runs, sweepKey: nil, comparing: false)
        }
        #expect(render(first) == render(second))
        #expect(first.summary.requests > 1000)
        let otherSeed = try Simulation.run(burstScenario(seed: 8), options: options)
        #expect(render(otherSeed) != render(first))
    }

    @Test func policiesSeeTheSameArrivals() throws {
        var knative = burstScenario()
        knative.policy = .knative
        var thaw = burstScenario()
        thaw.policy = .thaw
        #expect(try Simulation.run(knative).summary.requests == Simulation.run(thaw).summary.requests)
    }

    @Test func everyRequestCompletesOrFailsExactlyOnce() throws {
        var scenario = burstScenario()
        // Tight limits so that some requests fail in every way the activator can fail them.
        scenario.workload.requestTimeoutSeconds = 3
        scenario.cluster.activatorQueueDepth = 40
        let result = try Simulation.run(scenario, options: SimulationOptions(trace: true))
        let summary = result.summary
        #expect(summary.failed > 0)
        #expect(summary.completed > 0)
        #expect(summary.requests == summary.completed + summary.failed)
        var outcomes: [Int: Int] = [:]
        var arrived = Set<Int>()
        for movement in result.trace {
            guard case .request(let id) = movement.entity else { continue }
            if movement.from == .trafficSource { arrived.insert(id) }
            if movement.to == .completed || movement.to == .failed { outcomes[id, default: 0] += 1 }
        }
        #expect(arrived.count == summary.requests)
        #expect(outcomes.count == summary.requests)
        #expect(outcomes.values.allSatisfy { $0 == 1 })
    }

    @Test func runHaltsAfterTheDrainLimitFailingWhatIsStillRunning() throws {
        var scenario = Scenario()
        scenario.durationSeconds = 10
        scenario.traffic = .uniform(rps: 1)
        scenario.arrivals = .even
        scenario.cluster.initialReplicas = 1
        scenario.workload.serviceTime = .constant(seconds: 5000)
        scenario.workload.requestTimeoutSeconds = 10
        let summary = try Simulation.run(scenario).summary
        #expect(summary.requests == 10)
        #expect(summary.completed == 0)
        #expect(summary.failures == ["unfinished": 10])
    }

    @Test func runHaltsAsSoonAsTrafficIsOverAndDrained() throws {
        var scenario = Scenario()
        scenario.durationSeconds = 30
        scenario.traffic = .uniform(rps: 5)
        scenario.cluster.initialReplicas = 1
        scenario.workload.serviceTime = .constant(seconds: 0.1)
        let result = try Simulation.run(scenario, options: SimulationOptions(timeSeries: true))
        #expect(result.summary.failed == 0)
        #expect(result.timeSeries.count == 30)
        // Per request an arrival and a completion, plus 30 traffic slots, 30 scrape seconds and a
        // few replica steps — not the 690 s drain limit's worth of scrape seconds.
        #expect(result.summary.events < 2 * result.summary.requests + 100)
    }

    /// Constant concurrency c with a target of t per pod must settle at ceil(c / t) replicas.
    @Test(arguments: [(rps: 300.0, cc: 0, expected: 5), (rps: 50.0, cc: 10, expected: 8), (rps: 20.0, cc: 0, expected: 1)])
    func constantLoadSettlesAtCeilOfLoadOverTarget(_ load: (rps: Double, cc: Int, expected: Int)) throws {
        var scenario = Scenario()
        scenario.durationSeconds = 400
        scenario.traffic = .uniform(rps: load.rps)
        scenario.arrivals = .even
        scenario.workload.serviceTime = .constant(seconds: 1)
        scenario.workload.containerConcurrency = load.cc
        scenario.cluster.initialReplicas = 1
        let series = try Simulation.run(scenario, options: SimulationOptions(timeSeries: true)).timeSeries
        let settled = series.suffix(60)
        #expect(settled.allSatisfy { $0.ready == load.expected && $0.desired == load.expected && $0.launching == 0 })
    }

    @Test func cachedImageSkipsThePull() throws {
        var cold = burstScenario()
        cold.cluster.imagePullSeconds = 30
        var cached = cold
        cached.cluster.warmNodeShare = 1
        let coldSummary = try Simulation.run(cold).summary
        let cachedSummary = try Simulation.run(cached).summary
        #expect(cachedSummary.coldStartDelayed < coldSummary.coldStartDelayed)
        #expect(cachedSummary.latencyP99Milliseconds < coldSummary.latencyP99Milliseconds - 20_000)
    }

    @Test func scaleToZeroAndBack() throws {
        var scenario = Scenario()
        scenario.durationSeconds = 400
        scenario.traffic = .steps([.init(at: 0, rps: 10), .init(at: 20, rps: 0), .init(at: 300, rps: 10), .init(at: 310, rps: 0)])
        scenario.arrivals = .even
        scenario.cluster.initialReplicas = 1
        let result = try Simulation.run(scenario, options: SimulationOptions(timeSeries: true))
        let zeroSeconds = result.timeSeries.filter { $0.ready + $0.launching + $0.terminating == 0 }.map(\.second)
        #expect(zeroSeconds.first.map { $0 > 20 + 60 } == true)  // not before the stable window passed
        #expect(zeroSeconds.contains(299))
        #expect(!zeroSeconds.contains(320))  // back up after the second burst
        #expect(result.summary.coldStartDelayed > 0)
        #expect(result.summary.timeAtZeroSeconds > 100)
    }

    @Test func invalidAutoscalerConfigIsRejected() {
        var scenario = Scenario()
        scenario.autoscalerConfig = ["stable-window": "2s"]
        #expect(throws: AutoscalerSpecError.self) { try Simulation.run(scenario) }
    }
}

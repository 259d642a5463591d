import Testing
@testable import ScalingSimulator

@Suite struct ScenarioReaderTests {
    private struct NoFile: Error {}
    private let noFiles: ScenarioReader.FileLoader = { _ in throw NoFile() }

    @Test func readsEverySection() throws {
        let yaml = """
            name: surge
            duration: 2m30s
            seed: 9
            policy: thaw
            traffic: {pattern: step, base_rps: 3, step_rps: 30, at: 1m, arrivals: even}
            workload:
              container_concurrency: 4
              service_time: {distribution: lognormal, median: 50ms, sigma: 0.5}
              request_timeout: 20s
            cluster: {nodes: 3, warm_node_share: 0.5, image_pull: 30s, initial_replicas: 2}
            autoscaler: {stable-window: 30s}
            annotations: {autoscaling.knative.dev/target: "3"}
            """
        let scenario = try ScenarioReader.read(yaml: yaml, file: "s.yaml", loadFile: noFiles)
        #expect(scenario.name == "surge")
        #expect(scenario.durationSeconds == 150)
        #expect(scenario.seed == 9)
        #expect(scenario.policy == .thaw)
        #expect(scenario.traffic == .step(baseRPS: 3, stepRPS: 30, at: 60))
        #expect(scenario.arrivals == .even)
        #expect(scenario.workload.containerConcurrency == 4)
        #expect(scenario.workload.serviceTime == .lognormal(medianSeconds: 0.05, sigma: 0.5))
        #expect(scenario.workload.requestTimeoutSeconds == 20)
        #expect(scenario.cluster.nodes == 3 && scenario.cluster.warmNodeShare == 0.5)
        #expect(scenario.cluster.imagePullSeconds == 30 && scenario.cluster.initialReplicas == 2)
        #expect(scenario.autoscalerConfig == ["stable-window": "30s"])
        #expect(scenario.annotations == ["autoscaling.knative.dev/target": "3"])
    }

    @Test func overridesReplaceAndAddKeys() throws {
        let scenario = try ScenarioReader.read(
            yaml: "traffic: {pattern: uniform, rps: 5}\n", file: "s.yaml",
            overrides: [
                ("traffic.rps", "50"), ("cluster.warm_node_share", "1"),
                ("annotations.autoscaling.knative.dev/target", "7"), ("autoscaler.stable-window", "20s"),
            ], loadFile: noFiles)
        #expect(scenario.traffic == .uniform(rps: 50))
        #expect(scenario.cluster.warmNodeShare == 1)
        #expect(scenario.annotations == ["autoscaling.knative.dev/target": "7"])
        #expect(scenario.autoscalerConfig == ["stable-window": "20s"])
    }

    @Test(arguments: [
        ("traffic: {rps: fast}", "s.yaml: traffic.rps: expected a number, got 'fast'"),
        ("trafic: {rps: 3}", "s.yaml: trafic: unknown key"),
        ("cluster: {warm_node_share: 2}", "s.yaml: cluster.warm_node_share: must be in [0, 1], got 2"),
        ("duration: soon", "s.yaml: duration: expected a duration"),
        ("policy: kpa", "s.yaml: policy: expected one of knative, thaw, hpa, got 'kpa'"),
        ("workload: {service_time: {distribution: uniform, min: 2s, max: 1s}}", "s.yaml: workload.service_time.max: must be at least min"),
        ("traffic: {pattern: steps, steps: [{at: 5s, rps: 1}, {at: 1s, rps: 2}]}", "s.yaml: traffic.steps[1].at: steps must be in time order"),
        ("autoscaler: {max-scale-up-rate: '1'}", "s.yaml: autoscaler.max-scale-up-rate: invalid value '1'"),
        ("annotations: {autoscaling.knative.dev/min-scale: '-3'}", "s.yaml: annotations.autoscaling.knative.dev/min-scale: invalid value '-3'"),
        ("traffic: [1, 2]", "s.yaml: traffic: expected a mapping"),
        ("duration: 100000000", "s.yaml: duration: must be at most 31 days"),
        ("traffic: {rps: 1e9}", "s.yaml: traffic.rps: must be in [0, 1000000] requests per second"),
        ("cluster: {activator_queue_depth: 9223372036854775807}", "s.yaml: cluster.activator_queue_depth: must be in [0, 1000000000]"),
    ])
    func malformedScenariosNameFileAndKey(_ yaml: String, _ messagePrefix: String) {
        do {
            _ = try ScenarioReader.read(yaml: yaml, file: "s.yaml", loadFile: noFiles)
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.description.hasPrefix(messagePrefix), "\(error.description)")
        }
    }

    @Test func traceFilesResolveRelativeToTheScenario() throws {
        var asked: [String] = []
        let scenario = try ScenarioReader.read(
            yaml: "traffic: {pattern: trace, format: timestamps, file: arrivals.txt}", file: "dir/s.yaml",
            loadFile: { path in
                asked.append(path)
                return "1\n2.5\n"
            })
        #expect(asked == ["dir/arrivals.txt"])
        #expect(scenario.traffic == .trace(.timestamps([1, 2.5])))
    }

    @Test func unreadableTraceFileNamesTheKey() {
        #expect(throws: ScenarioError.self) {
            try ScenarioReader.read(yaml: "traffic: {pattern: trace, file: gone.csv}", file: "s.yaml", loadFile: noFiles)
        }
        do {
            _ = try ScenarioReader.read(yaml: "traffic: {pattern: trace, file: gone.csv}", file: "s.yaml", loadFile: noFiles)
        } catch {
            #expect(error.key == "traffic.file")
        }
    }
}

import Foundation
import Testing
@testable import thaw

/// `thaw sim decide` end to end: files in, CSV out, and the messages for bad files.
@Suite struct SimDecideTests {
    private func write(_ text: String, _ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sim-decide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private let ticks = "time_s,ready_pods,stable,panic\n0,1,5,5\n2,1,7,30\n4,5,20,40\n6,5,10,10\n70,5,10,10\n"

    @Test func replaysTheConfigAndTicks() throws {
        let config = try write("""
            stable-window: 60s
            max-scale-up-rate: 1000
            containerConcurrency: 10
            reachable: true
            annotations:
              autoscaling.knative.dev/target-burst-capacity: "20"
            """, "config.yaml")
        let input = try write(ticks, "ticks.csv")
        let out = try SimDecide.output(configPath: config, inputPath: input, policyName: "knative")
        #expect(out == "time_s,desired,ebc,panic,activators\n0,1,-15,0,2\n2,5,-40,1,2\n4,6,-10,1,2\n6,6,20,1,2\n70,2,20,0,2\n")
        let thaw = try SimDecide.output(configPath: config, inputPath: input, policyName: "thaw")
        #expect(thaw.split(separator: "\n").count == 6)
    }

    @Test func configAutoscalerMayBeNested() throws {
        let config = try write("""
            config-autoscaler:
              max-scale-down-rate: "3"
            containerConcurrency: 10
            """, "nested.yaml")
        let input = try write("time_s,ready_pods,stable,panic\n0,1,0,0\n2,9,0,0\n", "ticks.csv")
        let out = try SimDecide.output(configPath: config, inputPath: input, policyName: "knative")
        // floor(9 / 3) = 3; EBC floor(90 − 211 − 0); activators ceil((90 + 211) / 100).
        #expect(out.split(separator: "\n").last == "2,3,-121,0,4")
    }

    @Test func errorsNameFileKeyAndValue() throws {
        let input = try write(ticks, "ticks.csv")
        let badValue = try write("stable-window: 5s\n", "bad-window.yaml")
        let badCC = try write("containerConcurrency: ten\n", "bad-cc.yaml")
        let badAnnotation = try write("annotations:\n  autoscaling.knative.dev/min-scale: \"-2\"\n", "bad-min.yaml")
        let notYAML = try write("a: [1, 2\n", "broken.yaml")
        let badRow = try write("time_s,ready_pods,stable,panic\n0,1,x,0\n", "bad.csv")
        let good = try write("containerConcurrency: 10\n", "good.yaml")
        let typo = try write("stable-windw: 30s\n", "typo.yaml")
        let badKey = try write("annotations:\n  autoscaling.knative.dev/targt: \"5\"\n  other.io/x: y\n", "typo-annotation.yaml")
        let cases: [(String, String, String, [String])] = [
            (badValue, input, "knative", ["bad-window.yaml", "stable-window", "5s"]),
            (badCC, input, "knative", ["bad-cc.yaml", "containerConcurrency", "ten"]),
            (badAnnotation, input, "knative", ["bad-min.yaml", "autoscaling.knative.dev/min-scale", "-2"]),
            (notYAML, input, "knative", ["broken.yaml"]),
            (good, badRow, "knative", ["bad.csv", "line 2", "stable", "x"]),
            (good, "/nonexistent/ticks.csv", "knative", ["/nonexistent/ticks.csv"]),
            (good, input, "kpa", ["--policy", "kpa"]),
            (typo, input, "knative", ["typo.yaml", "stable-windw", "30s"]),
            (badKey, input, "knative", ["typo-annotation.yaml", "autoscaling.knative.dev/targt", "5"]),
        ]
        for (config, ticksPath, policy, fragments) in cases {
            do {
                _ = try SimDecide.output(configPath: config, inputPath: ticksPath, policyName: policy)
                Issue.record("accepted \(config) \(ticksPath) \(policy)")
            } catch {
                let message = "\(error)"
                for fragment in fragments {
                    #expect(message.contains(fragment), "\(message) lacks \(fragment)")
                }
            }
        }
    }
}

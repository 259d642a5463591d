import Foundation
import ScalingSimulator

/// The data endpoint's JSON (`GET /api/run`): the scenario, then per policy its summary and its
/// per-second series as column arrays (`null` where a second has no value, e.g. no request
/// completed). Keys are snake_case.
struct ComparisonData: Encodable {
    struct Summary: Encodable {
        var requests: Int
        var completed: Int
        var failed: Int
        var coldStartDelayed: Int
        var latencyP50Ms: Double
        var latencyP95Ms: Double
        var latencyP99Ms: Double
        var replicaSeconds: Double
        var peakReplicas: Int
        var scaleEvents: Int
        var panicEpisodes: Int
        var timeAtZeroS: Double
    }

    struct Series: Encodable {
        var timeS: [Int] = []
        var rps: [Int] = []
        var concurrency: [Double] = []
        var activatorQueue: [Int] = []
        var replicasLaunching: [Int] = []
        var replicasReady: [Int] = []
        var replicasTerminating: [Int] = []
        var desired: [Int?] = []
        var panic: [Bool] = []
        var latencyP50Ms: [Double?] = []
        var latencyP99Ms: [Double?] = []
    }

    struct PolicyRun: Encodable {
        var policy: String
        var summary: Summary
        var series: Series
    }

    var scenario: String
    var seed: UInt64
    var durationS: Double
    var policies: [PolicyRun]

    init(_ comparison: ComparisonRun) {
        scenario = comparison.scenario.name
        seed = comparison.scenario.seed
        durationS = comparison.scenario.durationSeconds
        policies = comparison.runs.map { run in
            let s = run.result.summary
            var series = Series()
            for row in run.result.timeSeries {
                series.timeS.append(row.second)
                series.rps.append(row.arrivals)
                series.concurrency.append(row.concurrency)
                series.activatorQueue.append(row.activatorQueue)
                series.replicasLaunching.append(row.launching)
                series.replicasReady.append(row.ready)
                series.replicasTerminating.append(row.terminating)
                series.desired.append(row.desired)
                series.panic.append(row.panic)
                series.latencyP50Ms.append(row.latencyP50.map { $0 * 1000 })
                series.latencyP99Ms.append(row.latencyP99.map { $0 * 1000 })
            }
            return PolicyRun(
                policy: run.policy.rawValue,
                summary: Summary(
                    requests: s.requests, completed: s.completed, failed: s.failed, coldStartDelayed: s.coldStartDelayed,
                    latencyP50Ms: s.latencyP50Milliseconds, latencyP95Ms: s.latencyP95Milliseconds,
                    latencyP99Ms: s.latencyP99Milliseconds, replicaSeconds: s.replicaSeconds,
                    peakReplicas: s.peakReplicas, scaleEvents: s.scaleEvents, panicEpisodes: s.panicEpisodes,
                    timeAtZeroS: s.timeAtZeroSeconds),
                series: series)
        }
    }

    /// The JSON text (keys sorted, so equal runs give equal bytes).
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}

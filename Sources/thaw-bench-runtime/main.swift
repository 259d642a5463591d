// Benchmarks of ControllerRuntime, driven by hack/benchmarks/{workqueue,reconcile-latency}
// (informer-memory has its own small executable, thaw-bench-informer).
// Each prints one JSON object on its last line.
import ControllerRuntime
import Foundation

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "workqueue":
    let count = arguments.dropFirst().first.flatMap(Int.init) ?? 2_000_000
    // Off the main actor, so that awaiting the queue's nonisolated `get` does not hop executors.
    print(jsonLine(await Task.detached { await WorkQueueBenchmark.run(count: count) }.value))
case "reconcile-latency":
    let count = arguments.dropFirst().first.flatMap(Int.init) ?? 1000
    print(jsonLine(try await ReconcileLatencyBenchmark.run(count: count)))
default:
    FileHandle.standardError.write(Data("usage: thaw-bench-runtime workqueue|reconcile-latency ...\n".utf8))
    exit(2)
}

func jsonLine(_ figures: [String: Double]) -> String {
    let data = try? JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
    return data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
}

// Benchmarks of ControllerRuntime, driven by hack/benchmarks/{workqueue,reconcile-latency,informer-memory}.
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
case "informer-memory":
    // informer-memory URL NAMESPACE UPDATES streaming|list
    let rest = Array(arguments.dropFirst())
    guard rest.count == 4, let updates = Int(rest[2]), ["streaming", "list"].contains(rest[3]) else {
        FileHandle.standardError.write(Data("usage: thaw-bench-runtime informer-memory URL NAMESPACE UPDATES streaming|list\n".utf8))
        exit(2)
    }
    try await InformerMemoryBenchmark.run(url: rest[0], namespace: rest[1], updates: updates, streaming: rest[3] == "streaming")
case "configmaps":
    // configmaps URL NAMESPACE create|update COUNT BYTES
    let rest = Array(arguments.dropFirst())
    guard rest.count == 5, ["create", "update"].contains(rest[2]), let count = Int(rest[3]), let bytes = Int(rest[4]) else {
        FileHandle.standardError.write(Data("usage: thaw-bench-runtime configmaps URL NAMESPACE create|update COUNT BYTES\n".utf8))
        exit(2)
    }
    try await InformerMemoryBenchmark.write(url: rest[0], namespace: rest[1], verb: rest[2], count: count, bytes: bytes)
default:
    FileHandle.standardError.write(Data("usage: thaw-bench-runtime workqueue|reconcile-latency|informer-memory|configmaps ...\n".utf8))
    exit(2)
}

func jsonLine(_ figures: [String: Double]) -> String {
    let data = try? JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
    return data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
}

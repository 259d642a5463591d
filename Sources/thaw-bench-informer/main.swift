// The client and the writer of hack/benchmarks/informer-memory. A separate executable that links
// only ControllerRuntime, KubeClient and KubeAPI (what a controller links), so that the measured
// resident set is the framework's.
import ControllerRuntime
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "informer-memory":
    // informer-memory URL NAMESPACE UPDATES streaming|list objects|compact
    let rest = Array(arguments.dropFirst())
    let representations: [String: StoreRepresentation] = ["objects": .objects, "compact": .compact]
    guard rest.count == 5, let updates = Int(rest[2]), ["streaming", "list"].contains(rest[3]), let representation = representations[rest[4]] else {
        FileHandle.standardError.write(Data("usage: thaw-bench-informer informer-memory URL NAMESPACE UPDATES streaming|list objects|compact\n".utf8))
        exit(2)
    }
    try await InformerMemoryBenchmark.run(
        url: rest[0], namespace: rest[1], updates: updates, streaming: rest[3] == "streaming", representation: representation)
case "configmaps":
    // configmaps URL NAMESPACE create|update COUNT BYTES
    let rest = Array(arguments.dropFirst())
    guard rest.count == 5, ["create", "update"].contains(rest[2]), let count = Int(rest[3]), let bytes = Int(rest[4]) else {
        FileHandle.standardError.write(Data("usage: thaw-bench-informer configmaps URL NAMESPACE create|update COUNT BYTES\n".utf8))
        exit(2)
    }
    try await InformerMemoryBenchmark.write(url: rest[0], namespace: rest[1], verb: rest[2], count: count, bytes: bytes)
default:
    FileHandle.standardError.write(Data("usage: thaw-bench-informer informer-memory|configmaps ...\n".utf8))
    exit(2)
}

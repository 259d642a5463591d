import RevisionScaling

/// Builds a `Scenario` from a YAML document plus command-line overrides.
///
/// Layout (every section and key optional; defaults are `Scenario()`'s):
/// ```yaml
/// name: cold-burst
/// duration: 10m            # durations: 30s, 500ms, 2m, 1h, 1m30s or plain seconds
/// seed: 42
/// policy: knative          # knative | thaw
/// traffic: {pattern: uniform, rps: 20, arrivals: poisson}   # see TrafficReader
/// workload: {container_concurrency: 0, service_time: {distribution: exponential, mean: 200ms},
///            saturation_concurrency: 0, request_timeout: 300s}
/// cluster: {nodes: 10, warm_node_share: 0, scheduling: 500ms, image_pull: 10s, container_start: 2s,
///           readiness: 1s, activator_queue_depth: 10000, initial_replicas: 0}
/// autoscaler: {stable-window: 60s}          # config-autoscaler keys, ConfigMap string values
/// annotations: {autoscaling.knative.dev/target: "10"}
/// ```
/// Unknown keys are errors (typos would otherwise silently fall back to defaults), except inside
/// `autoscaler` and `annotations`, which are validated by `AutoscalerSpec`.
public enum ScenarioReader {
    /// Reads a file's contents (trace files are resolved relative to the scenario's directory).
    public typealias FileLoader = (_ path: String) throws -> String

    /// - Parameters:
    ///   - overrides: dotted keys and values applied on top of the document (`traffic.rps=50`).
    ///   - file: the scenario's path, for messages and for resolving relative trace paths.
    /// - Throws: `ScenarioError` naming the file and key of the first problem.
    public static func read(
        yaml text: String, file: String, overrides: [(key: String, value: String)] = [], loadFile: FileLoader
    ) throws(ScenarioError) -> Scenario {
        var tree = try ScenarioTree.parse(yaml: text, file: file)
        for override in overrides {
            try tree.set(ScenarioTree.path(override.key), to: override.value, file: file)
        }
        return try read(tree: tree, file: file, loadFile: loadFile)
    }

    static let topLevelKeys: Set<String> = [
        "name", "duration", "seed", "policy", "traffic", "workload", "cluster", "autoscaler", "annotations",
    ]

    static func read(tree: ScenarioTree, file: String, loadFile: FileLoader) throws(ScenarioError) -> Scenario {
        let root = try TreeReader(tree, file: file, path: "")
        try root.rejectUnknownKeys(topLevelKeys)
        var scenario = Scenario()
        if let name = try root.string("name") { scenario.name = name }
        if let duration = try root.seconds("duration", { $0 > 0 }, "must be positive") { scenario.durationSeconds = duration }
        if let seedText = try root.string("seed") {
            guard let seed = UInt64(seedText) else { throw root.error("seed", "expected a non-negative whole number, got '\(seedText)'") }
            scenario.seed = seed
        }
        if let policyText = try root.string("policy") {
            guard let policy = PolicyName(rawValue: policyText) else {
                throw root.error("policy", "expected one of \(PolicyName.allCases.map(\.rawValue).joined(separator: ", ")), got '\(policyText)'")
            }
            scenario.policy = policy
        }
        if let traffic = try root.child("traffic") {
            (scenario.traffic, scenario.arrivals) = try TrafficReader.read(traffic, scenarioFile: file, loadFile: loadFile)
        }
        if let workload = try root.child("workload") { scenario.workload = try readWorkload(workload) }
        if let cluster = try root.child("cluster") { scenario.cluster = try readCluster(cluster) }
        scenario.autoscalerConfig = try root.stringMap("autoscaler") ?? [:]
        scenario.annotations = try root.stringMap("annotations") ?? [:]
        do {
            _ = try AutoscalerSpec(
                configMap: scenario.autoscalerConfig, annotations: scenario.annotations,
                containerConcurrency: scenario.workload.containerConcurrency)
        } catch {
            let section = error.key == "containerConcurrency"
                ? "workload.container_concurrency"
                : (error.key.hasPrefix(AutoscalerSpec.annotationPrefix) ? "annotations." : "autoscaler.") + error.key
            throw ScenarioError(file: file, key: section, reason: "invalid value '\(error.value)': \(error.reason)")
        }
        return scenario
    }

    private static func readWorkload(_ r: TreeReader) throws(ScenarioError) -> Workload {
        try r.rejectUnknownKeys(["container_concurrency", "service_time", "saturation_concurrency", "request_timeout"])
        var workload = Workload()
        if let cc = try r.int("container_concurrency", { (0...1000).contains($0) }, "must be in [0, 1000]") {
            workload.containerConcurrency = cc
        }
        if let service = try r.child("service_time") { workload.serviceTime = try readServiceTime(service) }
        if let saturation = try r.int("saturation_concurrency", { $0 >= 0 }, "must not be negative") {
            workload.saturationConcurrency = saturation
        }
        if let timeout = try r.seconds("request_timeout", { $0 > 0 }, "must be positive") { workload.requestTimeoutSeconds = timeout }
        return workload
    }

    private static func readServiceTime(_ r: TreeReader) throws(ScenarioError) -> ServiceTime {
        let positive: (Double) -> Bool = { $0 > 0 }
        let distribution = try r.string("distribution") ?? "exponential"
        switch distribution {
        case "constant":
            try r.rejectUnknownKeys(["distribution", "value"])
            return .constant(seconds: try r.seconds("value", positive, "must be positive") ?? 0.2)
        case "exponential":
            try r.rejectUnknownKeys(["distribution", "mean"])
            return .exponential(meanSeconds: try r.seconds("mean", positive, "must be positive") ?? 0.2)
        case "uniform":
            try r.rejectUnknownKeys(["distribution", "min", "max"])
            guard let low = try r.seconds("min", positive, "must be positive") else { throw r.error("min", "required for a uniform distribution") }
            guard let high = try r.seconds("max", { $0 >= low }, "must be at least min") else { throw r.error("max", "required for a uniform distribution") }
            return .uniform(minSeconds: low, maxSeconds: high)
        case "lognormal":
            try r.rejectUnknownKeys(["distribution", "median", "sigma"])
            guard let median = try r.seconds("median", positive, "must be positive") else { throw r.error("median", "required for a lognormal distribution") }
            let sigma = try r.double("sigma", { $0 >= 0 && $0 <= 5 }, "must be in [0, 5]") ?? 1
            return .lognormal(medianSeconds: median, sigma: sigma)
        default:
            throw r.error("distribution", "expected constant, exponential, uniform or lognormal, got '\(distribution)'")
        }
    }

    private static func readCluster(_ r: TreeReader) throws(ScenarioError) -> ClusterModel {
        try r.rejectUnknownKeys([
            "nodes", "warm_node_share", "scheduling", "image_pull", "container_start", "readiness",
            "activator_queue_depth", "initial_replicas",
        ])
        var cluster = ClusterModel()
        if let nodes = try r.int("nodes", { (1...100_000).contains($0) }, "must be in [1, 100000]") { cluster.nodes = nodes }
        if let share = try r.double("warm_node_share", { (0...1).contains($0) }, "must be in [0, 1]") { cluster.warmNodeShare = share }
        if let v = try r.seconds("scheduling") { cluster.schedulingSeconds = v }
        if let v = try r.seconds("image_pull") { cluster.imagePullSeconds = v }
        if let v = try r.seconds("container_start") { cluster.containerStartSeconds = v }
        if let v = try r.seconds("readiness") { cluster.readinessSeconds = v }
        if let depth = try r.int("activator_queue_depth", { (0...1_000_000_000).contains($0) }, "must be in [0, 1000000000]") { cluster.activatorQueueDepth = depth }
        if let initial = try r.int("initial_replicas", { (0...100_000).contains($0) }, "must be in [0, 100000]") {
            cluster.initialReplicas = initial
        }
        return cluster
    }
}

@testable import RevisionScaling

/// A spec from ConfigMap values and annotation suffixes (without the `autoscaling.knative.dev/` prefix).
func makeSpec(
    _ configMap: [String: String] = [:], annotations: [String: String] = [:], containerConcurrency: Int = 10,
    reachable: Bool = true
) throws -> AutoscalerSpec {
    var full: [String: String] = [:]
    for (key, value) in annotations { full[AutoscalerSpec.annotationPrefix + key] = value }
    return try AutoscalerSpec(
        configMap: configMap, annotations: full, containerConcurrency: containerConcurrency, reachable: reachable)
}

func tick(_ time: Double, ready: Int, stable: Double, panic: Double) -> DeciderInput {
    DeciderInput(time: time, readyPods: ready, stableValue: stable, panicValue: panic)
}

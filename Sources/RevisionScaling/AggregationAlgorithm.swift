/// How a window of 1 s buckets is averaged (`autoscaling.knative.dev/metric-aggregation-algorithm`).
public enum AggregationAlgorithm: String, Sendable, CaseIterable {
    /// Plain average of the buckets in the window.
    case linear
    /// Exponentially weighted average favouring recent buckets (Knative's `weighted-exponential`).
    case weightedExponential = "weighted-exponential"
}

/// The metric a revision scales on (`autoscaling.knative.dev/metric`).
public enum ScalingMetric: String, Sendable, CaseIterable {
    /// In-flight requests (the default).
    case concurrency
    /// Requests per second.
    case rps
}

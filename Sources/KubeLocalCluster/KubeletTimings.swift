/// How long the simulated kubelet takes for each step of a pod's life, in simulated seconds, and
/// its image garbage-collection thresholds. Defaults follow the real kubelet where it has one
/// (image pull back-off 10 s doubling to 300 s, GC between 80 % and 85 % disk use).
public struct KubeletTimings: Sendable, Hashable {
    /// From binding to the pod sandbox being ready (`PodReadyToStartContainers`).
    public var sandboxSeconds: Double
    /// From an image being present to its container running.
    public var containerStartSeconds: Double
    /// How long an init container runs before exiting successfully.
    public var initContainerRunSeconds: Double
    /// From a container running to it being ready, when it has no readiness probe (with a probe,
    /// `initialDelaySeconds` is used instead).
    public var readinessDelaySeconds: Double
    /// How long a container takes to exit after SIGTERM; capped by the pod's grace period.
    public var shutdownSeconds: Double
    /// First image pull back-off; doubles after every failure.
    public var imagePullBackOffInitialSeconds: Double
    /// Largest image pull back-off.
    public var imagePullBackOffMaxSeconds: Double
    /// How long `ErrImagePull` is shown before the kubelet's next sync reports `ImagePullBackOff`.
    public var errImagePullDisplaySeconds: Double
    /// Disk use (percent of image disk) above which image GC runs.
    public var imageGCHighThresholdPercent: Int
    /// Disk use (percent) image GC frees down to.
    public var imageGCLowThresholdPercent: Int
    /// Images younger than this (since last use) are never collected.
    public var imageMinimumGCAgeSeconds: Double

    public init(
        sandboxSeconds: Double = 0.5, containerStartSeconds: Double = 0.5, initContainerRunSeconds: Double = 1,
        readinessDelaySeconds: Double = 1, shutdownSeconds: Double = 1, imagePullBackOffInitialSeconds: Double = 10,
        imagePullBackOffMaxSeconds: Double = 300, errImagePullDisplaySeconds: Double = 1,
        imageGCHighThresholdPercent: Int = 85, imageGCLowThresholdPercent: Int = 80,
        imageMinimumGCAgeSeconds: Double = 120
    ) {
        self.sandboxSeconds = sandboxSeconds
        self.containerStartSeconds = containerStartSeconds
        self.initContainerRunSeconds = initContainerRunSeconds
        self.readinessDelaySeconds = readinessDelaySeconds
        self.shutdownSeconds = shutdownSeconds
        self.imagePullBackOffInitialSeconds = imagePullBackOffInitialSeconds
        self.imagePullBackOffMaxSeconds = imagePullBackOffMaxSeconds
        self.errImagePullDisplaySeconds = errImagePullDisplaySeconds
        self.imageGCHighThresholdPercent = imageGCHighThresholdPercent
        self.imageGCLowThresholdPercent = imageGCLowThresholdPercent
        self.imageMinimumGCAgeSeconds = imageMinimumGCAgeSeconds
    }

    /// - Throws: `ClusterConfigurationError.invalidValue` naming the first field out of range.
    public func validate() throws(ClusterConfigurationError) {
        let durations: [(String, Double)] = [
            ("sandboxSeconds", sandboxSeconds), ("containerStartSeconds", containerStartSeconds),
            ("initContainerRunSeconds", initContainerRunSeconds), ("readinessDelaySeconds", readinessDelaySeconds),
            ("shutdownSeconds", shutdownSeconds), ("errImagePullDisplaySeconds", errImagePullDisplaySeconds),
            ("imageMinimumGCAgeSeconds", imageMinimumGCAgeSeconds),
        ]
        for (field, value) in durations where !(value.isFinite && value >= 0) {
            throw .invalidValue(field: field, value: String(value), reason: "must be a non-negative number of seconds")
        }
        guard imagePullBackOffInitialSeconds.isFinite, imagePullBackOffInitialSeconds > 0 else {
            throw .invalidValue(field: "imagePullBackOffInitialSeconds", value: String(imagePullBackOffInitialSeconds), reason: "must be positive")
        }
        guard imagePullBackOffMaxSeconds >= imagePullBackOffInitialSeconds else {
            throw .invalidValue(field: "imagePullBackOffMaxSeconds", value: String(imagePullBackOffMaxSeconds), reason: "must be at least imagePullBackOffInitialSeconds")
        }
        guard (0...100).contains(imageGCLowThresholdPercent), (0...100).contains(imageGCHighThresholdPercent),
            imageGCLowThresholdPercent <= imageGCHighThresholdPercent
        else {
            throw .invalidValue(field: "imageGCLowThresholdPercent", value: String(imageGCLowThresholdPercent), reason: "thresholds must satisfy 0 <= low <= high <= 100")
        }
    }

    /// The crash-loop back-off before the `restarts`-th restart (1-based): 10 s doubling to 300 s,
    /// the kubelet's fixed container back-off.
    public func crashLoopBackOff(afterRestarts restarts: Int) -> Double {
        var backOff = 10.0
        for _ in 1..<max(restarts, 1) { backOff = min(backOff * 2, 300) }
        return backOff
    }

    /// The back-off after the `failures`-th consecutive failed pull (1-based).
    public func pullBackOff(afterFailures failures: Int) -> Double {
        var backOff = imagePullBackOffInitialSeconds
        for _ in 1..<max(failures, 1) {
            backOff = min(backOff * 2, imagePullBackOffMaxSeconds)
        }
        return min(backOff, imagePullBackOffMaxSeconds)
    }
}

import ArgumentParser
import ImageCaching

/// The image-cache controller's flags (`thaw manager`, `thaw dev`).
struct ImageCacheOptions: ParsableArguments {
    @Option(name: .customLong("image-class"), help: "The caching.knative.dev/image.class handled (Images without the annotation are handled too).")
    var imageClass = ImageCacheConfiguration.defaultClass

    @Option(name: .customLong("image-sleeper"), help: "Image with cp and a static sleep binary (see docs/image-caching.md).")
    var sleeperImage = SleeperImage.busybox.image

    @Option(name: .customLong("image-sleeper-binary"), help: "Path of the static sleep binary inside the sleeper image.")
    var sleeperBinary = SleeperImage.busybox.binaryPath

    @Option(name: .customLong("image-group-size"), help: "Most cached images per prefetch pod (pods per node grow with groups, not images).")
    var groupSize = 20

    @Option(name: .customLong("image-node-selector"), help: "Only nodes with these labels get images: key=value[,key=value…].")
    var nodeSelector: String?

    @Option(name: .customLong("image-tolerations"), help: "Taints prefetch pods tolerate: all, none, or key[=value][:Effect][,…].")
    var tolerations = "all"

    @Option(name: .customLong("image-priority-class"), help: "PriorityClass of the prefetch pods.")
    var priorityClass: String?

    @Option(name: .customLong("image-group-update-seconds"), help: "Least time between two updates of one prefetch group (bursts of Images join together).")
    var groupUpdateSeconds: Double = 5

    @Flag(name: .customLong("image-skip-pull-secret-check"), help: "Do not report missing pull secrets up front (no Secret list/watch permission needed).")
    var skipPullSecretCheck = false

    func validate() throws {
        _ = try configuration()
    }

    /// The validated configuration.
    /// - Throws: `ValidationError` naming the flag and the problem.
    func configuration() throws -> ImageCacheConfiguration {
        do {
            guard groupUpdateSeconds.isFinite, groupUpdateSeconds >= 0 else {
                throw ValidationError("--image-group-update-seconds must be a non-negative number, got \(groupUpdateSeconds)")
            }
            var selector: [String: String] = [:]
            for pair in (nodeSelector ?? "").split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { throw ValidationError("--image-node-selector: \"\(pair)\" is not key=value") }
                selector[String(parts[0])] = String(parts[1])
            }
            let policy: TolerationPolicy
            switch tolerations {
            case "all": policy = .all
            case "none", "": policy = .none
            default: policy = .some(try tolerations.split(separator: ",").map { try TolerationRule(parsing: String($0)) })
            }
            return try ImageCacheConfiguration(
                imageClass: imageClass, sleeper: SleeperImage(image: sleeperImage, binaryPath: sleeperBinary), groupSize: groupSize,
                nodeSelector: selector, tolerations: policy, priorityClassName: priorityClass, checksPullSecrets: !skipPullSecretCheck,
                groupUpdateInterval: .milliseconds(Int64((groupUpdateSeconds * 1000).rounded()))
            ).validated()
        } catch let error as ImageCacheConfigurationError {
            throw ValidationError("--image-\(error.field) \(error.value): \(error.reason)")
        }
    }
}

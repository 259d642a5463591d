import KubeAPI

/// How the image-cache controller prefetches: which Images it handles, the sleeper image, how many
/// images share a pod, and where the prefetch pods run.
///
/// `validated()` checks every field and throws `ImageCacheConfigurationError` naming the first
/// invalid one; the controller only runs with a validated configuration.
public struct ImageCacheConfiguration: Sendable, Hashable {
    /// The `caching.knative.dev/image.class` value handled; Images without the annotation are handled too.
    public var imageClass: String
    /// The image whose static `sleep` binary keeps prefetch containers running (see `SleeperImage`).
    public var sleeper: SleeperImage
    /// The most cached images (containers) one prefetch pod holds.
    public var groupSize: Int
    /// Labels a node must have to receive prefetch pods (merged with an Image's own selector annotation).
    public var nodeSelector: [String: String]
    /// Taints the prefetch pods tolerate.
    public var tolerations: TolerationPolicy
    /// The priority class of prefetch pods, if any.
    public var priorityClassName: String?
    /// Whether missing `imagePullSecrets` (and service accounts) are reported before any pod is made.
    public var checksPullSecrets: Bool
    /// The least time between two updates of one group's DaemonSet: images arriving meanwhile
    /// join together, so a burst of new Images restarts each group's pods once.
    public var groupUpdateInterval: Duration

    public init(
        imageClass: String = ImageCacheConfiguration.defaultClass, sleeper: SleeperImage = .busybox, groupSize: Int = 20,
        nodeSelector: [String: String] = [:], tolerations: TolerationPolicy = .all, priorityClassName: String? = nil,
        checksPullSecrets: Bool = true, groupUpdateInterval: Duration = .seconds(5)
    ) {
        self.imageClass = imageClass
        self.sleeper = sleeper
        self.groupSize = groupSize
        self.nodeSelector = nodeSelector
        self.tolerations = tolerations
        self.priorityClassName = priorityClassName
        self.checksPullSecrets = checksPullSecrets
        self.groupUpdateInterval = groupUpdateInterval
    }

    /// The class this controller answers to by default.
    public static let defaultClass = "thaw.dev"
    /// The upper bound of `groupSize`: a pod with more containers is impractical to roll.
    public static let maximumGroupSize = 100

    /// Returns `self` when every field is valid.
    /// - Throws: `ImageCacheConfigurationError` naming the field, the value and why it is invalid.
    public func validated() throws(ImageCacheConfigurationError) -> Self {
        guard !imageClass.isEmpty else { throw .init(field: "class", value: "\"\"", reason: "must not be empty") }
        guard (1...Self.maximumGroupSize).contains(groupSize) else {
            throw .init(field: "group-size", value: "\(groupSize)", reason: "must be between 1 and \(Self.maximumGroupSize)")
        }
        if let problem = ImageReferenceSyntax.problem(in: sleeper.image) {
            throw .init(field: "sleeper", value: sleeper.image, reason: problem)
        }
        guard sleeper.binaryPath.hasPrefix("/") else {
            throw .init(field: "sleeper-binary", value: sleeper.binaryPath, reason: "must be an absolute path")
        }
        for (key, value) in nodeSelector {
            if let problem = LabelSyntax.problem(key: key, value: value) {
                throw .init(field: "node-selector", value: "\(key)=\(value)", reason: problem)
            }
        }
        guard groupUpdateInterval >= .zero else {
            throw .init(field: "group-update-interval", value: "\(groupUpdateInterval)", reason: "must not be negative")
        }
        if let name = priorityClassName, !LabelSyntax.isDNSSubdomain(name) {
            throw .init(field: "priority-class", value: name, reason: "must be a DNS subdomain name")
        }
        return self
    }
}

/// An invalid image-cache setting.
public struct ImageCacheConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var value: String
    public var reason: String
    public var description: String { "invalid \(field) \(value): \(reason)" }
}

/// The "sleeper": a small image holding a statically linked binary that sleeps forever.
///
/// An init container of this image copies `binaryPath` into an `emptyDir`; every cached image then
/// runs that copy as its command (`sleep <seconds>`), so it needs no shell or libc of its own. The
/// image must therefore contain `cp` on its `PATH` and a static binary at `binaryPath` that sleeps
/// when invoked as `sleep N` (busybox's musl build does: its applets dispatch on the program name).
public struct SleeperImage: Sendable, Hashable {
    public var image: String
    public var binaryPath: String

    public init(image: String, binaryPath: String = "/bin/sleep") {
        self.image = image
        self.binaryPath = binaryPath
    }

    /// busybox's static musl build.
    public static let busybox = SleeperImage(image: "docker.io/library/busybox:1.36.1-musl")
}

/// Which node taints prefetch pods tolerate.
public enum TolerationPolicy: Sendable, Hashable {
    /// Every taint (one `operator: Exists` toleration): tainted nodes get images too.
    case all
    /// Only the tolerations the DaemonSet controller adds itself; tainted nodes are skipped.
    case none
    /// Exactly these tolerations.
    case some([TolerationRule])

    /// The pod-spec tolerations.
    public var tolerations: [Toleration] {
        switch self {
        case .all: [Toleration(json: ["operator": "Exists"])]
        case .none: []
        case .some(let rules): rules.map(\.toleration)
        }
    }
}

/// One toleration given on the command line as `key[=value][:Effect]`.
public struct TolerationRule: Sendable, Hashable {
    public var key: String
    public var value: String?
    public var effect: String?

    /// Parses `key[=value][:Effect]`.
    /// - Throws: `ImageCacheConfigurationError` when the key is not a label key or the effect is
    ///   not `NoSchedule`, `PreferNoSchedule` or `NoExecute`.
    public init(parsing text: String) throws(ImageCacheConfigurationError) {
        var rest = Substring(text)
        if let colon = rest.lastIndex(of: ":") {
            let effect = String(rest[rest.index(after: colon)...])
            guard ["NoSchedule", "PreferNoSchedule", "NoExecute"].contains(effect) else {
                throw .init(field: "tolerations", value: text, reason: "effect must be NoSchedule, PreferNoSchedule or NoExecute")
            }
            self.effect = effect
            rest = rest[..<colon]
        }
        if let equals = rest.firstIndex(of: "=") {
            value = String(rest[rest.index(after: equals)...])
            rest = rest[..<equals]
        }
        key = String(rest)
        if let problem = LabelSyntax.problem(key: key, value: value ?? "") {
            throw .init(field: "tolerations", value: text, reason: problem)
        }
    }

    var toleration: Toleration {
        var json: JSONValue = ["key": .string(key), "operator": value == nil ? "Exists" : "Equal"]
        if let value { json["value"] = .string(value) }
        if let effect { json["effect"] = .string(effect) }
        return Toleration(json: json)
    }
}

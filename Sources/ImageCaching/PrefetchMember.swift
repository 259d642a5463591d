import KubeAPI

/// One Image as a prefetch group holds it: its name and uid (for the owner reference), the
/// reference to pull and the container that runs it.
struct PrefetchMember: Sendable, Hashable {
    var name: String
    var uid: String
    var reference: String

    init(name: String, uid: String, reference: String) {
        self.name = name
        self.uid = uid
        self.reference = reference
    }

    /// The container name of the member `imageName`: the name itself when it is a DNS label,
    /// otherwise a shortened form with a hash of the full name (unique per Image name).
    static func containerName(for imageName: String) -> String {
        let label = imageName.replacingOccurrences(of: ".", with: "-")
        if label == imageName, label.count <= 63, label != PrefetchDaemonSet.sleeperContainerName { return label }
        var prefix = String(label.prefix(52))
        while prefix.hasSuffix("-") { prefix.removeLast() }
        return prefix + "-" + StableHash.hex(imageName)
    }

    var containerName: String { Self.containerName(for: name) }
}

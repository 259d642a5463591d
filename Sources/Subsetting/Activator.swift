/// One activator pod as the subsetting algorithms see it.
///
/// `id` names the activator in every output (the pod name); `ip` is what Knative hashes;
/// `node` and `zone` drive spread; only `ready` activators may ever be chosen.
public struct Activator: Sendable, Hashable {
    public var id: String
    public var ip: String
    public var node: String
    /// The topology zone, or nil when the node carries no zone label.
    public var zone: String?
    public var ready: Bool

    public init(id: String, ip: String, node: String, zone: String? = nil, ready: Bool = true) {
        self.id = id
        self.ip = ip
        self.node = node
        self.zone = zone
        self.ready = ready
    }
}

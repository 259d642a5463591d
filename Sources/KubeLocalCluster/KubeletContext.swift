import Foundation

/// What a pod's state machine may use and change while it advances: the node's image store and
/// puller, the registry, the node's profile and the kubelet's timings.
struct KubeletContext: Sendable {
    var profile: NodeProfile
    var timings: KubeletTimings
    var registry: ImageRegistry
    var store: NodeImageStore
    var puller: ImagePuller
}

import Foundation
import KubeAPI

/// What one kubelet sync asks its driver to write back to the API server.
public struct KubeletSyncResult: Sendable {
    /// A pod status that differs from the one the API server has.
    public struct StatusUpdate: Sendable, Hashable {
        public var namespace: String
        public var name: String
        public var uid: String?
        public var status: PodStatus
    }

    /// A pod whose containers have all stopped after deletion: delete it with grace period 0.
    public struct FinishedPod: Sendable, Hashable {
        public var namespace: String
        public var name: String
        public var uid: String?
    }

    public var statusUpdates: [StatusUpdate] = []
    public var podsToDelete: [FinishedPod] = []
    /// `Node.status.images` after this sync.
    public var nodeImages: [ContainerImage] = []
    /// Whether `nodeImages` differs from before the sync.
    public var imagesChanged = false
    /// Images removed by garbage collection during this sync (normalized names).
    public var collectedImages: [String] = []
    /// Events recorded since the last sync, oldest first.
    public var events: [KubeletEvent] = []
    /// When the next thing will change on this node: call `sync` again then (nil: nothing pending).
    public var nextWakeAt: Date?
}

import Foundation
import KubeAPI

/// The images present on one node: what the container runtime has pulled, with sizes and last-use
/// times, as the kubelet reports it in `Node.status.images` and collects it when the disk fills.
public struct NodeImageStore: Sendable, Hashable {
    /// One stored image.
    public struct Entry: Sendable, Hashable {
        public var image: RegistryImage
        /// When the image arrived on the node (the kubelet's "first detected").
        public var pulledAt: Date
        /// When a container last started from it.
        public var lastUsed: Date
    }

    /// Stored images by normalized name.
    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    public func contains(_ imageName: String) -> Bool { entries[ImageReference.normalized(imageName)] != nil }

    /// Bytes used by all images.
    public var usedBytes: Int64 { entries.values.reduce(0) { $0 + $1.image.sizeBytes } }

    /// Stores an image (or refreshes its last use if present).
    public mutating func add(_ image: RegistryImage, at time: Date) {
        let key = ImageReference.normalized(image.name)
        if entries[key] != nil {
            entries[key]?.lastUsed = time
        } else {
            entries[key] = Entry(image: image, pulledAt: time, lastUsed: time)
        }
    }

    /// Records that a container started from `imageName`.
    public mutating func touch(_ imageName: String, at time: Date) {
        entries[ImageReference.normalized(imageName)]?.lastUsed = time
    }

    /// `Node.status.images`: every image under its digest and tag names, largest first, at most 50
    /// (the kubelet's `nodeStatusMaxImages`), ties by name.
    public var nodeStatusImages: [ContainerImage] {
        entries.sorted { a, b in
            a.value.image.sizeBytes != b.value.image.sizeBytes ? a.value.image.sizeBytes > b.value.image.sizeBytes : a.key < b.key
        }.prefix(50).map { key, entry in
            var image = ContainerImage()
            image.names = [entry.image.digestName, key]
            image.sizeBytes = entry.image.sizeBytes
            return image
        }
    }

    /// Image garbage collection: when images use at least `highThresholdPercent` of `diskBytes`,
    /// removes images down to `lowThresholdPercent`, least recently used first, never one in
    /// `inUse` (normalized names) nor one that arrived less than `minimumAgeSeconds` ago.
    /// Returns the removed names, in removal order.
    @discardableResult
    public mutating func collectGarbage(
        diskBytes: Int64, highThresholdPercent: Int, lowThresholdPercent: Int, minimumAgeSeconds: Double,
        inUse: Set<String>, now: Date
    ) -> [String] {
        guard diskBytes > 0 else { return [] }
        let used = usedBytes
        guard Double(used) * 100 >= Double(highThresholdPercent) * Double(diskBytes) else { return [] }
        var toFree = used - Int64(Double(diskBytes) * Double(lowThresholdPercent) / 100)
        let candidates = entries.filter { key, entry in
            !inUse.contains(key) && now.timeIntervalSince(entry.pulledAt) >= minimumAgeSeconds
        }.sorted { a, b in
            a.value.lastUsed != b.value.lastUsed ? a.value.lastUsed < b.value.lastUsed : a.key < b.key
        }
        var removed: [String] = []
        for (key, entry) in candidates where toFree > 0 {
            entries[key] = nil
            toFree -= entry.image.sizeBytes
            removed.append(key)
        }
        return removed
    }
}

import Foundation

/// A node's image puller: one pull at a time (the kubelet's default `serializeImagePulls`), each
/// taking `latency + size / bandwidth`; a pull of an image already present (policy `Always`) or a
/// failing one costs only the latency. A second request for an image whose successful pull is
/// already queued joins it instead of pulling again.
struct ImagePuller: Sendable, Hashable {
    /// A queued or running pull.
    struct Pull: Sendable, Hashable {
        var image: RegistryImage?
        var imageName: String
        var finishesAt: Date
        var failure: ImagePullFailure?
        /// How long the transfer itself takes (excluding the wait for earlier pulls).
        var seconds: Double = 0
    }

    private(set) var pending: [Pull] = []
    private(set) var busyUntil: Date = .distantPast

    /// Queues a pull requested at `time`; returns when it finishes and how.
    mutating func request(
        _ imageName: String, at time: Date, resolved: Result<RegistryImage, ImagePullFailureError>,
        alreadyPresent: Bool, profile: NodeProfile
    ) -> Pull {
        let key = ImageReference.normalized(imageName)
        if case .success = resolved, let joined = pending.first(where: {
            $0.failure == nil && ImageReference.normalized($0.imageName) == key && $0.finishesAt >= time
        }) {
            return joined
        }
        let start = max(time, busyUntil)
        let pull: Pull
        switch resolved {
        case .success(let image):
            let duration = alreadyPresent ? profile.pullLatencySeconds : profile.pullDuration(sizeBytes: image.sizeBytes)
            pull = Pull(image: image, imageName: imageName, finishesAt: start.addingTimeInterval(duration), failure: nil, seconds: duration)
        case .failure(let error):
            pull = Pull(image: nil, imageName: imageName, finishesAt: start.addingTimeInterval(profile.pullLatencySeconds), failure: error.failure, seconds: profile.pullLatencySeconds)
        }
        busyUntil = pull.finishesAt
        pending.append(pull)
        return pull
    }

    /// The earliest unfinished pull's completion time.
    var nextCompletion: Date? { pending.map(\.finishesAt).min() }

    /// Removes and returns the pulls finished by `time`, in completion order.
    mutating func complete(upTo time: Date) -> [Pull] {
        let done = pending.filter { $0.finishesAt <= time }.sorted { $0.finishesAt < $1.finishesAt }
        pending.removeAll { $0.finishesAt <= time }
        return done
    }
}

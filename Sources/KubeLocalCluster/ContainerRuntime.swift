import Foundation
import KubeAPI

/// Where one container is in its life on the simulated node.
enum ContainerProgress: Sendable, Hashable {
    /// Not reached yet: a later init container, or an app container while the pod initializes.
    case notReached
    /// About to check for its image (at `since`).
    case needsImage(since: Date)
    /// Waiting for a pull that finishes at `until`; `failure` is how it ends, if badly.
    case pulling(until: Date, failure: ImagePullFailure?)
    /// The last pull failed; `ErrImagePull` is shown until `backOffAt`, then `ImagePullBackOff`
    /// (once `showingBackOff`) until the retry at `retryAt`.
    case pullFailed(message: String, backOffAt: Date, showingBackOff: Bool, retryAt: Date)
    /// Policy `Never` and the image is absent; rechecked whenever an image arrives.
    case neverPull(message: String)
    /// Being created and started; runs at `until`.
    case starting(until: Date)
    /// Running since `startedAt`; ready from `readyAt` (`nil` for init containers); exits at `exitAt`.
    case running(startedAt: Date, readyAt: Date?, ready: Bool, exitAt: Date?, exitCode: Int)
    /// Stopping after SIGTERM; exits at `until`.
    case stopping(startedAt: Date, until: Date, exitCode: Int)
    /// Waiting out the crash-loop back-off before restarting at `until`.
    case crashBackOff(until: Date, message: String)
    /// Exited for good (or never started when the pod was killed: `ContainerStatusUnknown`).
    case terminated(ContainerTermination)
}

/// How a container ended.
struct ContainerTermination: Sendable, Hashable {
    var exitCode: Int
    var reason: String
    var message: String?
    var startedAt: Date?
    var finishedAt: Date
    var containerID: String?
}

/// One container of a pod on the simulated node: its spec, progress, restarts and pull failures.
struct ContainerRuntime: Sendable, Hashable {
    var container: Container
    var isInit: Bool
    var progress: ContainerProgress = .notReached
    var restartCount = 0
    var pullFailures = 0
    var lastTermination: ContainerTermination?
    var containerID: String?
    /// The current pull: when it was asked for, how long the transfer itself takes, the image size.
    var pullRequestedAt: Date?
    var pullSeconds: Double = 0
    var pullSizeBytes: Int64 = 0

    var name: String { container.name ?? "" }
    var image: String { container.image ?? "" }

    /// An init container with `restartPolicy: Always`: a sidecar that keeps running.
    var isSidecar: Bool { isInit && container.restartPolicy == "Always" }

    /// The pull policy, defaulted as the API server does.
    var pullPolicy: ImagePullPolicy {
        container.imagePullPolicy ?? (ImageReference.defaultPullPolicyIsAlways(image) ? .always : .ifNotPresent)
    }

    /// Where the container sits in the pod spec, as events name it.
    var fieldPath: String { "spec.\(isInit ? "initContainers" : "containers"){\(name)}" }

    var isRunning: Bool {
        if case .running = progress { return true }
        if case .stopping = progress { return true }
        return false
    }

    var isReady: Bool {
        if case .running(_, _, let ready, _, _) = progress { return ready }
        return false
    }

    var isTerminated: Bool {
        if case .terminated = progress { return true }
        return false
    }

    /// A completed init container (or a started sidecar) lets the next one start.
    var hasCompletedInit: Bool {
        if isSidecar { return isRunning }
        if case .terminated(let t) = progress { return t.exitCode == 0 }
        return false
    }

    /// The time of this container's next scheduled transition, if any.
    var nextEventTime: Date? {
        switch progress {
        case .notReached, .neverPull, .terminated: nil
        case .needsImage(let since): since
        case .pulling(let until, _), .starting(let until), .stopping(_, let until, _), .crashBackOff(let until, _): until
        case .pullFailed(_, let backOffAt, let showingBackOff, let retryAt):
            showingBackOff ? retryAt : min(retryAt, backOffAt)
        case .running(_, let readyAt, let ready, let exitAt, _):
            [ready ? nil : readyAt, exitAt].compactMap { $0 }.min()
        }
    }
}

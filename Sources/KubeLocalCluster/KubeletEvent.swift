import Foundation

/// An event the kubelet records about a pod (what `kubectl describe pod` lists), with the real
/// kubelet's reasons and messages: `Pulling`, `Pulled`, `Failed`, `BackOff`, `ErrImageNeverPull`,
/// `Created`, `Started`, `Killing`. The driver turns each into a `core/v1 Event` whose
/// `involvedObject` is the pod and `fieldPath` the container.
public struct KubeletEvent: Sendable, Hashable {
    public var namespace: String
    public var podName: String
    public var podUID: String?
    /// `spec.containers{app}` or `spec.initContainers{init}`.
    public var fieldPath: String
    /// `Normal` or `Warning`.
    public var type: String
    public var reason: String
    public var message: String
    public var time: Date
}

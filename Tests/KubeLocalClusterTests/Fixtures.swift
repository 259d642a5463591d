import Foundation
import KubeAPI
@testable import KubeLocalCluster

/// A fixed simulated epoch: every test's time is an offset from it.
let t0 = Date(timeIntervalSince1970: 1_700_000_000)

func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

/// A pod with one container per image, optionally owned by a controller uid and bound to a node.
func makePod(
    _ name: String, namespace: String = "default", images: [String] = ["web:1"], initImages: [String] = [],
    cpu: String? = nil, memory: String? = nil, ownerUID: String? = nil, labels: [String: String] = [:],
    nodeName: String? = nil, pullPolicy: ImagePullPolicy? = nil
) -> Pod {
    var pod = Pod(name: name, namespace: namespace)
    pod.metadata.uid = "uid-\(name)"
    pod.metadata.labels = labels
    pod.metadata.creationTimestamp = t0
    if let ownerUID {
        var owner = OwnerReference()
        owner.apiVersion = "apps/v1"
        owner.kind = "ReplicaSet"
        owner.name = "owner"
        owner.uid = ownerUID
        owner.controller = true
        pod.metadata.ownerReferences = [owner]
    }
    func container(_ name: String, _ image: String) -> Container {
        var container = Container()
        container.name = name
        container.image = image
        container.imagePullPolicy = pullPolicy
        var requests: [String: Quantity] = [:]
        if let cpu { requests["cpu"] = try? Quantity(parsing: cpu) }
        if let memory { requests["memory"] = try? Quantity(parsing: memory) }
        container.resources.requests = requests
        return container
    }
    pod.spec.containers = images.enumerated().map { container(images.count == 1 ? "app" : "app-\($0.offset)", $0.element) }
    pod.spec.initContainers = initImages.enumerated().map { container("init-\($0.offset)", $0.element) }
    pod.spec.nodeName = nodeName
    return pod
}

func makeNodes(_ configuration: ClusterConfiguration = ClusterConfiguration()) -> [Node] {
    configuration.nodeProfiles().map { NodeObjects.node($0, now: t0) }
}

func taint(_ key: String, _ value: String? = nil, _ effect: TaintEffect = .noSchedule) -> Taint {
    var taint = Taint()
    taint.key = key
    taint.value = value
    taint.effect = effect
    return taint
}

extension Pod {
    /// The status of the single app container.
    var app: ContainerStatus? { status.containerStatuses.first }
    var waitingReason: String? { app?.state.waiting?.reason }
    func condition(_ type: String) -> Condition? { status.conditions.condition(ofType: type) }
}

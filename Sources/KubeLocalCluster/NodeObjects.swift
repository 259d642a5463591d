import Foundation
import KubeAPI

/// The API objects a simulated node publishes: its `Node` (labels, capacity, addresses, conditions,
/// images) and its heartbeat `Lease` in `kube-node-lease`, shaped as a real kubelet writes them.
public enum NodeObjects {
    /// The node's well-known labels, as the kubelet and cloud provider set them.
    public static func labels(of profile: NodeProfile) -> [String: String] {
        var labels = profile.labels
        labels["kubernetes.io/hostname"] = profile.name
        labels["kubernetes.io/os"] = "linux"
        labels["kubernetes.io/arch"] = "amd64"
        labels["beta.kubernetes.io/os"] = "linux"
        labels["beta.kubernetes.io/arch"] = "amd64"
        labels["topology.kubernetes.io/zone"] = profile.zone
        return labels
    }

    /// The `Node` a freshly registered node creates: metadata, spec (pod CIDR, the profile's taints)
    /// and a Ready status.
    public static func node(_ profile: NodeProfile, now: Date) -> Node {
        var node = Node(name: profile.name)
        node.metadata.labels = labels(of: profile)
        node.metadata.annotations = ["node.alpha.kubernetes.io/ttl": "0"]
        node.spec.podCIDR = profile.podCIDR
        node.spec.podCIDRs = [profile.podCIDR]
        node.spec.providerID = "thaw://\(profile.name)"
        node.spec.taints = profile.taints
        node.status = status(profile, ready: true, images: [], now: now, previous: nil)
        return node
    }

    /// The status the kubelet posts: capacity and allocatable, addresses, node info, `images`, and
    /// the four conditions. A node that is not `ready` has stopped posting: the node lifecycle
    /// controller turns every condition `Unknown` with reason `NodeStatusUnknown`.
    /// Condition transition times are kept from `previous` when the status does not change.
    public static func status(
        _ profile: NodeProfile, ready: Bool, images: [ContainerImage], now: Date, previous: NodeStatus?
    ) -> NodeStatus {
        var status = NodeStatus()
        let resources: [String: Quantity] = [
            "cpu": profile.cpu, "memory": profile.memory, "pods": Quantity(Int64(profile.maxPods)),
            "ephemeral-storage": Quantity(profile.imageDiskBytes),
        ]
        status.capacity = resources
        status.allocatable = resources
        var internalAddress = NodeAddress()
        internalAddress.type = "InternalIP"
        internalAddress.address = profile.internalIP
        var hostname = NodeAddress()
        hostname.type = "Hostname"
        hostname.address = profile.name
        status.addresses = [internalAddress, hostname]
        var info = NodeSystemInfo()
        info.machineID = SyntheticDigest.hex64(of: "machine/" + profile.name).prefix(32).description
        info.systemUUID = info.machineID
        info.bootID = SyntheticDigest.hex64(of: "boot/" + profile.name).prefix(32).description
        info.kernelVersion = "6.8.0-thaw"
        info.osImage = "Thaw simulated node"
        info.containerRuntimeVersion = "containerd://1.7.22"
        info.kubeletVersion = "v1.32.0"
        info.kubeProxyVersion = "v1.32.0"
        info.operatingSystem = "linux"
        info.architecture = "amd64"
        status.nodeInfo = info
        status.images = images
        var conditions = previous?.conditions ?? []
        let table: [(String, String, String, String)] = [
            ("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            ("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            ("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            ("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
        ]
        for (type, healthy, reason, message) in table {
            var condition = ready
                ? Condition(type: type, status: ConditionStatus(rawValue: healthy), reason: reason, message: message)
                : Condition(type: type, status: .unknown, reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.")
            let old = conditions.condition(ofType: type)
            condition.lastHeartbeatTime = ready ? now : (old?.lastHeartbeatTime ?? now)
            conditions.set(condition, now: now)
            if let index = conditions.firstIndex(where: { $0.type == type }) {
                conditions[index].lastHeartbeatTime = condition.lastHeartbeatTime
            }
        }
        status.conditions = conditions
        return status
    }

    /// The taints the node lifecycle controller puts on an unreachable node, so that new pods avoid
    /// it and pods without a matching toleration are evicted.
    public static func unreachableTaints(now: Date) -> [Taint] {
        [TaintEffect.noSchedule, .noExecute].map { effect in
            var taint = Taint()
            taint.key = "node.kubernetes.io/unreachable"
            taint.effect = effect
            if effect == .noExecute { taint.timeAdded = now }
            return taint
        }
    }

    /// `taints` with the unreachable taints added (`reachable == false`) or removed.
    public static func taints(_ taints: [Taint], reachable: Bool, now: Date) -> [Taint] {
        let kept = taints.filter { $0.key != "node.kubernetes.io/unreachable" }
        return reachable ? kept : kept + unreachableTaints(now: now)
    }

    /// The node's heartbeat lease, renewed at `now`, owned by `node` (when given) so that it goes
    /// with the node, as the kubelet's lease does.
    public static func lease(for profile: NodeProfile, node: Node? = nil, renewedAt now: Date) -> Lease {
        var lease = Lease(name: profile.name, namespace: "kube-node-lease")
        if let node, node.metadata.uid != nil { lease.metadata.ownerReferences = [OwnerReference(owner: node)] }
        lease.spec.holderIdentity = profile.name
        lease.spec.leaseDurationSeconds = 40
        lease.spec.renewTime = now
        return lease
    }
}

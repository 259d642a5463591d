/// The scheduling predicates every scheduler and DaemonSet controller applies, with the real
/// scheduler's semantics.
extension Toleration {
    /// Whether this toleration tolerates `taint`: an empty effect matches every effect, an empty key
    /// with `Exists` matches every key, `Equal` (or no operator) compares values.
    public func tolerates(_ taint: Taint) -> Bool {
        if let effect, !effect.rawValue.isEmpty, effect != taint.effect { return false }
        if let key, !key.isEmpty, key != taint.key { return false }
        switch self.operator ?? .equal {
        case .exists: return true
        case .equal: return (value ?? "") == (taint.value ?? "")
        default: return false
        }
    }
}

extension NodeSelectorRequirement {
    /// Applies the requirement to a label or field value (`nil` when absent).
    public func matches(_ value: String?) -> Bool {
        guard let op = self.operator else { return false }
        return op.evaluate(value, values)
    }
}

extension NodeSelectorTerm {
    /// Whether `node` satisfies every expression (on labels) and field (only `metadata.name` is a
    /// node field). A term with no requirements matches no node, as in Kubernetes.
    public func matches(_ node: Node) -> Bool {
        let expressions = matchExpressions
        let fields = matchFields
        guard !expressions.isEmpty || !fields.isEmpty else { return false }
        let labels = node.metadata.labels
        for requirement in expressions {
            guard let key = requirement.key, requirement.matches(labels[key]) else { return false }
        }
        for requirement in fields {
            guard requirement.key == "metadata.name", requirement.matches(node.metadata.name) else { return false }
        }
        return true
    }
}

extension NodeSelector {
    /// Whether any term matches `node`.
    public func matches(_ node: Node) -> Bool {
        nodeSelectorTerms.contains { $0.matches(node) }
    }
}

extension PodSpec {
    /// Whether `node` satisfies the pod's `nodeSelector` and its required node affinity.
    public func selectsNode(_ node: Node) -> Bool {
        let labels = node.metadata.labels
        for (key, value) in nodeSelector where labels[key] != value { return false }
        if let required = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution {
            return required.matches(node)
        }
        return true
    }

    /// Whether every `NoSchedule` and `NoExecute` taint of `node` is tolerated
    /// (`PreferNoSchedule` only lowers a node's score, it never excludes it).
    public func toleratesTaints(of node: Node) -> Bool {
        let tolerations = self.tolerations
        return node.spec.taints.allSatisfy { taint in
            taint.effect == .preferNoSchedule || tolerations.contains { $0.tolerates(taint) }
        }
    }

    /// The resources the scheduler reserves for the pod: the larger of the containers' sum and each
    /// init container's needs (sidecars — init containers with `restartPolicy: Always` — count with
    /// the containers and with the init containers after them), plus `overhead`.
    public var resourceRequests: [String: Quantity] {
        var requests: [String: Quantity] = [:]
        for container in containers { requests.add(container.resources.requests) }
        var sidecars: [String: Quantity] = [:]
        var initPeak: [String: Quantity] = [:]
        for container in initContainers {
            var needed = container.resources.requests
            if container.restartPolicy == "Always" {
                requests.add(needed)
                sidecars.add(needed)
                needed = sidecars
            } else {
                needed.add(sidecars)
            }
            initPeak.formMaximum(with: needed)
        }
        requests.formMaximum(with: initPeak)
        requests.add(overhead)
        return requests
    }
}

/// Replica lifecycle: launch (scheduling, image pull unless the node has the image, container
/// start, readiness), serving, and termination with draining; scaling to a target count.
extension ScalingModel {
    /// Replicas that are launching or ready (what the deployment's replica count covers).
    var activeReplicaCount: Int { launching + ready.count }

    mutating func addInitialReplicas(_ count: Int) {
        let since = -SimTime.seconds(spec.stableWindow).nanoseconds
        for index in 0..<count {
            var replica = Replica(createdAt: since)
            replica.node = index % nodeImageReadyAt.count
            nodeImageReadyAt[replica.node] = min(nodeImageReadyAt[replica.node], since)
            replica.readyAt = since
            replica.stage = .ready
            replicas.append(replica)
            ledger.move(.replica(replicas.count - 1), from: .replicaSource, to: .ready, at: queue.now, note: "initial")
            markReady(replicas.count - 1)
        }
        recorder.setExistingReplicas(count, at: 0)
    }

    /// The most replicas the model runs at once, whatever the policy asks (a memory bound).
    static let replicaLimit = 100_000

    /// Sets the number of launching + ready replicas to `target` (at most `replicaLimit`): creates
    /// replicas, or removes launching ones (newest first) and then ready ones (most recently ready first).
    mutating func scale(to requested: Int) {
        let target = min(max(0, requested), Self.replicaLimit)
        let current = activeReplicaCount
        guard target != current else { return }
        recorder.scaleEvents += 1
        if target > current {
            for _ in current..<target { createReplica() }
        } else {
            removeReplicas(current - target)
        }
        recorder.setExistingReplicas(launching + ready.count + terminating, at: now)
    }

    private mutating func createReplica() {
        replicas.append(Replica(createdAt: now))
        let id = replicas.count - 1
        launching += 1
        ledger.move(.replica(id), from: .replicaSource, to: .scheduling, at: queue.now)
        queue.schedule(.replicaStep(Int32(id)), after: .seconds(scenario.cluster.schedulingSeconds))
    }

    private mutating func removeReplicas(_ count: Int) {
        var left = count
        var index = replicas.count - 1
        while left > 0 && launching > 0 && index >= 0 {
            if replicas[index].stage.isLaunching {
                if replicas[index].stage == .pullingImage { pulling -= 1 }
                ledger.move(.replica(index), from: replicas[index].stage.stock, to: .terminated, at: queue.now, note: "removed while launching")
                replicas[index].stage = .terminated
                launching -= 1
                left -= 1
            }
            index -= 1
        }
        guard left > 0 else { return }
        let newestFirst = ready.ids.sorted { (replicas[Int($0)].readyAt, $0) > (replicas[Int($1)].readyAt, $1) }
        for id in newestFirst.prefix(left) { beginTermination(Int(id)) }
    }

    /// The replica's current launch stage has finished.
    mutating func advanceLaunch(_ id: Int) {
        let cluster = scenario.cluster
        switch replicas[id].stage {
        case .scheduling:
            let node = Int(placementRNG.next() % UInt64(nodeImageReadyAt.count))
            replicas[id].node = node
            if nodeImageReadyAt[node] <= now {
                moveReplica(id, to: .starting, note: "node#\(node) image cached")
                queue.schedule(.replicaStep(Int32(id)), after: .seconds(cluster.containerStartSeconds))
            } else {
                if nodeImageReadyAt[node] == Int64.max {
                    nodeImageReadyAt[node] = now + SimTime.seconds(cluster.imagePullSeconds).nanoseconds
                }
                pulling += 1
                moveReplica(id, to: .pullingImage, note: "node#\(node)")
                queue.schedule(.replicaStep(Int32(id)), after: SimTime(nanoseconds: nodeImageReadyAt[node] - now))
            }
        case .pullingImage:
            pulling -= 1
            moveReplica(id, to: .starting)
            queue.schedule(.replicaStep(Int32(id)), after: .seconds(cluster.containerStartSeconds))
        case .starting:
            moveReplica(id, to: .probing)
            queue.schedule(.replicaStep(Int32(id)), after: .seconds(cluster.readinessSeconds))
        case .probing:
            moveReplica(id, to: .ready)
            launching -= 1
            replicas[id].readyAt = now
            lastColdStartSeconds = Double(now - replicas[id].createdAt) / 1e9
            markReady(id)
            drainActivator(into: id)
        case .ready, .terminating, .terminated:
            return  // a step left over from a replica removed while launching
        }
    }

    private mutating func moveReplica(_ id: Int, to stage: ReplicaStage, note: @autoclosure () -> String = "") {
        ledger.move(.replica(id), from: replicas[id].stage.stock, to: stage.stock, at: queue.now, note: note())
        replicas[id].stage = stage
    }

    private mutating func markReady(_ id: Int) {
        replicas[id].stage = .ready
        replicas[id].readyIndex = ready.insert(Int32(id))
        updateAvailability(id)
    }

    private mutating func beginTermination(_ id: Int) {
        if let moved = ready.remove(at: replicas[id].readyIndex) { replicas[Int(moved)].readyIndex = replicas[id].readyIndex }
        replicas[id].readyIndex = -1
        moveReplica(id, to: .terminating)
        updateAvailability(id)
        terminating += 1
        if replicas[id].processing == 0 && replicas[id].queue.isEmpty { finishTermination(id) }
    }

    mutating func finishTermination(_ id: Int) {
        moveReplica(id, to: .terminated)
        terminating -= 1
        recorder.setExistingReplicas(launching + ready.count + terminating, at: now)
    }

    /// Keeps `available` = ready replicas with a free slot.
    mutating func updateAvailability(_ id: Int) {
        let shouldBeAvailable = replicas[id].stage == .ready && hasFreeSlot(id)
        let position = replicas[id].availableIndex
        if shouldBeAvailable && position < 0 {
            replicas[id].availableIndex = available.insert(Int32(id))
        } else if !shouldBeAvailable && position >= 0 {
            if let moved = available.remove(at: position) { replicas[Int(moved)].availableIndex = position }
            replicas[id].availableIndex = -1
        }
    }
}

/// Request flow: arrival, routing through the activator or straight to a replica, processing,
/// completion, timeout and failure.
extension ScalingModel {
    mutating func generateTraffic(slot: Int) {
        arrivalTimes.removeAll(keepingCapacity: true)
        arrivalGenerator.arrivals(inSlot: slot, rng: &trafficRNG, into: &arrivalTimes)
        for time in arrivalTimes {
            let at = max(queue.now, SimTime.seconds(time))
            let id = requests.append(arrival: at.nanoseconds)
            // Arrivals come in time order across slots, so they bypass the heap; `at >= now`.
            try? queue.scheduleInOrder(.arrival(id), at: at)
        }
        if slot + 1 < arrivalGenerator.slotCount {
            let next = SimTime.seconds(Double(slot + 1) * arrivalGenerator.slotSeconds)
            queue.schedule(.trafficSlot(Int32(slot + 1)), after: next - queue.now)
        }
    }

    mutating func arrive(_ id: Int32) {
        recorder.requests += 1
        arrivalsSinceTick += 1
        if firstWindowEnd == nil && scenario.cluster.initialReplicas == 0 { firstWindowEnd = now + fastestLaunch }
        if let end = firstWindowEnd, inFirstWindow(Int(id)) {
            recorder.firstWindowRequests += 1
            recorder.firstWindowWaits.append(Double(end - requests.arrival[Int(id)]) / 1e9)
        }
        inSystem.add(1, at: now)
        if activatorInPath || ready.isEmpty {
            enterActivator(id)
        } else {
            sendDirect(id)
        }
    }

    /// Serve mode: the Kubernetes service spreads requests over ready replicas (round robin);
    /// the replica's queue-proxy queues what exceeds containerConcurrency.
    private mutating func sendDirect(_ id: Int32) {
        let replica = Int(ready.nextRoundRobin())
        replicas[replica].arrivals += 1
        if hasFreeSlot(replica) {
            replicas[replica].present.add(1, at: now)
            ledger.move(.request(Int(id)), from: .trafficSource, to: .processing, at: queue.now, note: "replica#\(replica)")
            startProcessing(id, on: replica)
        } else if replicas[replica].queue.count < replicaQueueDepth {
            replicas[replica].present.add(1, at: now)
            replicas[replica].queue.append(id)
            requests.state[Int(id)] = .queuedAtReplica
            requests.replica[Int(id)] = Int32(replica)
            ledger.move(.request(Int(id)), from: .trafficSource, to: .replicaQueue, at: queue.now, note: "replica#\(replica)")
        } else {
            fail(id, from: .trafficSource, reason: .replicaQueueFull)
        }
    }

    /// Proxy mode (or no ready replica): the activator sends the request to a replica with a free
    /// slot, or holds it until one appears (poking the autoscaler when the revision has no pods).
    private mutating func enterActivator(_ id: Int32) {
        activatorArrivals += 1
        if !available.isEmpty {
            activatorPresent.add(1, at: now)
            let replica = Int(available.nextRoundRobin())
            ledger.move(.request(Int(id)), from: .trafficSource, to: .processing, at: queue.now, note: "via activator to replica#\(replica)")
            proxy(id, to: replica)
            return
        }
        guard waitingInActivator < activatorCount * scenario.cluster.activatorQueueDepth else {
            fail(id, from: .trafficSource, reason: .activatorFull)
            return
        }
        activatorPresent.add(1, at: now)
        activatorQueue.append(id)
        waitingInActivator += 1
        requests.state[Int(id)] = .waitingInActivator
        ledger.move(.request(Int(id)), from: .trafficSource, to: .activatorBuffer, at: queue.now)
        queue.schedule(.activatorTimeout(id), after: requestTimeout)
        if ready.isEmpty && launching == 0 && !pokePending {
            pokePending = true
            queue.schedule(.poke, after: .zero)
        }
    }

    /// The activator forwards request `id` to `replica`, which has a free slot.
    private mutating func proxy(_ id: Int32, to replica: Int) {
        requests.proxied[Int(id)] = true
        replicas[replica].arrivals += 1
        replicas[replica].proxiedArrivals += 1
        replicas[replica].present.add(1, at: now)
        replicas[replica].proxied.add(1, at: now)
        startProcessing(id, on: replica)
    }

    func hasFreeSlot(_ replica: Int) -> Bool {
        containerConcurrency == 0 || replicas[replica].processing < containerConcurrency
    }

    private mutating func startProcessing(_ id: Int32, on replica: Int) {
        let request = Int(id)
        requests.state[request] = .processing
        requests.replica[request] = Int32(replica)
        if replicas[replica].readyAt > requests.arrival[request] {
            recorder.coldStartDelayed += 1
            if !inFirstWindow(request) { recorder.coldStartDelayedAfterFirstWindow += 1 }
        }
        var serviceSeconds = scenario.workload.serviceTime.sample(&serviceRNG)
        let saturation = scenario.workload.saturationConcurrency
        if saturation > 0 {
            serviceSeconds *= max(1, Double(replicas[replica].processing + 1) / Double(saturation))
        }
        replicas[replica].processing += 1
        updateAvailability(replica)
        queue.schedule(.completion(id), after: .seconds(serviceSeconds))
    }

    mutating func complete(_ id: Int32) {
        let request = Int(id)
        let replica = Int(requests.replica[request])
        requests.state[request] = .completed
        recorder.complete(latency: Double(now - requests.arrival[request]) / 1e9, inFirstWindow: inFirstWindow(request))
        ledger.move(.request(request), from: .processing, to: .completed, at: queue.now)
        inSystem.add(-1, at: now)
        replicas[replica].present.add(-1, at: now)
        if requests.proxied[request] {
            replicas[replica].proxied.add(-1, at: now)
            activatorPresent.add(-1, at: now)
        }
        replicas[replica].processing -= 1
        if let next = replicas[replica].queue.popFirst() {
            ledger.move(.request(Int(next)), from: .replicaQueue, to: .processing, at: queue.now, note: "replica#\(replica)")
            startProcessing(next, on: replica)
        } else if replicas[replica].stage == .ready, let waiting = nextWaitingInActivator() {
            ledger.move(.request(Int(waiting)), from: .activatorBuffer, to: .processing, at: queue.now, note: "replica#\(replica)")
            proxy(waiting, to: replica)
        } else {
            updateAvailability(replica)
        }
        if replicas[replica].stage == .terminating && replicas[replica].processing == 0 && replicas[replica].queue.isEmpty {
            finishTermination(replica)
        }
    }

    /// Sends requests waiting in the activator to `replica` while it has free slots.
    mutating func drainActivator(into replica: Int) {
        while hasFreeSlot(replica), let waiting = nextWaitingInActivator() {
            ledger.move(.request(Int(waiting)), from: .activatorBuffer, to: .processing, at: queue.now, note: "replica#\(replica)")
            proxy(waiting, to: replica)
        }
    }

    /// Pops the oldest request still waiting in the activator (timed-out ones are skipped).
    private mutating func nextWaitingInActivator() -> Int32? {
        while let id = activatorQueue.popFirst() {
            if requests.state[Int(id)] == .waitingInActivator {
                waitingInActivator -= 1
                return id
            }
        }
        return nil
    }

    mutating func timeOut(_ id: Int32) {
        guard requests.state[Int(id)] == .waitingInActivator else { return }
        waitingInActivator -= 1
        activatorPresent.add(-1, at: now)
        fail(id, from: .activatorBuffer, reason: .timeout)
    }

    private mutating func fail(_ id: Int32, from stock: Stock, reason: FailureReason) {
        requests.state[Int(id)] = .failed
        recorder.fail(reason)
        inSystem.add(-1, at: now)
        ledger.move(.request(Int(id)), from: stock, to: .failed, at: queue.now, note: reason.rawValue)
    }
}

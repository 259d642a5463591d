import DequeModule
import RevisionScaling
import ThawDeterminism

/// The scaling model: traffic → activator → replicas, replica launches on nodes with an image
/// cache, the scraper and the real decider (`RevisionScaling`), all driven by one `EventQueue`.
///
/// Randomness comes from four generators derived from the scenario's seed — traffic, service
/// times, pod placement, scrape sampling — so two policies run on the same scenario see exactly the
/// same arrivals. The model never reads a clock.
struct ScalingModel {
    let scenario: Scenario
    let spec: AutoscalerSpec
    let duration: Int64
    let containerConcurrency: Int
    let replicaQueueDepth: Int
    let requestTimeout: SimTime

    var queue: EventQueue<ModelEvent>
    var ledger: StockLedger
    var recorder: RunRecorder

    // Traffic.
    var arrivalGenerator: ArrivalGenerator
    var arrivalTimes: [Double] = []
    var trafficRNG: SplitMix64
    var serviceRNG: SplitMix64
    var placementRNG: SplitMix64
    var samplingRNG: SplitMix64
    var requests = RequestTable()
    /// Requests in the system (activator, queues, processing), for the time series.
    var inSystem: TimeWeightedCount

    // Activator.
    var activatorQueue = Deque<Int32>()
    var waitingInActivator = 0
    /// Requests the activator holds or proxies (what it reports as concurrency).
    var activatorPresent: TimeWeightedCount
    var activatorArrivals = 0
    var activatorInPath: Bool
    var activatorCount = ActivatorCount.minimum
    var pokePending = false

    // Replicas and nodes.
    var replicas: [Replica] = []
    var ready = ReplicaSet()
    /// Ready replicas with a free processing slot (all ready replicas when CC is 0).
    var available = ReplicaSet()
    var launching = 0
    var pulling = 0
    var terminating = 0
    /// Per node: when its copy of the image is (or will be) complete; `Int64.max` = none.
    var nodeImageReadyAt: [Int64]

    // Autoscaler.
    var policy: any ScalingPolicy
    var collector: MetricCollector
    let scraper: PodScraper
    var lastDecision: Decision?
    var lastColdStartSeconds: Double?
    var arrivalsSinceTick = 0

    // The first cold-start window: for a revision starting at zero, requests arriving before the
    // first replica could possibly be ready (first arrival + fastest launch) wait whatever the policy.
    /// The fastest launch: scheduling, image pull unless some node holds the image, start, readiness.
    let fastestLaunch: Int64
    /// End of the first cold-start window; nil until the first arrival, and always for a revision
    /// that starts with ready replicas.
    var firstWindowEnd: Int64?

    init(scenario: Scenario, spec: AutoscalerSpec, recordTrace: Bool, recordSeries: Bool) {
        self.scenario = scenario
        self.spec = spec
        duration = SimTime.seconds(scenario.durationSeconds).nanoseconds
        containerConcurrency = scenario.workload.containerConcurrency
        replicaQueueDepth = 10 * scenario.workload.containerConcurrency
        requestTimeout = .seconds(scenario.workload.requestTimeoutSeconds)
        let drainLimit = max(scenario.workload.requestTimeoutSeconds, 60) + 600
        queue = EventQueue(haltTime: .seconds(scenario.durationSeconds + drainLimit))
        ledger = StockLedger(recordingTrace: recordTrace)
        recorder = RunRecorder(durationNanoseconds: duration, recordsSeries: recordSeries)
        arrivalGenerator = ArrivalGenerator(
            pattern: scenario.traffic, process: scenario.arrivals, duration: scenario.durationSeconds)
        var seeds = SplitMix64(seed: scenario.seed)
        trafficRNG = SplitMix64(seed: seeds.next())
        serviceRNG = SplitMix64(seed: seeds.next())
        placementRNG = SplitMix64(seed: seeds.next())
        samplingRNG = SplitMix64(seed: seeds.next())
        inSystem = TimeWeightedCount(at: 0)
        activatorPresent = TimeWeightedCount(at: 0)

        let nodes = max(1, scenario.cluster.nodes)
        let warmNodes = Int((Double(nodes) * scenario.cluster.warmNodeShare).rounded())
        nodeImageReadyAt = (0..<nodes).map { $0 < warmNodes ? Int64.min : Int64.max }

        let cluster = scenario.cluster
        fastestLaunch = SimTime.seconds(
            cluster.schedulingSeconds + (warmNodes > 0 ? 0 : cluster.imagePullSeconds) + cluster.containerStartSeconds
                + cluster.readinessSeconds).nanoseconds
        let initial = scenario.cluster.initialReplicas
        activatorInPath = initial == 0
        policy = makeScalingPolicy(scenario.policy, spec: spec, initialReadyPods: initial)
        collector = MetricCollector(spec: spec)
        scraper = PodScraper(stableWindow: spec.stableWindow)
        addInitialReplicas(initial)
        scheduleStart()
    }

    private mutating func scheduleStart() {
        if arrivalGenerator.slotCount > 0 { queue.schedule(.trafficSlot(0), after: .zero) }
        queue.schedule(.second(1), after: .seconds(1))
    }

    /// Runs until every request has finished after the traffic ended, or the drain limit.
    mutating func run() {
        while let (_, event) = queue.next() {
            switch event {
            case .trafficSlot(let slot): generateTraffic(slot: Int(slot))
            case .arrival(let id): arrive(id)
            case .completion(let id): complete(id)
            case .activatorTimeout(let id): timeOut(id)
            case .replicaStep(let id): advanceLaunch(Int(id))
            case .second(let second): scrapeAndTick(second: Int(second))
            case .poke: poke()
            }
        }
        failUnfinished()
        recorder.advanceIntegrals(to: duration)
    }

    var now: Int64 { queue.now.nanoseconds }

    /// Whether request `id` arrived in the first cold-start window.
    func inFirstWindow(_ id: Int) -> Bool {
        guard let end = firstWindowEnd else { return false }
        return requests.arrival[id] < end
    }

    private mutating func failUnfinished() {
        for id in 0..<requests.count {
            switch requests.state[id] {
            case .completed, .failed: continue
            case .scheduled, .waitingInActivator, .queuedAtReplica, .processing:
                requests.state[id] = .failed
                recorder.fail(.unfinished)
            }
        }
    }
}

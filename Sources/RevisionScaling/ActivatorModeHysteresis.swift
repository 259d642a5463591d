/// Thaw's choice between routing through the activator ("proxy") and straight to pods ("serve").
///
/// The KPA flips mode on the sign of EBC every tick, so one request can flip a small revision in
/// and out of the proxy path (knative/serving#11926). Thaw switches to proxy at once when the
/// shortfall exceeds one pod's capacity (a real burst) and otherwise only after EBC has been
/// negative for `confirmTicks` ticks; it returns to serve only after EBC has been non-negative for
/// `confirmTicks` ticks.
struct ActivatorModeHysteresis: Sendable {
    static let confirmTicks = 2
    private(set) var inPath: Bool
    private var streak = 0

    init(inPath: Bool) {
        self.inPath = inPath
    }

    mutating func update(excessBurstCapacity ebc: Int, podCapacity: Double, forceProxy: Bool) -> Bool {
        if forceProxy {
            inPath = true
            streak = 0
            return inPath
        }
        let wantsProxy = ebc < 0
        if wantsProxy == inPath {
            streak = 0
        } else if wantsProxy && Double(-ebc) > podCapacity {
            inPath = true
            streak = 0
        } else {
            streak += 1
            if streak >= Self.confirmTicks {
                inPath = wantsProxy
                streak = 0
            }
        }
        return inPath
    }
}

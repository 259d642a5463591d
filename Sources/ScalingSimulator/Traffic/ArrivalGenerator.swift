import ThawDeterminism

/// How arrivals are spread inside each slot of the traffic pattern.
public enum ArrivalProcess: String, Sendable, CaseIterable {
    /// Random arrivals: a Poisson count per second for rate patterns, uniformly random times.
    case poisson
    /// Deterministic arrivals evenly spaced at the pattern's rate (for closed-form checks).
    case even
}

/// Turns a traffic pattern into arrival times, one slot at a time (1 s slots, or the recorded slot
/// length of a per-minute trace), so a long run never holds all its arrivals at once.
///
/// Guarantees: arrivals of a slot are ascending and lie inside the slot and before `duration`; the
/// same pattern, process and generator state yield the same times.
struct ArrivalGenerator {
    let pattern: TrafficPattern
    let process: ArrivalProcess
    let duration: Double
    let slotSeconds: Double
    private var evenCarry = 0.0
    private var timestampCursor = 0
    private var spacing: [Double] = []

    init(pattern: TrafficPattern, process: ArrivalProcess, duration: Double) {
        self.pattern = pattern
        self.process = process
        self.duration = duration
        if case .trace(.slotCounts(_, let slot)) = pattern { slotSeconds = slot } else { slotSeconds = 1 }
    }

    /// Number of slots covering the run.
    var slotCount: Int { Int((duration / slotSeconds).rounded(.up)) }

    /// Appends the arrival times (seconds) of slot `index` to `times`.
    mutating func arrivals(inSlot index: Int, rng: inout SplitMix64, into times: inout [Double]) {
        let start = Double(index) * slotSeconds
        let end = min(start + slotSeconds, duration)
        guard end > start else { return }
        switch pattern {
        case .trace(.timestamps(let recorded)):
            while timestampCursor < recorded.count, recorded[timestampCursor] < start { timestampCursor += 1 }
            while timestampCursor < recorded.count, recorded[timestampCursor] < end {
                times.append(recorded[timestampCursor])
                timestampCursor += 1
            }
        case .trace(.slotCounts(let counts, _)):
            guard counts.indices.contains(index) else { return }
            // A partial last slot keeps its share of the recorded count.
            let share = (end - start) / slotSeconds
            let count = Int((Double(counts[index]) * share).rounded())
            place(count, from: start, to: end, rng: &rng, into: &times)
        default:
            let length = end - start
            var expected = 0.0
            for quarter in 0..<4 { expected += pattern.rate(at: start + length * (Double(quarter) + 0.5) / 4) }
            expected *= length / 4
            let count: Int
            switch process {
            case .poisson:
                count = RandomVariates.poisson(mean: expected, &rng)
            case .even:
                evenCarry += expected
                count = Int(evenCarry.rounded(.down))
                evenCarry -= Double(count)
            }
            place(count, from: start, to: end, rng: &rng, into: &times)
        }
    }

    /// `count` ascending times in `[start, end)`: evenly spaced, or uniformly random (sorted uniforms
    /// drawn in O(n) as normalised cumulative exponential spacings).
    private mutating func place(_ count: Int, from start: Double, to end: Double, rng: inout SplitMix64, into times: inout [Double]) {
        guard count > 0 else { return }
        let length = end - start
        switch process {
        case .even:
            for i in 0..<count { times.append(start + length * (Double(i) + 0.5) / Double(count)) }
        case .poisson:
            spacing.removeAll(keepingCapacity: true)
            var total = 0.0
            for _ in 0...count {
                total += RandomVariates.exponential(mean: 1, &rng)
                spacing.append(total)
            }
            for i in 0..<count { times.append(start + length * spacing[i] / total) }
        }
    }
}

/// A malformed row or header in a decider input CSV; `line` is 1-based, `column` and `value` name
/// the offending field as written.
public struct DeciderTraceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: String
    public var value: String
    public var reason: String

    public var description: String { "line \(line): \(column) = \"\(value)\": \(reason)" }
}

/// Replays a recorded tick sequence through a policy: the `thaw sim decide` core.
///
/// Input CSV: header `time_s,ready_pods,stable,panic`, one row per tick, time in whole seconds
/// (non-decreasing), ready pods a non-negative integer, stable and panic non-negative numbers; blank
/// lines are skipped. Output CSV: header `time_s,desired,ebc,panic,activators`, one row per input row,
/// `panic` as 0/1. The policy is created just before the first row with that row's ready pods.
public enum DeciderTrace {
    public static let inputHeader = ["time_s", "ready_pods", "stable", "panic"]
    public static let outputHeader = "time_s,desired,ebc,panic,activators"

    /// Parses the input CSV.
    /// - Throws: `DeciderTraceError` for a wrong header, a wrong field count or an invalid value.
    public static func parseInput(_ text: String) throws(DeciderTraceError) -> [DeciderInput] {
        var inputs: [DeciderInput] = []
        var sawHeader = false
        var previousTime = Int.min
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = offset + 1
            let trimmed = String(rawLine).trimmingWhitespace()
            if trimmed.isEmpty { continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            guard sawHeader else {
                guard fields == inputHeader else {
                    throw DeciderTraceError(
                        line: line, column: "header", value: trimmed, reason: "expected \(inputHeader.joined(separator: ","))")
                }
                sawHeader = true
                continue
            }
            guard fields.count == inputHeader.count else {
                throw DeciderTraceError(
                    line: line, column: "row", value: trimmed, reason: "expected \(inputHeader.count) fields, found \(fields.count)")
            }
            guard let time = Int32(fields[0]).map(Int.init) else {
                throw DeciderTraceError(
                    line: line, column: "time_s", value: fields[0], reason: "not a whole number of seconds (32-bit)")
            }
            guard time >= previousTime else {
                throw DeciderTraceError(line: line, column: "time_s", value: fields[0], reason: "time goes backwards")
            }
            previousTime = time
            guard let ready = Int32(fields[1]).map(Int.init), ready >= 0 else {
                throw DeciderTraceError(
                    line: line, column: "ready_pods", value: fields[1], reason: "not a non-negative 32-bit integer")
            }
            let stable = try metric(fields[2], column: "stable", line: line)
            let panic = try metric(fields[3], column: "panic", line: line)
            inputs.append(DeciderInput(time: Double(time), readyPods: ready, stableValue: stable, panicValue: panic))
        }
        guard sawHeader else {
            throw DeciderTraceError(line: 1, column: "header", value: "", reason: "empty input; expected \(inputHeader.joined(separator: ","))")
        }
        return inputs
    }

    private static func metric(_ text: String, column: String, line: Int) throws(DeciderTraceError) -> Double {
        guard let value = Double(text), value.isFinite, value >= 0 else {
            throw DeciderTraceError(line: line, column: column, value: text, reason: "not a non-negative number")
        }
        return value
    }

    /// Runs `policy` over `inputs`, creating it with the first row's ready pods.
    public static func run(_ policy: PolicyName, spec: AutoscalerSpec, inputs: [DeciderInput]) -> [Decision] {
        guard let first = inputs.first else { return [] }
        var decider = makeScalingPolicy(policy, spec: spec, initialReadyPods: first.readyPods)
        return inputs.map { decider.decide($0) }
    }

    /// Formats the output CSV (with a trailing newline).
    public static func formatOutput(inputs: [DeciderInput], decisions: [Decision]) -> String {
        var out = outputHeader + "\n"
        for (input, decision) in zip(inputs, decisions) {
            out += "\(Int(saturatingFloor: input.time)),\(decision.desiredScale),\(decision.excessBurstCapacity),"
            out += "\(decision.inPanic ? 1 : 0),\(decision.activatorCount)\n"
        }
        return out
    }
}

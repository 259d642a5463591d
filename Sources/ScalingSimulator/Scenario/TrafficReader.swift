/// Reads the `traffic` section of a scenario.
///
/// ```yaml
/// traffic: {pattern: uniform, rps: 20}
/// traffic: {pattern: step, base_rps: 10, step_rps: 100, at: 2m}
/// traffic: {pattern: steps, steps: [{at: 0s, rps: 0}, {at: 30s, rps: 50}, {at: 90s, rps: 0}]}
/// traffic: {pattern: ramp, start_rps: 0, delta_rps_per_s: 2, max_rps: 200, start_at: 0s, hold: 60s}
/// traffic: {pattern: sinusoid, mean_rps: 50, amplitude_rps: 40, period: 10m}
/// traffic: {pattern: trace, format: azure, file: invocations.csv, row: 0}   # or function: <HashFunction>
/// traffic: {pattern: trace, format: timestamps, file: arrivals.txt}
/// ```
/// Every section may add `arrivals: poisson | even` (default poisson). Trace files are resolved
/// relative to the scenario file's directory.
enum TrafficReader {
    static func read(
        _ r: TreeReader, scenarioFile: String, loadFile: ScenarioReader.FileLoader
    ) throws(ScenarioError) -> (TrafficPattern, ArrivalProcess) {
        var arrivals = ArrivalProcess.poisson
        if let text = try r.string("arrivals") {
            guard let process = ArrivalProcess(rawValue: text) else { throw r.error("arrivals", "expected poisson or even, got '\(text)'") }
            arrivals = process
        }
        let pattern = try r.string("pattern") ?? "uniform"
        switch pattern {
        case "uniform":
            try r.rejectUnknownKeys(["pattern", "arrivals", "rps"])
            return (.uniform(rps: try r.rate("rps") ?? 10), arrivals)
        case "step":
            try r.rejectUnknownKeys(["pattern", "arrivals", "base_rps", "step_rps", "at"])
            return (
                .step(
                    baseRPS: try r.rate("base_rps") ?? 0, stepRPS: try r.rate("step_rps") ?? 10,
                    at: try r.seconds("at") ?? 0), arrivals
            )
        case "steps":
            try r.rejectUnknownKeys(["pattern", "arrivals", "steps"])
            guard case .sequence(let items)? = r.tree("steps"), !items.isEmpty else {
                throw r.error("steps", "expected a non-empty list of {at, rps}")
            }
            var changes: [TrafficPattern.RateChange] = []
            for (index, item) in items.enumerated() {
                let step = try TreeReader(item, file: r.file, path: r.keyPath("steps[\(index)]"))
                try step.rejectUnknownKeys(["at", "rps"])
                guard let at = try step.seconds("at") else { throw step.error("at", "required") }
                guard let rps = try step.rate("rps") else { throw step.error("rps", "required") }
                if let previous = changes.last, at < previous.at { throw step.error("at", "steps must be in time order") }
                changes.append(.init(at: at, rps: rps))
            }
            return (.steps(changes), arrivals)
        case "ramp":
            try r.rejectUnknownKeys(["pattern", "arrivals", "start_rps", "delta_rps_per_s", "max_rps", "start_at", "hold"])
            return (
                .ramp(
                    startRPS: try r.rate("start_rps") ?? 0,
                    deltaRPSPerSecond: try r.double("delta_rps_per_s", { $0 > 0 }, "must be positive") ?? 1,
                    maxRPS: try r.rate("max_rps") ?? 100, startAt: try r.seconds("start_at") ?? 0,
                    holdSeconds: try r.seconds("hold") ?? 0), arrivals
            )
        case "sinusoid":
            try r.rejectUnknownKeys(["pattern", "arrivals", "mean_rps", "amplitude_rps", "period"])
            return (
                .sinusoid(
                    meanRPS: try r.rate("mean_rps") ?? 10, amplitudeRPS: try r.double("amplitude_rps", { abs($0) <= TreeReader.maxRPS }, "must be within ±1000000") ?? 5,
                    periodSeconds: try r.seconds("period", { $0 > 0 }, "must be positive") ?? 600), arrivals
            )
        case "trace":
            return (.trace(try readTrace(r, scenarioFile: scenarioFile, loadFile: loadFile)), arrivals)
        default:
            throw r.error("pattern", "expected uniform, step, steps, ramp, sinusoid or trace, got '\(pattern)'")
        }
    }

    private static func readTrace(
        _ r: TreeReader, scenarioFile: String, loadFile: ScenarioReader.FileLoader
    ) throws(ScenarioError) -> RecordedTraffic {
        try r.rejectUnknownKeys(["pattern", "arrivals", "format", "file", "row", "function"])
        guard let path = try r.string("file") else { throw r.error("file", "required for a trace") }
        let resolved = resolve(path, relativeTo: scenarioFile)
        let text: String
        do {
            text = try loadFile(resolved)
        } catch {
            throw r.error("file", "cannot read '\(resolved)': \(error)")
        }
        let format = try r.string("format") ?? "azure"
        do {
            switch format {
            case "azure":
                let selector: TraceFileParser.RowSelector
                if let function = try r.string("function") {
                    selector = .function(function)
                } else {
                    selector = .index(try r.int("row", { $0 >= 0 }, "must not be negative") ?? 0)
                }
                return try TraceFileParser.azurePerMinute(text, file: resolved, row: selector)
            case "timestamps":
                return try TraceFileParser.timestamps(text, file: resolved)
            default:
                throw r.error("format", "expected azure or timestamps, got '\(format)'")
            }
        } catch let error as TraceFileError {
            throw r.error("file", "\(error)")
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw r.error("file", "\(error)")
        }
    }

    /// `path` as given when absolute, else relative to the scenario file's directory.
    static func resolve(_ path: String, relativeTo scenarioFile: String) -> String {
        guard !path.hasPrefix("/"), let slash = scenarioFile.lastIndex(of: "/") else { return path }
        return String(scenarioFile[...slash]) + path
    }
}

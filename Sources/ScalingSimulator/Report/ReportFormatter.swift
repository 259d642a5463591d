/// Renders runs as the text `thaw sim` prints. Output depends only on the runs, so identical runs
/// give byte-identical text.
public enum ReportFormatter {
    /// JSON: one summary object for a single run; for `--compare` an object keyed by policy; for
    /// `--sweep` an array of summaries each with `sweep_key` and `sweep_value`.
    public static func json(_ runs: [LabeledRun], sweepKey: String?, comparing: Bool) -> String {
        if let sweepKey {
            let items = runs.map { run in
                JSONText.object(
                    [("sweep_key", JSONText.string(sweepKey)), ("sweep_value", JSONText.string(run.sweepValue ?? ""))]
                        + run.result.summary.fields.map { ($0.key, $0.value) })
            }
            return "[" + items.joined(separator: ",\n") + "]\n"
        }
        if comparing {
            return JSONText.object(runs.map { ($0.policy, $0.result.summary.json) }) + "\n"
        }
        return runs.map { $0.result.summary.json + "\n" }.joined()
    }

    /// The per-second CSV; with several runs, leading `sweep_value` and/or `policy` columns.
    public static func csv(_ runs: [LabeledRun], sweepKey: String?, comparing: Bool) -> String {
        var prefixHeader = ""
        if sweepKey != nil { prefixHeader += "sweep_value," }
        if comparing { prefixHeader += "policy," }
        var out = prefixHeader + TimeSeriesRow.csvHeader + "\n"
        for run in runs {
            var prefix = ""
            if sweepKey != nil { prefix += (run.sweepValue ?? "") + "," }
            if comparing { prefix += run.policy + "," }
            for row in run.result.timeSeries { out += prefix + row.csvLine + "\n" }
        }
        return out
    }

    /// The movement log; with several runs each starts with a `# policy=… sweep_value=…` line.
    public static func trace(_ runs: [LabeledRun], sweepKey: String?, comparing: Bool) -> String {
        var out = ""
        for run in runs {
            if sweepKey != nil || comparing {
                var header = "# policy=\(run.policy)"
                if let sweepKey { header += " \(sweepKey)=\(run.sweepValue ?? "")" }
                out += header + "\n"
            }
            for movement in run.result.trace { out += movement.traceLine + "\n" }
        }
        return out
    }

    static let tableMetrics: [(header: String, key: String)] = [
        ("requests", "requests"), ("failed", "failed"), ("cold_start_delayed", "cold_start_delayed"),
        ("cold_start_share", "cold_start_share"), ("p50_ms", "latency_p50_ms"), ("p95_ms", "latency_p95_ms"),
        ("p99_ms", "latency_p99_ms"), ("replica_s", "replica_seconds"), ("peak", "peak_replicas"),
        ("scale_events", "scale_events"), ("panics", "panic_episodes"), ("at_zero_s", "time_at_zero_s"),
    ]

    /// A plain-text table: one row per run (sweep value, policy) and one column per figure. For a
    /// comparison without a sweep, figures are rows and policies columns (side by side).
    public static func table(_ runs: [LabeledRun], sweepKey: String?, comparing: Bool) -> String {
        func value(_ run: LabeledRun, _ key: String) -> String {
            run.result.summary.fields.first { $0.key == key }?.value ?? ""
        }
        var rows: [[String]]
        if sweepKey == nil {
            rows = [["figure"] + runs.map(\.policy)]
            for metric in tableMetrics { rows.append([metric.key] + runs.map { value($0, metric.key) }) }
        } else {
            rows = [[sweepKey ?? "", "policy"] + tableMetrics.map(\.header)]
            for run in runs { rows.append([run.sweepValue ?? "", run.policy] + tableMetrics.map { value(run, $0.key) }) }
        }
        return align(rows)
    }

    private static func align(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == 0 ? cell + String(repeating: " ", count: widths[i] - cell.count)
                    : String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

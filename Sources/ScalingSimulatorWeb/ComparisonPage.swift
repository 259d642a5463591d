import RevisionScaling
import ScalingSimulator

/// The web view (`GET /`): a form for seed, duration and policies, the summary figures side by
/// side, and inline SVG charts over time — arrivals, replicas (ready and launching), the activator
/// queue and per-second p99 latency — one line per policy. Self-contained: no scripts, no external
/// resources.
enum ComparisonPage {
    static let colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]

    static func html(_ comparison: ComparisonRun, parameters: RunParameters, file: String) -> String {
        let scenario = comparison.scenario
        var out = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <title>thaw sim: \(HTML.escape(scenario.name))</title>
            <style>
            body{font:14px system-ui,sans-serif;margin:24px;color:#222}
            table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
            th:first-child,td:first-child{text-align:left}
            svg{display:block;margin:8px 0;background:#fafafa}svg text{font-size:11px;fill:#444}
            svg .title{font-size:12px;font-weight:600;fill:#222}svg .axis{stroke:#999;fill:none}
            form input{margin-right:12px}
            </style></head><body>
            <h1>thaw sim: \(HTML.escape(scenario.name))</h1>
            <p>Scenario <code>\(HTML.escape(file))</code>, seed \(scenario.seed), \(SVGLineChart.number(scenario.durationSeconds)) s simulated.
            Data as JSON: <a href="\(HTML.escape(dataLink(parameters)))">\(HTML.escape(dataLink(parameters)))</a></p>
            <form method="get" action="/">
            <label>seed <input name="seed" size="6" value="\(scenario.seed)"></label>
            <label>duration <input name="duration" size="6" value="\(HTML.escape(parameters.duration ?? ""))" placeholder="scenario"></label>
            <label>policies <input name="policies" size="16" value="\(HTML.escape(parameters.policies.map(\.rawValue).joined(separator: ",")))"></label>
            <button type="submit">run</button>
            </form>

            """
        out += summaryTable(comparison)
        out += charts(comparison).map(\.svg).joined(separator: "\n")
        out += "\n</body></html>\n"
        return out
    }

    static func dataLink(_ parameters: RunParameters) -> String {
        var query = ["policies=" + parameters.policies.map(\.rawValue).joined(separator: ",")]
        if let seed = parameters.seed { query.append("seed=\(seed)") }
        if let duration = parameters.duration { query.append("duration=" + percentEncoded(duration)) }
        return "/api/run?" + query.joined(separator: "&")
    }

    private static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static let figures: [(label: String, key: String)] = [
        ("requests", "requests"), ("failed", "failed"), ("cold-start delayed", "cold_start_delayed"),
        ("p50 ms", "latency_p50_ms"), ("p95 ms", "latency_p95_ms"), ("p99 ms", "latency_p99_ms"),
        ("replica-seconds", "replica_seconds"), ("peak replicas", "peak_replicas"),
        ("scale events", "scale_events"), ("panic episodes", "panic_episodes"), ("time at zero s", "time_at_zero_s"),
    ]

    private static func summaryTable(_ comparison: ComparisonRun) -> String {
        var out = "<table><tr><th>figure</th>"
        for run in comparison.runs { out += "<th>\(run.policy.rawValue)</th>" }
        out += "</tr>\n"
        for figure in figures {
            out += "<tr><td>\(figure.label)</td>"
            for run in comparison.runs {
                let value = run.result.summary.fields.first { $0.key == figure.key }?.value ?? ""
                out += "<td>\(HTML.escape(value))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</table>\n"
    }

    private static func charts(_ comparison: ComparisonRun) -> [SVGLineChart] {
        func lines(_ value: (TimeSeriesRow) -> Double?) -> [SVGLineChart.Line] {
            comparison.runs.enumerated().map { index, run in
                SVGLineChart.Line(
                    label: run.policy.rawValue, color: colors[index % colors.count],
                    values: run.result.timeSeries.map(value))
            }
        }
        let start = comparison.runs.first?.result.timeSeries.first?.second ?? 0
        let arrivals = comparison.runs.first.map { run in
            [SVGLineChart.Line(label: "arrivals", color: "#555", values: run.result.timeSeries.map { Double($0.arrivals) })]
        } ?? []
        var replicas: [SVGLineChart.Line] = []
        for (index, run) in comparison.runs.enumerated() {
            let color = colors[index % colors.count]
            replicas.append(SVGLineChart.Line(
                label: "\(run.policy.rawValue) ready", color: color, values: run.result.timeSeries.map { Double($0.ready) }))
            replicas.append(SVGLineChart.Line(
                label: "\(run.policy.rawValue) +launching", color: color,
                values: run.result.timeSeries.map { Double($0.ready + $0.launching) }, dashed: true))
        }
        return [
            SVGLineChart(title: "Requests arriving", unit: "per second", start: start, lines: arrivals),
            SVGLineChart(title: "Replicas", unit: "ready; dashed: + launching", start: start, lines: replicas),
            SVGLineChart(title: "Activator queue", unit: "requests waiting", start: start, lines: lines { Double($0.activatorQueue) }),
            SVGLineChart(title: "Latency p99 of requests completed each second", unit: "ms", start: start,
                         lines: lines { $0.latencyP99.map { $0 * 1000 } }),
        ]
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

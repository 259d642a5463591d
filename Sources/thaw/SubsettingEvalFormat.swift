import ArgumentParser
import Foundation
import KubeAPI
import Subsetting

/// How `thaw subsetting eval` prints its reports: an aligned text table, or one JSON object
/// `{"results": [...]}` (churn ratios that are infinite are written as null).
enum SubsettingEvalFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json

    func render(_ reports: [SubsettingReport]) -> String {
        switch self {
        case .table: return table(reports)
        case .json: return JSONValue.object(["results": .array(reports.map(json))]).jsonString
        }
    }

    private func table(_ reports: [SubsettingReport]) -> String {
        var rows = [[
            "algorithm", "M", "R", "N", "load max/mean", "load CV", "count max/mean (bound)",
            "nodes", "zones", "add", "remove", "replace", "node-failure", "ms",
        ]]
        for report in reports {
            let s = report.scenario
            var row = [report.algorithm, "\(s.activators)", "\(s.revisions)", "\(s.size)"]
            row.append(fixed(report.balance.loadMaxOverMean, 3))
            row.append(fixed(report.balance.loadCV, 3))
            row.append("\(fixed(report.balance.countMaxOverMean, 3)) (\(fixed(report.balance.countBound, 3)))")
            row.append(fixed(report.spread.nodes, 3))
            row.append(fixed(report.spread.zones, 3))
            for event in SubsettingEvent.allCases {
                row.append(report.event(event).map(churnCell) ?? "-")
            }
            row.append(fixed(report.seconds * 1000, 2))
            rows.append(row)
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
        let legend = "churn columns: memberships changed / the minimum any algorithm must change; count bound: best possible max/mean"
        return (lines + ["", legend]).joined(separator: "\n")
    }

    private func json(_ report: SubsettingReport) -> JSONValue {
        var events: [String: JSONValue] = [:]
        for outcome in report.events {
            let ratio = outcome.churn.ratio
            events[outcome.event.rawValue] = [
                "changed": .int(Int64(outcome.churn.changed)),
                "minimum": .double(outcome.churn.minimum),
                "ratio": ratio.isFinite ? .double(ratio) : .null,
                "fraction": .double(outcome.churn.fraction),
                "loadMaxOverMeanAfter": .double(outcome.balance.loadMaxOverMean),
                "countBoundAfter": .double(outcome.balance.countBound),
            ]
        }
        let s = report.scenario
        return [
            "algorithm": .string(report.algorithm),
            "activators": .int(Int64(s.activators)),
            "revisions": .int(Int64(s.revisions)),
            "size": .int(Int64(s.size)),
            "zones": .int(Int64(s.zones)),
            "loads": .string(s.loads.rawValue),
            "balance": [
                "loadMaxOverMean": .double(report.balance.loadMaxOverMean),
                "loadCV": .double(report.balance.loadCV),
                "countMaxOverMean": .double(report.balance.countMaxOverMean),
                "countCV": .double(report.balance.countCV),
                "countBound": .double(report.balance.countBound),
            ],
            "spread": ["nodes": .double(report.spread.nodes), "zones": .double(report.spread.zones)],
            "seconds": .double(report.seconds),
            "fastestSeconds": .double(report.fastestSeconds),
            "events": .object(events),
        ]
    }

    /// The churn ratio, "–" when nothing had to change and nothing did, or the count when the
    /// minimum was 0 but something changed.
    private func churnCell(_ outcome: SubsettingEventReport) -> String {
        guard outcome.churn.minimum > 0 else {
            return outcome.churn.changed == 0 ? "–" : "\(outcome.churn.changed) (min 0)"
        }
        return fixed(outcome.churn.ratio, 2) + "×"
    }

    /// `value` with `digits` decimals ("inf" when infinite).
    private func fixed(_ value: Double, _ digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "inf"
    }
}

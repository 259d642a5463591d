/// Parses traffic traces from text.
///
/// - Azure Functions 2019 layout (`invocations_per_function_md.anon.d01.csv`): a header
///   `HashOwner,HashApp,HashFunction,Trigger,1,2,…,1440` and one row per function with its invocation
///   count for each minute of the day. One row is replayed, chosen by index or by `HashFunction`.
/// - Timestamps: one arrival time in seconds per line (blank lines and `#` comments ignored); lines
///   need not be sorted.
public enum TraceFileParser {
    /// Largest per-minute count accepted (a minute's arrivals are held in memory at once).
    public static let maxCountPerMinute = 60_000_000

    /// Which row of an Azure per-minute file to replay.
    public enum RowSelector: Sendable, Equatable {
        /// 0-based index among the data rows.
        case index(Int)
        /// The row whose `HashFunction` column equals this value.
        case function(String)
    }

    /// Reads the per-minute counts of one function from Azure-layout CSV text.
    /// - Throws: `TraceFileError` for a missing header, an unknown row, or a count that is not a
    ///   non-negative integer.
    public static func azurePerMinute(_ text: String, file: String, row: RowSelector) throws(TraceFileError) -> RecordedTraffic {
        // `isNewline` also matches "\r\n", which Swift treats as one Character.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let header = lines.first, !header.isEmpty else {
            throw TraceFileError(file: file, line: 1, reason: "empty file: expected the header HashOwner,HashApp,HashFunction,Trigger,1,2,…")
        }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false)
        guard let firstMinute = columns.firstIndex(of: "1"), let functionColumn = columns.firstIndex(of: "HashFunction") else {
            throw TraceFileError(file: file, line: 1, reason: "header must contain HashFunction and minute columns 1,2,…")
        }
        var dataIndex = -1
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            dataIndex += 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let selected: Bool
            switch row {
            case .index(let wanted): selected = dataIndex == wanted
            case .function(let hash): selected = fields.indices.contains(functionColumn) && fields[functionColumn] == hash
            }
            guard selected else { continue }
            var counts: [Int] = []
            for (column, field) in fields.enumerated().dropFirst(firstMinute) {
                guard let count = Int(field), (0...maxCountPerMinute).contains(count) else {
                    throw TraceFileError(
                        file: file, line: offset + 1,
                        reason: "minute column \(column - firstMinute + 1): '\(field)' is not an integer in [0, \(maxCountPerMinute)]")
                }
                counts.append(count)
            }
            return .slotCounts(counts: counts, slotSeconds: 60)
        }
        switch row {
        case .index(let wanted):
            throw TraceFileError(file: file, line: lines.count, reason: "row \(wanted) not found: the file has \(dataIndex + 1) data rows")
        case .function(let hash):
            throw TraceFileError(file: file, line: lines.count, reason: "no row with HashFunction '\(hash)'")
        }
    }

    /// Reads one arrival time (seconds, ≥ 0) per line.
    /// - Throws: `TraceFileError` naming the first line that is not a non-negative number.
    public static func timestamps(_ text: String, file: String) throws(TraceFileError) -> RecordedTraffic {
        var times: [Double] = []
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmed(of: " \t")
            if trimmed.isEmpty { continue }
            guard let time = Double(trimmed), time >= 0, time.isFinite else {
                throw TraceFileError(file: file, line: offset + 1, reason: "'\(trimmed)' is not a non-negative number of seconds")
            }
            times.append(time)
        }
        times.sort()
        return .timestamps(times)
    }
}

extension Substring {
    fileprivate func trimmed(of set: String) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}

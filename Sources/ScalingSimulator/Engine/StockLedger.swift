/// Counts of entities per stock, plus (when enabled) the log of every movement.
///
/// Guarantees: `move` keeps the total over all stocks constant; a source stock's count goes
/// negative by the number of entities it has given (so `count(.trafficSource)` is −requests).
public struct StockLedger: Sendable {
    private var counts = [Int](repeating: 0, count: Stock.allCases.count)
    /// Every movement in order, when the ledger was created with `recordingTrace: true`.
    public private(set) var trace: [Movement] = []
    public let isRecordingTrace: Bool

    public init(recordingTrace: Bool) { isRecordingTrace = recordingTrace }

    /// Entities currently in `stock`.
    public func count(_ stock: Stock) -> Int { counts[stock.rawValue] }

    /// Moves one entity; `note` is only evaluated when the trace is being recorded.
    public mutating func move(
        _ entity: Movement.Entity, from: Stock, to: Stock, at time: SimTime, note: @autoclosure () -> String = ""
    ) {
        counts[from.rawValue] -= 1
        counts[to.rawValue] += 1
        if isRecordingTrace {
            trace.append(Movement(time: time, entity: entity, from: from, to: to, note: note()))
        }
    }
}

/// Per-request data, stored column-wise (millions of requests per run).
struct RequestTable {
    var arrival: [Int64] = []
    var state: [RequestState] = []
    var replica: [Int32] = []
    var proxied: [Bool] = []

    var count: Int { arrival.count }

    mutating func append(arrival time: Int64) -> Int32 {
        arrival.append(time)
        state.append(.scheduled)
        replica.append(-1)
        proxied.append(false)
        return Int32(arrival.count - 1)
    }
}

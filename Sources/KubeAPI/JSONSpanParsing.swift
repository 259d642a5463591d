import Dispatch

/// Parses many independent spans of one buffer (the items of a list) into values, in order,
/// splitting a large batch across threads.
enum JSONSpanParsing {
    /// Batches smaller than this are parsed on the calling thread: below it, waking a second
    /// thread costs more than it saves.
    static let parallelThreshold = 48

    /// The values of `spans`, in order, each parsed `depth` containers deep (see
    /// `JSONValue.parseEach`); nil when any span is not one valid value. Large batches are split
    /// into `workers` contiguous runs parsed at the same time; the call returns when all are done.
    static func parse(_ spans: ArraySlice<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>, nestedAt depth: Int,
                      workers: Int) -> [JSONValue]? {
        let workers = spans.count < parallelThreshold ? 1 : max(1, min(workers, spans.count / (parallelThreshold / 2)))
        guard workers > 1 else { return try? JSONValue.parseEach(spans, of: bytes, nestedAt: depth) }
        let runs = UnsafeMutableBufferPointer<[JSONValue]?>.allocate(capacity: workers)
        runs.initialize(repeating: nil)
        defer {
            runs.deinitialize()
            runs.deallocate()
        }
        let share = WorkerShare(bytes: bytes, runs: runs)
        let start = spans.startIndex
        let count = spans.count
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let lower = start + count * worker / workers
            let upper = start + count * (worker + 1) / workers
            share.runs[worker] = try? JSONValue.parseEach(spans[lower..<upper], of: share.bytes, nestedAt: depth)
        }
        var values: [JSONValue] = []
        values.reserveCapacity(count)
        for worker in 0..<workers {
            guard let run = runs[worker] else { return nil }
            values.append(contentsOf: run)
        }
        return values
    }
}

/// The memory the workers of one `JSONSpanParsing.parse` call share.
///
/// `@unchecked Sendable` is safe because: `bytes` is only read, and nothing writes it while the
/// call runs (the caller holds it borrowed for the call); worker `w` writes only `runs[w]`, a
/// slot no other worker touches; and `DispatchQueue.concurrentPerform` returns only after every
/// worker has finished, so the caller reads `runs` after all writes and frees it after that.
private struct WorkerShare: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let runs: UnsafeMutableBufferPointer<[JSONValue]?>
}

import ControllerRuntime

/// add → get → done cycles per second: one task doing all three in turn, and one producer feeding
/// 8 concurrent workers.
enum WorkQueueBenchmark {
    static func run(count: Int) async -> [String: Double] {
        ["ops_per_sec_single": await single(count: count), "ops_per_sec_8_workers": await workers(8, count: count), "count": Double(count)]
    }

    static func single(count: Int) async -> Double {
        let queue = WorkQueue<Int>()
        let start = ContinuousClock.now
        for i in 0..<count {
            queue.add(i)
            if let key = await queue.get() { queue.done(key) }
        }
        return Double(count) / (ContinuousClock.now - start).seconds
    }

    static func workers(_ n: Int, count: Int) async -> Double {
        let queue = WorkQueue<Int>()
        let start = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<n {
                group.addTask {
                    while let key = await queue.get() { queue.done(key) }
                }
            }
            group.addTask {
                for i in 0..<count {
                    queue.add(i)
                    if i % 256 == 0 { await Task.yield() }
                }
                await queue.shutDownWithDrain()
            }
        }
        return Double(count) / (ContinuousClock.now - start).seconds
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

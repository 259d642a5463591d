import ControllerRuntime
import Foundation

/// add → get → done cycles per second: one task doing all three in turn, and one producer feeding
/// 8 concurrent workers. Per second of wall time, and per second of this process's CPU time
/// (`cpu_*`: the figure that holds on a machine shared with other work).
enum WorkQueueBenchmark {
    static func run(count: Int) async -> [String: Double] {
        var figures: [String: Double] = ["count": Double(count)]
        var cpu = cpuSeconds()
        figures["ops_per_sec_single"] = await single(count: count)
        figures["cpu_ops_per_sec_single"] = Double(count) / (cpuSeconds() - cpu)
        cpu = cpuSeconds()
        figures["ops_per_sec_8_workers"] = await workers(8, count: count)
        figures["cpu_ops_per_sec_8_workers"] = Double(count) / (cpuSeconds() - cpu)
        return figures
    }

    /// User plus system CPU time of the whole process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
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

import Testing

@testable import ControllerRuntime

@Suite struct WorkQueueTests {
    @Test func deduplicatesAndHandsOutInOrder() async {
        let queue = WorkQueue<String>(clock: ManualControllerClock())
        queue.add("a")
        queue.add("b")
        queue.add("a")
        #expect(queue.count == 2)
        #expect(await queue.get() == "a")
        #expect(await queue.get() == "b")
        queue.done("a")
        queue.done("b")
        #expect(queue.count == 0)
    }

    @Test func aWaitingGetterReceivesTheNextAdd() async {
        let queue = WorkQueue<Int>(clock: ManualControllerClock())
        async let next = queue.get()
        await waitUntil { queue.waitingGetters == 1 }
        queue.add(7)
        #expect(await next == 7)
    }

    @Test func delayedAddFiresWhenTheClockReachesTheDeadline() async {
        let clock = ManualControllerClock()
        let queue = WorkQueue<String>(clock: clock)
        queue.add("x", after: .seconds(5))
        await waitUntil { clock.sleeperCount == 1 }
        clock.advance(by: .seconds(4))
        #expect(queue.count == 0)
        clock.advance(by: .seconds(1))
        await waitUntil { queue.count == 1 }
        #expect(await queue.get() == "x")
    }

    @Test func rateLimitedAddsBackOffPerKeyAndForgetResets() async {
        let clock = ManualControllerClock()
        let queue = WorkQueue<String>(clock: clock)
        queue.addRateLimited("k")  // 5 ms
        await waitUntil { clock.sleeperCount == 1 }
        #expect(clock.nextDeadline == .milliseconds(5))
        clock.advance(by: .milliseconds(5))
        #expect(await queue.get() == "k")
        queue.done("k")
        queue.addRateLimited("k")  // 10 ms
        await waitUntil { clock.sleeperCount == 1 }
        #expect(clock.nextDeadline == .milliseconds(15))
        #expect(queue.retries(of: "k") == 2)
        queue.forget("k")
        #expect(queue.retries(of: "k") == 0)
    }

    @Test func shutdownWakesIdleGettersAndDrainsInFlightWork() async {
        let queue = WorkQueue<String>(clock: ManualControllerClock())
        queue.add("a")
        queue.add("b")
        #expect(await queue.get() == "a")
        queue.shutDown()
        queue.add("c")  // ignored
        #expect(await queue.get() == "b")  // queued work is still handed out
        #expect(await queue.get() == nil)
        let drained = Task { await queue.shutDownWithDrain() }
        queue.done("a")
        queue.done("b")
        await drained.value
        #expect(queue.isShuttingDown)
    }
}

/// Yields until `condition` holds (state changed by another task); bounded, never sleeps.
func waitUntil(_ condition: () -> Bool) async {
    for _ in 0..<100_000 where !condition() { await Task.yield() }
}

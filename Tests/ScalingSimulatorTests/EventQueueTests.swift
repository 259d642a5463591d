import Testing
@testable import ScalingSimulator

@Suite struct EventQueueTests {
    @Test func deliversInTimeOrderAndBreaksTiesByScheduleOrder() throws {
        var queue = EventQueue<String>(haltTime: .seconds(100))
        try queue.schedule("late", at: .seconds(5))
        try queue.schedule("first-at-2", at: .seconds(2))
        try queue.schedule("second-at-2", at: .seconds(2))
        try queue.schedule("early", at: .seconds(1))
        try queue.schedule("third-at-2", at: .seconds(2))
        var order: [String] = []
        while let (_, event) = queue.next() { order.append(event) }
        #expect(order == ["early", "first-at-2", "second-at-2", "third-at-2", "late"])
        #expect(queue.now == .seconds(5))
        #expect(queue.delivered == 5)
    }

    @Test func schedulingInThePastIsAnError() throws {
        var queue = EventQueue<Int>(haltTime: .seconds(100))
        try queue.schedule(1, at: .seconds(10))
        _ = queue.next()
        #expect(throws: SchedulingError.inThePast(scheduled: .seconds(9), now: .seconds(10))) {
            try queue.schedule(2, at: .seconds(9))
        }
        // The current instant is not the past.
        try queue.schedule(3, at: .seconds(10))
        #expect(queue.next()?.event == 3)
    }

    @Test func eventsAfterTheHaltTimeAreNeverDelivered() throws {
        var queue = EventQueue<Int>(haltTime: .seconds(10))
        try queue.schedule(1, at: .seconds(10))
        try queue.schedule(2, at: .seconds(10.000_000_001))
        #expect(queue.droppedAfterHalt == 1)
        #expect(queue.next()?.event == 1)
        #expect(queue.next() == nil)
    }

    @Test func haltStopsDeliveryAtOnce() throws {
        var queue = EventQueue<Int>(haltTime: .seconds(10))
        try queue.schedule(1, at: .seconds(1))
        try queue.schedule(2, at: .seconds(2))
        _ = queue.next()
        queue.halt()
        #expect(queue.isHalted)
        #expect(queue.next() == nil)
        #expect(queue.pendingCount == 1)
    }

    @Test func simTimePrintsSecondsWithNanosecondPrecision() {
        #expect(SimTime.seconds(12.00025).description == "12.000250000")
        #expect(SimTime(nanoseconds: 5).description == "0.000000005")
        #expect(SimTime.seconds(1e300).nanoseconds == 9_200_000_000_000_000_000)
        #expect(SimTime.seconds(.nan) == .zero)
    }
}

import Testing
@testable import ScalingSimulator
import ThawDeterminism

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

    @Test func inOrderSchedulingDeliversExactlyAsTheHeapWould() throws {
        var rng = SplitMix64(seed: 11)
        var mixed = EventQueue<Int>(haltTime: .seconds(1000))
        var heapOnly = EventQueue<Int>(haltTime: .seconds(1000))
        var streamTime: Int64 = 0
        for id in 0..<2000 {
            if rng.next() % 3 == 0 {
                // A mostly ascending stream with occasional ties and a rare step back.
                streamTime += Int64(rng.next() % 4) * 1_000_000 - (rng.next() % 50 == 0 ? 3_000_000 : 0)
                let time = SimTime(nanoseconds: max(0, streamTime))
                try mixed.scheduleInOrder(id, at: time)
                try heapOnly.schedule(id, at: time)
            } else {
                let time = SimTime(nanoseconds: Int64(rng.next() % 2_000) * 1_000_000)
                try mixed.schedule(id, at: time)
                try heapOnly.schedule(id, at: time)
            }
        }
        var a: [Int] = []
        var b: [Int] = []
        while let (_, event) = mixed.next() { a.append(event) }
        while let (_, event) = heapOnly.next() { b.append(event) }
        #expect(a == b)
        #expect(a.count == 2000)
    }

    @Test func simTimePrintsSecondsWithNanosecondPrecision() {
        #expect(SimTime.seconds(12.00025).description == "12.000250000")
        #expect(SimTime(nanoseconds: 5).description == "0.000000005")
        #expect(SimTime.seconds(1e300).nanoseconds == 9_200_000_000_000_000_000)
        #expect(SimTime.seconds(.nan) == .zero)
    }
}

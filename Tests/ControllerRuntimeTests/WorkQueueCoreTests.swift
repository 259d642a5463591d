import Testing

@testable import ControllerRuntime

@Suite struct WorkQueueCoreTests {
    @Test func aQueuedKeyWaitsOnce() {
        var core = WorkQueueCore<String>()
        do { let value = core.add("a", now: .zero); #expect(value) }
        do { let value = !core.add("a", now: .zero); #expect(value) }
        do { let value = core.add("b", now: .zero); #expect(value) }
        #expect(core.depth == 2)
        do { let value = core.pop(now: .zero)?.key == "a"; #expect(value) }
        do { let value = core.pop(now: .zero)?.key == "b"; #expect(value) }
        do { let value = core.pop(now: .zero) == nil; #expect(value) }
    }

    @Test func aKeyAddedWhileProcessingRunsAgainAfterButNotConcurrently() {
        var core = WorkQueueCore<String>()
        core.add("a", now: .zero)
        do { let value = core.pop(now: .zero)?.key == "a"; #expect(value) }
        do { let value = !core.add("a", now: .seconds(1)); #expect(value) }  // deferred, not queued
        do { let value = core.pop(now: .seconds(1)) == nil; #expect(value) }  // never handed out twice
        let result = core.done("a", now: .seconds(3))
        #expect(result.worked == .seconds(3))
        #expect(result.requeued)
        do { let value = core.pop(now: .seconds(4))?.key == "a"; #expect(value) }
        do { let value = !core.done("a", now: .seconds(4)).requeued; #expect(value) }
        #expect(core.depth == 0)
    }

    @Test func reportsHowLongAKeyWaited() {
        var core = WorkQueueCore<String>()
        core.add("a", now: .seconds(2))
        do { let value = core.pop(now: .seconds(5))?.waited == .seconds(3); #expect(value) }
    }

    @Test func delayedAddsBecomeReadyAtTheirDeadlineAndKeepTheEarliest() {
        var core = WorkQueueCore<String>()
        core.add("a", after: .seconds(10), now: .zero)
        core.add("a", after: .seconds(20), now: .zero)  // later: ignored
        core.add("b", after: .seconds(5), now: .zero)
        core.add("a", after: .seconds(2), now: .seconds(1))  // earlier: wins (deadline 3)
        #expect(core.nextDeadline == .seconds(3))
        do { let value = core.promoteDue(now: .milliseconds(2999)) == 0; #expect(value) }
        do { let value = core.promoteDue(now: .seconds(3)) == 1; #expect(value) }
        do { let value = core.pop(now: .seconds(3))?.key == "a"; #expect(value) }
        #expect(core.nextDeadline == .seconds(5))
        do { let value = core.promoteDue(now: .seconds(100)) == 1; #expect(value) }  // the superseded 10 s and 20 s entries of "a" add nothing
        do { let value = core.pop(now: .seconds(100))?.key == "b"; #expect(value) }
        do { let value = core.pop(now: .seconds(100)) == nil; #expect(value) }
        #expect(core.nextDeadline == nil)
    }

    @Test func shutdownIgnoresAddsAndDropsDelayedButDrainsQueued() {
        var core = WorkQueueCore<String>()
        core.add("a", now: .zero)
        core.add("b", after: .seconds(1), now: .zero)
        core.shutDown()
        do { let value = !core.add("c", now: .zero); #expect(value) }
        do { let value = core.promoteDue(now: .seconds(5)) == 0; #expect(value) }
        do { let value = core.pop(now: .zero)?.key == "a"; #expect(value) }
        do { let value = core.pop(now: .zero) == nil; #expect(value) }
    }

    @Test func unfinishedWorkSumsProcessingTimes() {
        var core = WorkQueueCore<String>()
        core.add("a", now: .zero)
        core.add("b", now: .zero)
        _ = core.pop(now: .zero)
        _ = core.pop(now: .seconds(2))
        let work = core.unfinishedWork(now: .seconds(5))
        #expect(work.total == .seconds(8))
        #expect(work.longest == .seconds(5))
    }
}

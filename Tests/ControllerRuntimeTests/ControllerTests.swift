import Synchronization
import Testing

@testable import ControllerRuntime

/// Records reconcile calls and answers with a scripted outcome per call.
final class ScriptedReconciler: Reconciler {
    enum Step: Sendable { case result(ReconcileResult), fail, terminal, block }
    private let state = Mutex<(calls: [ObjectKey], script: [Step], active: Int, maxActive: Int, gates: [CheckedContinuation<Void, Never>])>(([], [], 0, 0, []))

    init(_ script: [Step] = []) { state.withLock { $0.script = script } }

    var calls: [ObjectKey] { state.withLock { $0.calls } }
    var maxActive: Int { state.withLock { $0.maxActive } }
    var blocked: Int { state.withLock { $0.gates.count } }

    func releaseAll() {
        let gates = state.withLock { state in
            defer { state.gates = [] }
            return state.gates
        }
        for gate in gates { gate.resume() }
    }

    func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        let step = state.withLock { state -> Step in
            state.calls.append(request)
            state.active += 1
            state.maxActive = max(state.maxActive, state.active)
            return state.script.isEmpty ? .result(.done) : state.script.removeFirst()
        }
        defer { state.withLock { $0.active -= 1 } }
        switch step {
        case .result(let result): return result
        case .fail: throw TestFailure()
        case .terminal: throw TerminalError(TestFailure())
        case .block:
            await withCheckedContinuation { continuation in state.withLock { $0.gates.append(continuation) } }
            return .done
        }
    }
}

struct TestFailure: Error {}

@Suite struct ControllerTests {
    /// The controller's metrics loop always holds one clock sleeper.
    let metricsSleeper = 1

    func start(_ reconciler: some Reconciler, clock: ManualControllerClock, options: ControllerOptions = .init()) throws -> (Controller, Task<Void, Never>) {
        let controller = try Controller(name: "test", reconciler: reconciler, options: options, clock: clock)
        return (controller, Task { await controller.run() })
    }

    @Test func anErrorRetriesWithPerKeyBackoffAndSuccessForgets() async throws {
        let clock = ManualControllerClock()
        let reconciler = ScriptedReconciler([.fail, .fail, .result(.done)])
        let (controller, running) = try start(reconciler, clock: clock)
        let key = ObjectKey(namespace: "ns", name: "a")
        controller.enqueue(key)
        await waitUntil { clock.sleeperCount == metricsSleeper + 1 }
        #expect(reconciler.calls.count == 1)
        #expect(clock.nextDeadline == .milliseconds(5))
        clock.advance(by: .milliseconds(5))
        await waitUntil { reconciler.calls.count == 2 && clock.sleeperCount == metricsSleeper + 1 }
        #expect(clock.nextDeadline == .milliseconds(15))  // 5 ms, then 10 ms
        clock.advance(by: .milliseconds(10))
        await waitUntil { reconciler.calls.count == 3 }
        await waitUntil { controller.queue.retries(of: key) == 0 }
        #expect(controller.queue.retries(of: key) == 0)
        controller.shutDown()
        await running.value
    }

    @Test func aTerminalErrorIsNotRetried() async throws {
        let clock = ManualControllerClock()
        let reconciler = ScriptedReconciler([.terminal])
        let (controller, running) = try start(reconciler, clock: clock)
        controller.enqueue(ObjectKey(name: "a"))
        await waitUntil { reconciler.calls.count == 1 && controller.activeWorkers == 0 }
        clock.advance(by: .seconds(3600))
        for _ in 0..<1000 { await Task.yield() }
        #expect(reconciler.calls.count == 1)
        #expect(controller.queue.retries(of: ObjectKey(name: "a")) == 0)
        controller.shutDown()
        await running.value
    }

    @Test func requeueAfterRunsAgainAfterTheDelay() async throws {
        let clock = ManualControllerClock()
        let reconciler = ScriptedReconciler([.result(.requeue(after: .seconds(30)))])
        let (controller, running) = try start(reconciler, clock: clock)
        controller.enqueue(ObjectKey(name: "a"))
        await waitUntil { clock.sleeperCount == metricsSleeper + 1 }
        #expect(clock.nextDeadline == .seconds(1))  // the metrics loop
        clock.advance(by: .seconds(29))
        for _ in 0..<1000 { await Task.yield() }
        #expect(reconciler.calls.count == 1)
        clock.advance(by: .seconds(1))
        await waitUntil { reconciler.calls.count == 2 }
        #expect(reconciler.calls.count == 2)
        controller.shutDown()
        await running.value
    }

    @Test func workersNeverShareAKeyAndAnAddDuringProcessingRunsOnceAfter() async throws {
        let clock = ManualControllerClock()
        let reconciler = ScriptedReconciler([.block, .block, .result(.done)])
        let (controller, running) = try start(reconciler, clock: clock, options: ControllerOptions(workers: 4))
        let a = ObjectKey(name: "a")
        controller.enqueue(a)
        controller.enqueue(ObjectKey(name: "b"))
        await waitUntil { reconciler.blocked == 2 }
        #expect(reconciler.maxActive == 2)  // two keys run in parallel
        controller.enqueue(a)
        controller.enqueue(a)
        for _ in 0..<1000 { await Task.yield() }
        #expect(reconciler.calls.count == 2)  // "a" not started a second time while running
        reconciler.releaseAll()
        await waitUntil { reconciler.calls.count == 3 }
        for _ in 0..<1000 { await Task.yield() }
        #expect(reconciler.calls.map(\.name).sorted() == ["a", "a", "b"])
        controller.shutDown()
        await running.value
    }

    @Test func aReconcileOverTheTimeoutIsCancelledAndRetried() async throws {
        let clock = ManualControllerClock()
        let calls = Mutex(0)
        let reconciler = ReconcileFunction { _ in
            let call = calls.withLock { count -> Int in
                count += 1
                return count
            }
            if call == 1 { try await clock.sleep(for: .seconds(100)) }
            return .done
        }
        let (controller, running) = try start(reconciler, clock: clock, options: ControllerOptions(reconcileTimeout: .seconds(10)))
        controller.enqueue(ObjectKey(name: "slow"))
        await waitUntil { clock.sleeperCount == metricsSleeper + 2 }  // the reconcile and its timeout
        clock.advance(by: .seconds(10))
        await waitUntil { controller.queue.retries(of: ObjectKey(name: "slow")) == 1 }
        await waitUntil { clock.sleeperCount == metricsSleeper + 1 }
        clock.advance(by: .milliseconds(5))
        await waitUntil { calls.withLock { $0 } == 2 }
        #expect(calls.withLock { $0 } == 2)
        controller.shutDown()
        await running.value
    }

    @Test func invalidOptionsAreRejectedByName() {
        #expect(throws: ConfigurationError.self) {
            try Controller(name: "x", reconciler: ScriptedReconciler(), options: ControllerOptions(workers: 0))
        }
    }
}

import Dispatch
import Foundation
import Synchronization

/// The dedicated thread that commits a durable store's writes: it takes every pending write in one
/// transaction (group commit: the writes that arrived while the previous transaction ran), then
/// publishes them to watchers and wakes their writers. Writers never wait on each other's SQL.
final class Committer: Sendable {
    private let wakeup = DispatchSemaphore(value: 0)
    private let stopped = Atomic<Bool>(false)

    /// Starts the thread. It holds the store weakly and ends with `stop()`.
    func start(_ store: ObjectStore) {
        let thread = Thread { [weak store, self] in
            while true {
                self.wakeup.wait()
                if self.stopped.load(ordering: .acquiring) { return }
                guard let store else { return }
                store.commitPendingWrites()
            }
        }
        thread.name = "KubeLocalStore committer"
        thread.start()
    }

    /// Asks the thread to look at the pending writes.
    func signal() { wakeup.signal() }

    func stop() {
        stopped.store(true, ordering: .releasing)
        wakeup.signal()
    }
}

import Dispatch
import Synchronization

/// A writer waiting for its database commit: a blocked thread or a suspended task. Resumed with
/// `nil` once committed, or with the error that made the commit fail.
enum CommitWaiter: Sendable {
    case blocked(BlockedCommitWaiter)
    case suspended(CheckedContinuation<StoreError?, Never>)

    func resume(_ result: StoreError?) {
        switch self {
        case .blocked(let waiter): waiter.resume(result)
        case .suspended(let continuation): continuation.resume(returning: result)
        }
    }
}

/// A thread blocked on a semaphore until its write is committed.
final class BlockedCommitWaiter: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let result = Mutex<StoreError?>(nil)

    func resume(_ error: StoreError?) {
        result.withLock { $0 = error }
        semaphore.signal()
    }

    /// Blocks until `resume`; returns its error.
    func wait() -> StoreError? {
        semaphore.wait()
        return result.withLock { $0 }
    }
}

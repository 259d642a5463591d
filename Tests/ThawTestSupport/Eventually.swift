/// Polls `condition` every 20 ms until it holds or `seconds` pass; returns its last value. For
/// integration tests against a running server only: they wait on behaviour and never assert a
/// duration; unit tests never wait on time.
@discardableResult
public func eventually(_ seconds: Double = 30, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}

import AsyncHTTPClient
import KubeAPI
import NIOCore

/// A watch stream as an `AsyncSequence` of typed events. The request is sent when iteration
/// starts; each iteration opens its own stream.
///
/// Guarantees: events arrive in server order whatever the network chunking; the connection is
/// read only as fast as events are consumed (backpressure; at most one network chunk of decoded
/// events is held); an `ERROR` event ends the sequence by throwing its `KubeAPIError`; the
/// sequence ends normally when the server closes the stream (after `timeoutSeconds`, say), and
/// the caller resumes with the last `resourceVersion` it saw. Cancelling the consuming task or
/// dropping the iterator closes the connection.
public struct WatchSequence<Object: JSONBacked>: AsyncSequence, Sendable {
    public typealias Element = KubeWatchEvent<Object>

    let open: @Sendable () async throws -> HTTPClientResponse
    let maximumEventBytes: Int

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(open: open, framer: LineFramer(maximumLineLength: maximumEventBytes))
    }

    /// Reads the stream chunk by chunk and hands out decoded events one at a time.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let open: @Sendable () async throws -> HTTPClientResponse
        var framer: LineFramer
        var body: HTTPClientResponse.Body.AsyncIterator?
        var decoded: [Result<KubeWatchEvent<Object>, KubeAPIError>] = []
        var nextIndex = 0
        var ended = false

        init(open: @escaping @Sendable () async throws -> HTTPClientResponse, framer: LineFramer) {
            self.open = open
            self.framer = framer
        }

        public mutating func next() async throws -> KubeWatchEvent<Object>? {
            while true {
                if nextIndex < decoded.count {
                    let result = decoded[nextIndex]
                    nextIndex += 1
                    switch result {
                    case .success(let event):
                        return event
                    case .failure(let error):
                        finish()
                        throw error
                    }
                }
                decoded.removeAll(keepingCapacity: true)
                nextIndex = 0
                if ended { return nil }
                if body == nil { body = try await open().body.makeAsyncIterator() }
                var events: [Result<KubeWatchEvent<Object>, KubeAPIError>] = []
                swap(&events, &decoded)
                do {
                    if let chunk = try await body?.next() {
                        try chunk.withUnsafeReadableBytes { raw in
                            try framer.push(raw.assumingMemoryBound(to: UInt8.self)) { line in
                                events.append(try KubeWatchEvent<Object>.decode(line: line))
                            }
                        }
                    } else {
                        ended = true
                        try framer.finish { line in events.append(try KubeWatchEvent<Object>.decode(line: line)) }
                    }
                } catch {
                    finish()
                    throw error
                }
                swap(&events, &decoded)
            }
        }

        /// Drops the body iterator, which closes the connection.
        private mutating func finish() {
            ended = true
            body = nil
            decoded.removeAll()
            nextIndex = 0
        }
    }
}

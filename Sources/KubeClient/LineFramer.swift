import Foundation

/// Splits a byte stream into newline-terminated lines however the stream is cut into chunks: a
/// line may span any number of chunks and a chunk may hold any number of lines. Lines that lie
/// wholly inside a chunk are handed out without copying; only a line cut by a chunk boundary is
/// assembled in a buffer, so memory is bounded by the longest line (`maximumLineLength`).
/// Empty lines and `\r` before `\n` are dropped.
public struct LineFramer: Sendable {
    public let maximumLineLength: Int
    private var partial: [UInt8] = []

    public init(maximumLineLength: Int = 256 << 20) {
        self.maximumLineLength = maximumLineLength
    }

    /// Feeds one chunk and calls `emit` for each line it completes, in order.
    /// - Throws: `KubeClientError.eventTooLarge` when a line exceeds the maximum, or what `emit` throws.
    public mutating func push(_ chunk: UnsafeBufferPointer<UInt8>, emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var start = 0
        let count = chunk.count
        while start < count {
            guard let newline = Self.firstNewline(in: chunk, from: start) else {
                let remaining = count - start
                guard partial.count + remaining <= maximumLineLength else {
                    throw KubeClientError(.eventTooLarge, "watch event exceeds \(maximumLineLength) bytes")
                }
                partial.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<count]))
                return
            }
            if partial.isEmpty {
                try emitTrimmed(UnsafeBufferPointer(rebasing: chunk[start..<newline]), emit)
            } else {
                partial.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<newline]))
                let line = partial
                partial.removeAll(keepingCapacity: partial.capacity <= 1 << 20)
                try line.withUnsafeBufferPointer { try emitTrimmed($0, emit) }
            }
            start = newline + 1
        }
    }

    /// Feeds an array chunk (for tests and callers without raw buffers).
    public mutating func push(_ chunk: [UInt8], emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try chunk.withUnsafeBufferPointer { try push($0, emit: emit) }
    }

    /// Ends the stream: a last line without a trailing newline is emitted.
    public mutating func finish(emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard !partial.isEmpty else { return }
        let line = partial
        partial = []
        try line.withUnsafeBufferPointer { try emitTrimmed($0, emit) }
    }

    private func emitTrimmed(_ line: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var end = line.count
        if end > 0 && line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var begin = 0
        while begin < end && (line[begin] == 0x20 || line[begin] == 0x09) { begin += 1 }
        guard begin < end else { return }
        try emit(UnsafeBufferPointer(rebasing: line[begin..<end]))
    }

    private static func firstNewline(in chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = chunk.baseAddress, start < chunk.count,
              let found = memchr(base + start, 0x0A, chunk.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}

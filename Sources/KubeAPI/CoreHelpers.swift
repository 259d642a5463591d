import Foundation

extension Pod {
    /// Whether the `Ready` condition is `True`.
    public var isReady: Bool { status.conditions.isTrue("Ready") }

    /// Whether the pod has finished for good (`Succeeded` or `Failed`).
    public var isTerminal: Bool { status.phase == .succeeded || status.phase == .failed }
}

extension Node {
    /// Whether the `Ready` condition is `True`.
    public var isReady: Bool { status.conditions.isTrue("Ready") }

    /// The first `InternalIP` address, if any.
    public var internalIP: String? { status.addresses.first { $0.type == "InternalIP" }?.address }
}

extension Secret {
    /// The base64-decoded value of `data[key]`; `nil` when absent or not valid base64.
    public func decodedData(_ key: String) -> [UInt8]? {
        data[key].flatMap { Data(base64Encoded: $0) }.map { Array($0) }
    }

    /// Stores `bytes` base64-encoded under `data[key]`.
    public mutating func setData(_ key: String, bytes: [UInt8]) {
        data[key] = Data(bytes).base64EncodedString()
    }
}

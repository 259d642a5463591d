import Foundation
import KubeAPI

/// The opaque `continue` value of a paginated list: the resource version the list is read at and
/// the last key returned, as base64url-encoded JSON.
struct ContinueToken: Equatable, Sendable {
    var resourceVersion: Int64
    var after: ObjectKey

    var encoded: String {
        let value: JSONValue = ["v": 1, "rv": .int(resourceVersion), "ns": .string(after.namespace), "name": .string(after.name)]
        return Data(value.jsonBytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// - Throws: `StoreError.invalid` when `token` was not made by `encoded`.
    init(decoding token: String) throws(StoreError) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let value = try? JSONValue.parse([UInt8](data)),
            value["v"]?.intValue == 1, let rv = value["rv"]?.intValue, rv >= 0,
            let namespace = value["ns"]?.stringValue, let name = value["name"]?.stringValue
        else {
            throw StoreError(.invalid, "continue key is not valid: \(token)")
        }
        self.init(resourceVersion: rv, after: ObjectKey(namespace: namespace, name: name))
    }

    init(resourceVersion: Int64, after: ObjectKey) {
        self.resourceVersion = resourceVersion
        self.after = after
    }
}

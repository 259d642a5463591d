/// A failure on the client's side of a request: the server could not be reached, the response
/// could not be decoded, or the request could not be built. Messages never contain credentials.
public struct KubeClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// The connection failed or broke (refused, reset, TLS handshake failure, timeout).
        case transport
        /// The response body was not what the API promises (not JSON, wrong shape).
        case decoding
        /// The request could not be built (bad URL, missing namespace).
        case invalidRequest
        /// A watch line exceeded the maximum event size.
        case eventTooLarge
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "KubeClientError(\(kind.rawValue)): \(message)" }
}

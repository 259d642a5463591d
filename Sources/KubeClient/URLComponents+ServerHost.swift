import Foundation

extension URLComponents {
    /// The host as it goes on the wire, without IPv6 brackets: an ASCII name or an IP address.
    ///
    /// Reads the encoded host, which for the ASCII hosts of API servers and proxies is the host
    /// itself. Only a host with non-ASCII or percent-encoded characters goes through `host`, whose
    /// IDNA processing (to punycode) loads ICU's normalizer and its data: about 1.5 MB of resident
    /// pages that every client process would otherwise carry.
    var serverHost: String? {
        guard let encoded = encodedHost else { return nil }
        let host = encoded.contains("%") ? (self.host ?? encoded) : encoded
        if host.hasPrefix("["), host.hasSuffix("]") { return String(host.dropFirst().dropLast()) }
        return host
    }
}

import Foundation
import Testing

@testable import KubeClient

/// The server URL's host as the transport connects to it.
@Suite struct ServerHostTests {
    @Test(arguments: [
        ("http://127.0.0.1:8080/", "127.0.0.1"),
        ("https://kube.example.com", "kube.example.com"),
        ("https://[::1]:6443", "::1"),
        ("https://[fd00::1]", "fd00::1"),
        ("https://bücher.example:443", "xn--bcher-kva.example"),  // IDNA (Foundation links ICU)
        ("http://a%2Eb.example", "a.b.example"),
    ])
    func serverHost(url: String, host: String) {
        #expect(URLComponents(string: url)?.serverHost == host)
    }

    @Test func noHost() {
        #expect(URLComponents(string: "/just/a/path")?.serverHost == nil)
    }

    @Test func ipv6ServerGetsOneBracketPair() async throws {
        let transport = try HTTPTransport(configuration: KubeClientConfiguration(server: "http://[::1]:6443/prefix/"))
        #expect(transport.baseURL == "http://[::1]:6443/prefix")
        #expect(transport.host == "[::1]:6443")
        try await transport.shutdown()
    }
}

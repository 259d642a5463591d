import Logging
import Metrics

/// Everything a `KubeClient` needs to reach one API server: where it is, how to trust it, who to
/// be, and how to behave (timeouts, retries, rate limits, metrics, logging).
///
/// Build one by hand, from a kubeconfig (`KubeClientConfiguration(kubeconfig:context:)`), from the
/// environment (`KubeClientConfiguration.load()`) or from a pod's service account
/// (`KubeClientConfiguration.inCluster()`). Its description never contains a secret.
public struct KubeClientConfiguration: Sendable, CustomStringConvertible {
    /// The server's base URL: `https://host:port`, optionally with a path prefix.
    public var server: String
    /// How to authenticate with a header (tokens, basic auth, exec plugins).
    public var authentication: KubeAuthentication
    /// How to verify the server and which client certificate (if any) to present.
    public var tls: KubeTLSSettings
    /// The proxy to connect through; nil connects directly.
    public var proxy: KubeProxy?
    /// The namespace of the selected context (`default` when none is set).
    public var namespace: String
    /// The deadline of each attempt of a non-watch request (watches have none).
    public var requestTimeout: Duration
    /// The time allowed to establish a connection.
    public var connectTimeout: Duration
    /// The `User-Agent` header.
    public var userAgent: String
    /// Retries of idempotent requests on 429/503/504 and connection failures.
    public var retry: RetryPolicy
    /// Client-side rate limiting; nil (the default) sends requests as fast as they come.
    public var rateLimit: RateLimit?
    /// The factory request metrics go to; nil uses the global `MetricsSystem`.
    public var metricsFactory: (any MetricsFactory)?
    public var logger: Logger

    public init(
        server: String,
        authentication: KubeAuthentication = .none,
        tls: KubeTLSSettings = KubeTLSSettings(),
        namespace: String = "default"
    ) {
        self.server = server
        self.authentication = authentication
        self.tls = tls
        self.proxy = nil
        self.namespace = namespace
        self.requestTimeout = .seconds(60)
        self.connectTimeout = .seconds(10)
        self.userAgent = "thaw-kubeclient/0.1"
        self.retry = RetryPolicy()
        self.rateLimit = nil
        self.metricsFactory = nil
        self.logger = Logger(label: "thaw.kubeclient")
    }

    public var description: String {
        "KubeClientConfiguration(server: \(server), auth: \(authentication), tls: \(tls), \(proxy.map { "proxy: \($0), " } ?? "")namespace: \(namespace))"
    }
}

/// Client-side rate limiting as a token bucket: `qps` requests per second on average, bursts of
/// up to `burst` requests.
public struct RateLimit: Sendable, Hashable {
    public var qps: Double
    public var burst: Int
    public init(qps: Double, burst: Int) {
        self.qps = qps
        self.burst = max(1, burst)
    }
}

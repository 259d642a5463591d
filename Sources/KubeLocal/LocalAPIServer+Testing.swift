import Logging

extension LocalAPIServerConfiguration {
    /// A configuration for tests: a free port, memory only, a fixed seed, short bookmark interval,
    /// quiet logging. `historyLimit` lets a test provoke 410 Gone with few writes.
    public static func forTesting(historyLimit: Int = 100_000, bookmarkInterval: Duration = .milliseconds(100)) -> LocalAPIServerConfiguration {
        var c = LocalAPIServerConfiguration()
        c.port = 0
        c.seed = 42
        c.historyLimit = historyLimit
        c.bookmarkInterval = bookmarkInterval
        var logger = Logger(label: "thaw.apiserver.test")
        logger.logLevel = .warning
        c.logger = logger
        return c
    }
}

extension LocalAPIServer {
    /// Starts a server (by default on a free port, in memory), runs `body` with it and its base URL
    /// (`http://127.0.0.1:PORT`), and stops it afterwards, also when `body` throws. The harness
    /// every HTTP-level test suite (kubectl, Python, Swift client) uses.
    public static func withRunning<T: Sendable>(
        configuration: LocalAPIServerConfiguration = .forTesting(),
        _ body: (LocalAPIServer, String) async throws -> T
    ) async throws -> T {
        let server = try LocalAPIServer(configuration: configuration)
        let port = try await server.start()
        do {
            let result = try await body(server, "http://\(configuration.host):\(port)")
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}

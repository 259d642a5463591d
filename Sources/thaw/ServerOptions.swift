import ArgumentParser
import Foundation
import KubeClient
import KubeLocal
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The local API server's flags, shared by `thaw apiserver` and `thaw dev`: where it listens and
/// keeps its data, how much history it keeps, its log level, who may use it, and where the
/// kubeconfig for kubectl goes.
///
/// Guarantees: after parsing, `port`, `history` and `logLevel` are valid and the `--token-file`
/// (if any) was readable and well-formed; errors name the flag (and the token file, with its
/// line). Tokens are never logged or printed; the kubeconfig that carries one is written with
/// mode 0600.
struct ServerOptions: ParsableArguments {
    @Option(help: "TCP port to listen on (0 picks a free port).")
    var port: Int = 6443

    @Option(name: .customLong("kubeconfig-out"), help: "Write a kubeconfig pointing at this server to FILE (thaw dev: thaw.kubeconfig when absent).")
    var kubeconfigOut: String?

    @Option(name: .customLong("data-dir"), help: "Keep state durably in DIR (SQLite); in memory when absent.")
    var dataDir: String?

    @Option(help: "How many recent changes to keep for watches from a resource version.")
    var history: Int = 100_000

    @Flag(name: .customLong("retain-parsed-objects"), help: "Keep each object parsed next to its JSON: faster updates, about three times the memory.")
    var retainParsedObjects = false

    @Option(name: .customLong("token-file"), help: ArgumentHelp(
        "Require a bearer token listed in FILE (kube-apiserver's format: token,user,uid[,\"groups\"] per line); every listed user may do everything.",
        discussion: "The kubeconfig written by --kubeconfig-out carries the first token."))
    var tokenFile: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port)") }
        guard history > 0 else { throw ValidationError("--history must be positive, got \(history)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level: unknown level \"\(logLevel)\"") }
        _ = try tokens()
    }

    /// The parsed `--token-file`, nil without one.
    /// - Throws: `ValidationError` naming the flag, the file and the problem.
    func tokens() throws -> TokenFile? {
        guard let tokenFile else { return nil }
        do {
            return try TokenFile(contentsOf: tokenFile)
        } catch {
            throw ValidationError("--token-file: \(error)")
        }
    }

    /// A logger labelled `label` at `--log-level`.
    func logger(label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        return logger
    }

    /// The server's configuration from these flags, admitting the tokens of `tokens` when given.
    func configuration(tokens: TokenFile?, logger: Logger) -> LocalAPIServerConfiguration {
        var configuration = LocalAPIServerConfiguration()
        configuration.port = port
        configuration.dataDirectory = dataDir
        configuration.historyLimit = history
        configuration.retainParsedObjects = retainParsedObjects
        configuration.access = tokens?.accessPolicy
        configuration.logger = logger
        return configuration
    }

    /// The absolute path of `--kubeconfig-out`, nil without one.
    var kubeconfigPath: String? { kubeconfigOut.map(Self.absolute) }

    /// `path` made absolute against the current directory.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Writes to `path` the kubeconfig for the server at `serverURL`, carrying the first token of
    /// `tokens` if any; logs the failure (the server keeps running) when it cannot.
    static func writeKubeconfig(serverURL: String, tokens: TokenFile?, to path: String, logger: Logger) {
        do {
            try write(KubeLocal.Kubeconfig.yaml(serverURL: serverURL, token: tokens?.entries.first?.token), to: path)
            logger.info("wrote kubeconfig \(path)")
        } catch {
            logger.error("cannot write kubeconfig \(path): \(error)")
        }
    }

    /// How an in-process client reaches the server at `serverURL`: with the first token of
    /// `tokens` when the server requires one.
    static func clientConfiguration(serverURL: String, tokens: TokenFile?) -> KubeClientConfiguration {
        KubeClientConfiguration(server: serverURL, authentication: tokens?.entries.first.map { .bearerToken($0.token) } ?? .none)
    }

    /// Writes `text` to `path` (created with mode 0600, truncated if it exists).
    /// - Throws: `ValidationError` naming the path and errno.
    static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0, fchmod(descriptor, 0o600) == 0, let file = fdopen(descriptor, "w") else {
            let problem = errno
            if descriptor >= 0 { close(descriptor) }
            throw ValidationError("cannot open \(path) for writing: errno \(problem)")
        }
        defer { fclose(file) }
        if fputs(text, file) < 0 { throw ValidationError("cannot write \(path): errno \(errno)") }
    }
}

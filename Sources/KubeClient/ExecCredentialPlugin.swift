import Foundation
import KubeAPI
import NIOSSL

/// A credential produced by an exec plugin: a bearer token, a TLS client certificate, or both,
/// valid until `expiration` (forever when nil). At least one of `token` and `clientIdentity` is
/// set. The description never shows the token or the key.
public struct ExecCredential: Sendable, Hashable, CustomStringConvertible {
    public var token: String?
    public var clientIdentity: TLSClientIdentity?
    public var expiration: Date?

    public var description: String {
        var kinds: [String] = []
        if token != nil { kinds.append("token") }
        if clientIdentity != nil { kinds.append("client certificate") }
        return "ExecCredential(\(kinds.joined(separator: " + ")), expiration: \(expiration.map { "\($0)" } ?? "none"))"
    }
}

/// An exec plugin that failed: it could not start, exited non-zero, or printed something that is
/// not a usable `ExecCredential`. `stderr` holds (the start of) what the plugin wrote there.
public struct ExecPluginError: Error, Sendable, Hashable, CustomStringConvertible {
    public var command: String
    public var problem: String
    public var stderr: String

    public var description: String {
        let trimmed = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        return "exec plugin \(command): \(problem)" + (trimmed.isEmpty ? "" : "; stderr: \(trimmed)")
    }
}

/// Runs an exec credential plugin once and parses its `ExecCredential` (v1 or v1beta1).
enum ExecCredentialPlugin {
    static let supportedVersions = ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"]
    static let stderrLimit = 4096

    /// Runs the plugin with `KUBERNETES_EXEC_INFO` set, waits for it, and parses its output.
    /// - Throws: `ExecPluginError` with the plugin's stderr when it fails.
    static func run(_ config: ExecCredentialConfig) async throws(ExecPluginError) -> ExecCredential {
        let output: (status: Int32, stdout: Data, stderr: Data)
        do {
            output = try await runProcess(config)
        } catch {
            var problem = "cannot run: \(error.localizedDescription)"
            if let hint = config.installHint { problem += " (\(hint))" }
            throw ExecPluginError(command: config.command, problem: problem, stderr: "")
        }
        let stderr = String(decoding: output.stderr.prefix(stderrLimit), as: UTF8.self)
        guard output.status == 0 else {
            throw ExecPluginError(command: config.command, problem: "exited with status \(output.status)", stderr: stderr)
        }
        return try parse(output.stdout, config: config, stderr: stderr)
    }

    static func parse(_ stdout: Data, config: ExecCredentialConfig, stderr: String) throws(ExecPluginError) -> ExecCredential {
        func fail(_ problem: String) -> ExecPluginError {
            ExecPluginError(command: config.command, problem: problem, stderr: stderr)
        }
        guard let document = try? JSONValue.parse(Array(stdout)) else { throw fail("output is not JSON") }
        guard document["kind"]?.stringValue == "ExecCredential" else { throw fail("output kind is not ExecCredential") }
        guard document["apiVersion"]?.stringValue == config.apiVersion else {
            throw fail("output apiVersion \(document["apiVersion"]?.stringValue ?? "(none)") does not match \(config.apiVersion)")
        }
        guard let status = document["status"]?.objectValue else { throw fail("output has no status") }
        let token = status["token"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let identity = try clientIdentity(status, fail)
        guard token != nil || identity != nil else {
            throw fail("status has neither token nor clientCertificateData and clientKeyData")
        }
        var expiration: Date?
        if let text = status["expirationTimestamp"]?.stringValue {
            let fractional = ISO8601DateFormatter()
            fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            guard let date = ISO8601DateFormatter().date(from: text) ?? fractional.date(from: text) else {
                throw fail("status.expirationTimestamp \"\(text)\" is not an RFC 3339 time")
            }
            expiration = date
        }
        return ExecCredential(token: token, clientIdentity: identity, expiration: expiration)
    }

    /// `status.clientCertificateData` and `status.clientKeyData` (PEM, both or neither), parsed.
    /// Errors name the field, never its content.
    static func clientIdentity(_ status: [String: JSONValue], _ fail: (String) -> ExecPluginError) throws(ExecPluginError) -> TLSClientIdentity? {
        func text(_ field: String) throws(ExecPluginError) -> String? {
            guard let value = status[field], !value.isNull else { return nil }
            guard let string = value.stringValue else { throw fail("status.\(field) is not a string") }
            return string.isEmpty ? nil : string
        }
        let certificate = try text("clientCertificateData")
        let key = try text("clientKeyData")
        switch (certificate, key) {
        case (nil, nil):
            return nil
        case (.some, nil):
            throw fail("status.clientKeyData is missing (status.clientCertificateData is set)")
        case (nil, .some):
            throw fail("status.clientCertificateData is missing (status.clientKeyData is set)")
        case (.some(let certificate), .some(let key)):
            let chain: [NIOSSLCertificate]
            do {
                chain = try NIOSSLCertificate.fromPEMBytes(Array(certificate.utf8))
            } catch {
                throw fail("status.clientCertificateData holds no valid PEM certificate")
            }
            guard !chain.isEmpty else { throw fail("status.clientCertificateData holds no valid PEM certificate") }
            do {
                return TLSClientIdentity(certificateChain: chain, privateKey: try NIOSSLPrivateKey(bytes: Array(key.utf8), format: .pem))
            } catch {
                throw fail("status.clientKeyData holds no valid PEM private key")
            }
        }
    }

    private static func runProcess(_ config: ExecCredentialConfig) async throws -> (status: Int32, stdout: Data, stderr: Data) {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try runBlocking(config))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Runs the process with its output in temporary files (no pipe can fill up and block it).
    private static func runBlocking(_ config: ExecCredentialConfig) throws -> (status: Int32, stdout: Data, stderr: Data) {
        let process = Process()
        if config.command.contains("/") {
            process.executableURL = URL(fileURLWithPath: config.command)
            process.arguments = config.args
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [config.command] + config.args
        }
        var environment = ProcessInfo.processInfo.environment
        environment.merge(config.env) { _, new in new }
        let info: JSONValue = ["apiVersion": .string(config.apiVersion), "kind": "ExecCredential",
                               "spec": ["interactive": false]]
        environment["KUBERNETES_EXEC_INFO"] = info.jsonString
        process.environment = environment
        let directory = FileManager.default.temporaryDirectory
        let outURL = directory.appendingPathComponent("thaw-exec-\(UUID().uuidString).out")
        let errURL = directory.appendingPathComponent("thaw-exec-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let stdout = (try? Data(contentsOf: outURL)) ?? Data()
        let stderr = (try? Data(contentsOf: errURL)) ?? Data()
        return (process.terminationStatus, stdout, stderr)
    }
}

import Foundation
import KubeAPI

/// A kubeconfig: named clusters, users and contexts, and the current context. Several files merge
/// first-wins, as kubectl merges the files of `KUBECONFIG`: the first file defining a name or the
/// current context decides it.
public struct Kubeconfig: Sendable, Hashable {
    /// A `clusters[].cluster` entry.
    public struct Cluster: Sendable, Hashable {
        public var server: String
        public var tls: KubeTLSSettings
        /// `proxy-url`.
        public var proxy: KubeProxy?
    }

    /// A `contexts[].context` entry.
    public struct Context: Sendable, Hashable {
        public var cluster: String
        public var user: String
        public var namespace: String?
    }

    /// A `users[].user` entry: header authentication plus any client certificate.
    public struct User: Sendable, Hashable {
        public var authentication: KubeAuthentication
        public var clientCertificate: PEMSource?
        public var clientKey: PEMSource?
    }

    public var currentContext: String?
    public var clusters: [String: Cluster] = [:]
    public var contexts: [String: Context] = [:]
    public var users: [String: User] = [:]

    public init() {}

    /// Parses one kubeconfig document. Relative paths are resolved against `file`'s folder.
    /// - Throws: `KubeconfigError` naming `file` and the offending field.
    public init(yaml text: String, file: String) throws(KubeconfigError) {
        let document: JSONValue
        do {
            document = try JSONValue.parseYAML(text)
        } catch {
            throw KubeconfigError(file: file, field: "(document)", problem: error.message)
        }
        self = try KubeconfigReader(file: file).read(document)
    }

    /// Reads and parses one file.
    /// - Throws: `KubeconfigError` when the file cannot be read or is malformed.
    public init(contentsOf path: String) throws(KubeconfigError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KubeconfigError(file: path, field: "(file)", problem: "cannot be read")
        }
        try self.init(yaml: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads the files in order and merges them first-wins; files that do not exist are skipped,
    /// as kubectl skips them.
    /// - Throws: `KubeconfigError` for the first malformed file.
    public init(merging paths: [String]) throws(KubeconfigError) {
        self.init()
        for path in paths where !path.isEmpty && FileManager.default.fileExists(atPath: path) {
            merge(try Kubeconfig(contentsOf: path))
        }
    }

    /// Adds `other`'s entries where this configuration has none of that name.
    public mutating func merge(_ other: Kubeconfig) {
        if currentContext == nil || currentContext == "" { currentContext = other.currentContext }
        clusters.merge(other.clusters) { first, _ in first }
        contexts.merge(other.contexts) { first, _ in first }
        users.merge(other.users) { first, _ in first }
    }
}

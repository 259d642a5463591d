import Foundation
import KubeAPI

/// Reads the fields of one parsed kubeconfig document, tracking the field path so every error
/// names the file and the field.
struct KubeconfigReader {
    let file: String
    let directory: String

    init(file: String) {
        self.file = file
        self.directory = (file as NSString).deletingLastPathComponent
    }

    func error(_ field: String, _ problem: String) -> KubeconfigError {
        KubeconfigError(file: file, field: field, problem: problem)
    }

    func read(_ document: JSONValue) throws(KubeconfigError) -> Kubeconfig {
        guard let root = document.objectValue else { throw error("(document)", "is not a mapping") }
        var config = Kubeconfig()
        config.currentContext = try string(root["current-context"], "current-context")
        for (index, entry) in try namedEntries(root["clusters"], "clusters") {
            let path = "clusters[\(index)].cluster"
            guard let cluster = entry.value.objectValue else { throw error(path, "is not a mapping") }
            if config.clusters[entry.name] == nil { config.clusters[entry.name] = try readCluster(cluster, path) }
        }
        for (index, entry) in try namedEntries(root["contexts"], "contexts") {
            let path = "contexts[\(index)].context"
            guard let context = entry.value.objectValue else { throw error(path, "is not a mapping") }
            let cluster = try string(context["cluster"], path + ".cluster") ?? ""
            let user = try string(context["user"], path + ".user") ?? ""
            let namespace = try string(context["namespace"], path + ".namespace")
            if config.contexts[entry.name] == nil {
                config.contexts[entry.name] = Kubeconfig.Context(cluster: cluster, user: user, namespace: namespace)
            }
        }
        for (index, entry) in try namedEntries(root["users"], "users") {
            let path = "users[\(index)].user"
            guard let user = entry.value.objectValue else { throw error(path, "is not a mapping") }
            if config.users[entry.name] == nil { config.users[entry.name] = try readUser(user, path) }
        }
        return config
    }

    /// `[{name: …, cluster|context|user: {…}}]` as (index, name, inner value).
    func namedEntries(_ value: JSONValue?, _ field: String) throws(KubeconfigError) -> [(Int, (name: String, value: JSONValue))] {
        guard let value, !value.isNull else { return [] }
        guard let array = value.arrayValue else { throw error(field, "is not a list") }
        let innerKey = String(field.dropLast())
        var result: [(Int, (name: String, value: JSONValue))] = []
        for (index, element) in array.enumerated() {
            guard let object = element.objectValue else { throw error("\(field)[\(index)]", "is not a mapping") }
            guard let name = try string(object["name"], "\(field)[\(index)].name"), !name.isEmpty else {
                throw error("\(field)[\(index)].name", "is required")
            }
            result.append((index, (name, object[innerKey] ?? .emptyObject)))
        }
        return result
    }

    func readCluster(_ cluster: [String: JSONValue], _ path: String) throws(KubeconfigError) -> Kubeconfig.Cluster {
        guard let server = try string(cluster["server"], path + ".server"), !server.isEmpty else {
            throw error(path + ".server", "is required")
        }
        var tls = KubeTLSSettings()
        tls.certificateAuthority = try pem(cluster, path, fileKey: "certificate-authority", dataKey: "certificate-authority-data")
        tls.serverName = try string(cluster["tls-server-name"], path + ".tls-server-name")
        tls.insecureSkipVerify = try bool(cluster["insecure-skip-tls-verify"], path + ".insecure-skip-tls-verify") ?? false
        var proxy: KubeProxy?
        if let url = try string(cluster["proxy-url"], path + ".proxy-url"), !url.isEmpty {
            do {
                proxy = try KubeProxy(url: url)
            } catch {
                throw self.error(path + ".proxy-url", error.message)
            }
        }
        return Kubeconfig.Cluster(server: server, tls: tls, proxy: proxy)
    }

    func readUser(_ user: [String: JSONValue], _ path: String) throws(KubeconfigError) -> Kubeconfig.User {
        let certificate = try pem(user, path, fileKey: "client-certificate", dataKey: "client-certificate-data")
        let key = try pem(user, path, fileKey: "client-key", dataKey: "client-key-data")
        if (certificate == nil) != (key == nil) {
            throw error(path + (certificate == nil ? ".client-certificate" : ".client-key"),
                        "is required when \(certificate == nil ? "client-key" : "client-certificate") is set")
        }
        var authentication = KubeAuthentication.none
        if let token = try string(user["token"], path + ".token"), !token.isEmpty {
            authentication = .bearerToken(token)
        } else if let tokenFile = try string(user["tokenFile"], path + ".tokenFile"), !tokenFile.isEmpty {
            authentication = .tokenFile(resolve(tokenFile))
        } else if let username = try string(user["username"], path + ".username") {
            authentication = .basic(username: username, password: try string(user["password"], path + ".password") ?? "")
        } else if let exec = user["exec"], !exec.isNull {
            authentication = .exec(try readExec(exec, path + ".exec"))
        } else if let provider = user["auth-provider"], !provider.isNull {
            throw error(path + ".auth-provider", "auth providers are not supported; use an exec plugin")
        }
        return Kubeconfig.User(authentication: authentication, clientCertificate: certificate, clientKey: key)
    }

    func readExec(_ value: JSONValue, _ path: String) throws(KubeconfigError) -> ExecCredentialConfig {
        guard let exec = value.objectValue else { throw error(path, "is not a mapping") }
        guard let command = try string(exec["command"], path + ".command"), !command.isEmpty else {
            throw error(path + ".command", "is required")
        }
        guard let apiVersion = try string(exec["apiVersion"], path + ".apiVersion") else {
            throw error(path + ".apiVersion", "is required")
        }
        guard ExecCredentialPlugin.supportedVersions.contains(apiVersion) else {
            throw error(path + ".apiVersion", "unsupported version \"\(apiVersion)\" (want one of \(ExecCredentialPlugin.supportedVersions.joined(separator: ", ")))")
        }
        var args: [String] = []
        if let list = exec["args"], !list.isNull {
            guard let array = list.arrayValue else { throw error(path + ".args", "is not a list") }
            for (index, arg) in array.enumerated() {
                guard let text = arg.stringValue else { throw error("\(path).args[\(index)]", "is not a string") }
                args.append(text)
            }
        }
        var env: [String: String] = [:]
        if let list = exec["env"], !list.isNull {
            guard let array = list.arrayValue else { throw error(path + ".env", "is not a list") }
            for (index, item) in array.enumerated() {
                guard let name = item["name"]?.stringValue, let value = item["value"]?.stringValue else {
                    throw error("\(path).env[\(index)]", "needs string name and value")
                }
                env[name] = value
            }
        }
        let resolved = command.contains("/") ? resolve(command) : command
        return ExecCredentialConfig(command: resolved, args: args, env: env, apiVersion: apiVersion,
                                    installHint: exec["installHint"]?.stringValue)
    }

    func pem(_ object: [String: JSONValue], _ path: String, fileKey: String, dataKey: String) throws(KubeconfigError) -> PEMSource? {
        if let data = try string(object[dataKey], "\(path).\(dataKey)"), !data.isEmpty {
            guard let decoded = Data(base64Encoded: data, options: .ignoreUnknownCharacters) else {
                throw error("\(path).\(dataKey)", "is not valid base64")
            }
            return .data(Array(decoded))
        }
        if let file = try string(object[fileKey], "\(path).\(fileKey)"), !file.isEmpty {
            return .file(resolve(file))
        }
        return nil
    }

    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return path }
        return directory + "/" + path
    }

    func string(_ value: JSONValue?, _ field: String) throws(KubeconfigError) -> String? {
        guard let value, !value.isNull else { return nil }
        guard let text = value.stringValue else { throw error(field, "expected a string, found \(value.typeName)") }
        return text
    }

    func bool(_ value: JSONValue?, _ field: String) throws(KubeconfigError) -> Bool? {
        guard let value, !value.isNull else { return nil }
        if let flag = value.boolValue { return flag }
        if let text = value.stringValue, let flag = Bool(text) { return flag }
        throw error(field, "expected a boolean, found \(value.typeName)")
    }
}

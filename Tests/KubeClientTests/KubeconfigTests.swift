import Foundation
import KubeClient
import Testing

@Suite("Kubeconfig loading")
struct KubeconfigTests {
    static let first = """
    apiVersion: v1
    kind: Config
    current-context: dev
    clusters:
    - name: dev
      cluster:
        server: https://dev.example:6443
        certificate-authority: ca.crt
        tls-server-name: kubernetes.internal
    - name: shared
      cluster:
        server: https://first.example
    contexts:
    - name: dev
      context: {cluster: dev, user: token-user, namespace: team-a}
    - name: basic
      context: {cluster: shared, user: basic-user}
    users:
    - name: token-user
      user: {token: s3cr3t-token}
    - name: basic-user
      user: {username: admin, password: hunter2}
    """

    static let second = """
    current-context: prod
    clusters:
    - name: shared
      cluster: {server: https://second.example}
    - name: prod
      cluster:
        server: https://prod.example
        certificate-authority-data: \(Data("-----BEGIN CERTIFICATE-----\n".utf8).base64EncodedString())
        insecure-skip-tls-verify: false
    - name: lab
      cluster: {server: https://lab.example, insecure-skip-tls-verify: true}
    contexts:
    - name: dev
      context: {cluster: shared, user: basic-user}
    - name: prod
      context: {cluster: prod, user: cert-user}
    - name: files
      context: {cluster: lab, user: file-user}
    - name: exec
      context: {cluster: lab, user: exec-user}
    - name: tokenfile
      context: {cluster: lab, user: tokenfile-user}
    users:
    - name: cert-user
      user:
        client-certificate-data: \(Data("CERT".utf8).base64EncodedString())
        client-key-data: \(Data("KEY".utf8).base64EncodedString())
    - name: file-user
      user: {client-certificate: certs/client.crt, client-key: /abs/client.key}
    - name: tokenfile-user
      user: {tokenFile: token}
    - name: exec-user
      user:
        exec:
          apiVersion: client.authentication.k8s.io/v1beta1
          command: ./plugin.sh
          args: [--cluster, lab]
          env: [{name: MODE, value: test}]
    """

    func fixture(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in files { try write(text, to: directory + "/" + name) }
        try body(directory)
    }

    @Test func severalFilesMergeFirstWins() throws {
        try fixture(["a": Self.first, "b": Self.second]) { dir in
            let environment = ["KUBECONFIG": "\(dir)/a:\(dir)/missing:\(dir)/b"]
            let configuration = try KubeClientConfiguration.load(environment: environment)
            // current-context and the `dev` context come from the first file.
            #expect(configuration.server == "https://dev.example:6443")
            #expect(configuration.namespace == "team-a")
            #expect(configuration.authentication == .bearerToken("s3cr3t-token"))
            #expect(configuration.tls.certificateAuthority == .file("\(dir)/ca.crt"))
            #expect(configuration.tls.serverName == "kubernetes.internal")
            #expect(configuration.tls.insecureSkipVerify == false)
            // `shared` is defined by both; the first file's wins.
            let basic = try KubeClientConfiguration.load(context: "basic", environment: environment)
            #expect(basic.server == "https://first.example")
            #expect(basic.authentication == .basic(username: "admin", password: "hunter2"))
            #expect(basic.namespace == "default")
        }
    }

    @Test func everyAuthKindAndOverrides() throws {
        try fixture(["b": Self.second]) { dir in
            let config = try Kubeconfig(contentsOf: dir + "/b")
            let prod = try KubeClientConfiguration(kubeconfig: config, namespace: "override")
            #expect(prod.namespace == "override")
            #expect(prod.tls.clientCertificate == .data(Array("CERT".utf8)))
            #expect(prod.tls.clientKey == .data(Array("KEY".utf8)))
            #expect(prod.tls.certificateAuthority == .data(Array("-----BEGIN CERTIFICATE-----\n".utf8)))
            let files = try KubeClientConfiguration(kubeconfig: config, context: "files")
            #expect(files.tls.clientCertificate == .file(dir + "/certs/client.crt"))
            #expect(files.tls.clientKey == .file("/abs/client.key"))
            #expect(files.tls.insecureSkipVerify)
            let tokenFile = try KubeClientConfiguration(kubeconfig: config, context: "tokenfile")
            #expect(tokenFile.authentication == .tokenFile(dir + "/token"))
            let exec = try KubeClientConfiguration(kubeconfig: config, context: "exec")
            #expect(exec.authentication == .exec(ExecCredentialConfig(
                command: dir + "/./plugin.sh", args: ["--cluster", "lab"], env: ["MODE": "test"],
                apiVersion: "client.authentication.k8s.io/v1beta1")))
        }
    }

    @Test func missingContextIsNamed() throws {
        try fixture(["b": Self.second]) { dir in
            let config = try Kubeconfig(contentsOf: dir + "/b")
            let error = #expect(throws: KubeconfigError.self) { try KubeClientConfiguration(kubeconfig: config, context: "nope") }
            #expect(error?.description.contains("\"nope\"") == true)
        }
    }

    @Test(arguments: [
        ("clusters:\n- name: x\n  cluster: {server: 42}\n", "clusters[0].cluster.server"),
        ("clusters:\n- cluster: {server: https://a}\n", "clusters[0].name"),
        ("users:\n- name: u\n  user: {client-key-data: '!!notbase64!!'}\n", "users[0].user.client-key-data"),
        ("users:\n- name: u\n  user: {client-certificate: a.crt}\n", "users[0].user.client-key"),
        ("users:\n- name: u\n  user:\n    exec: {command: x, apiVersion: client.authentication.k8s.io/v1alpha1}\n", "users[0].user.exec.apiVersion"),
        ("clusters:\n- name: x\n  cluster: {server: https://a, proxy-url: 'https://proxy:3128'}\n", "clusters[0].cluster.proxy-url"),
        ("clusters:\n- name: x\n  cluster: {server: https://a, proxy-url: 'socks5://u:p@proxy'}\n", "clusters[0].cluster.proxy-url"),
        ("clusters:\n- name: x\n  cluster: {server: https://a, proxy-url: 'not a url'}\n", "clusters[0].cluster.proxy-url"),
        ("contexts: {a: b}\n", "contexts"),
        ("clusters: [\n", "(document)"),
    ])
    func malformedFileNamesTheFileAndField(text: String, field: String) throws {
        try fixture(["bad": text]) { dir in
            let error = #expect(throws: KubeconfigError.self) {
                _ = try KubeClientConfiguration.load(environment: ["KUBECONFIG": dir + "/bad"])
            }
            #expect(error?.file == dir + "/bad")
            #expect(error?.field == field)
            #expect(error?.description.contains(dir + "/bad") == true)
        }
    }

    @Test func proxyURLIsReadIntoTheConfiguration() throws {
        let text = """
            clusters:
            - name: c
              cluster: {server: https://a.example, proxy-url: 'http://bob:pa%40ss@proxy.example:3128'}
            - name: s
              cluster: {server: https://a.example, proxy-url: 'socks5://socks.example'}
            contexts:
            - {name: c, context: {cluster: c, user: ""}}
            - {name: s, context: {cluster: s, user: ""}}
            current-context: c
            """
        try fixture(["config": text]) { dir in
            let config = try Kubeconfig(contentsOf: dir + "/config")
            let http = try KubeClientConfiguration(kubeconfig: config)
            #expect(http.proxy == KubeProxy(kind: .http, host: "proxy.example", port: 3128, username: "bob", password: "pa@ss"))
            #expect(!http.description.contains("pa@ss"))
            let socks = try KubeClientConfiguration(kubeconfig: config, context: "s")
            #expect(socks.proxy == KubeProxy(kind: .socks5, host: "socks.example", port: 1080))
        }
    }

    @Test func inClusterConfiguration() throws {
        try fixture(["token": "tok\n", "namespace": "kube-system", "ca.crt": "PEM"]) { dir in
            let configuration = try KubeClientConfiguration.inCluster(
                environment: ["KUBERNETES_SERVICE_HOST": "10.0.0.1", "KUBERNETES_SERVICE_PORT": "443"], directory: dir)
            #expect(configuration.server == "https://10.0.0.1:443")
            #expect(configuration.authentication == .tokenFile(dir + "/token"))
            #expect(configuration.tls.certificateAuthority == .file(dir + "/ca.crt"))
            #expect(configuration.namespace == "kube-system")
            #expect(throws: KubeconfigError.self) { try KubeClientConfiguration.inCluster(environment: [:], directory: dir) }
        }
    }
}

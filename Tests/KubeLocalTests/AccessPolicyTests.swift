import KubeAPI
import KubeLocal
import Testing

@Suite struct AccessPolicyTests {
    func configuration() -> LocalAPIServerConfiguration {
        var configuration = LocalAPIServerConfiguration.forTesting()
        configuration.access = LocalAccessPolicy(tokens: [
            "admin-token": .init(name: "admin", rules: [.everything]),
            "reader-token": .init(name: "reader", rules: [.init(verbs: ["get", "list"], resources: ["configmaps"])]),
        ])
        return configuration
    }

    @Test func tokensAuthenticateAndRulesAuthorize() async throws {
        try await LocalAPIServer.withRunning(configuration: configuration()) { _, url in
            let client = TestClient(baseURL: url)
            let reader = [("Authorization", "Bearer reader-token")]

            let anonymous = try await client.get("/api/v1/namespaces/default/configmaps")
            #expect(anonymous.status == 401)
            #expect(anonymous.json["reason"]?.stringValue == "Unauthorized")
            #expect(try await client.get("/api", headers: [("Authorization", "Bearer wrong")]).status == 401)
            #expect(try await client.get("/api", headers: reader).status == 200)  // discovery: any known token

            #expect(try await client.get("/api/v1/namespaces/default/configmaps", headers: reader).status == 200)
            let watch = try await client.get("/api/v1/namespaces/default/configmaps?watch=true", headers: reader)
            #expect(watch.status == 403)
            #expect(watch.json["reason"]?.stringValue == "Forbidden")
            #expect(watch.json["message"]?.stringValue == #"configmaps is forbidden: User "reader" cannot watch resource "configmaps" in API group "" in the namespace "default""#)
            let secrets = try await client.get("/api/v1/secrets", headers: reader)
            #expect(secrets.status == 403)
            #expect(secrets.json["message"]?.stringValue?.hasSuffix(#"cannot list resource "secrets" in API group "" at the cluster scope"#) == true)
            let create = try await client.request(
                .POST, "/api/v1/namespaces/default/configmaps",
                json: ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "x"]], headers: reader)
            #expect(create.status == 403)
            let admin = try await client.request(
                .POST, "/api/v1/namespaces/default/configmaps",
                json: ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "x"]], headers: [("Authorization", "Bearer admin-token")])
            #expect(admin.status == 201)
        }
    }
}

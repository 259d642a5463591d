import KubeAPI
import KubeClient
import Testing

@Suite("Watch requests and streams against a scripted server")
struct WatchRequestTests {
    static let stream = [
        #"{"type":"ADDED","object":{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","resourceVersion":"11"}}}"#,
        #"{"type":"BOOKMARK","object":{"kind":"ConfigMap","metadata":{"resourceVersion":"12"}}}"#,
        #"{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Expired","code":410,"message":"too old resource version: 5 (12)"}}"#,
        #"{"type":"ADDED","object":{"metadata":{"name":"never-delivered"}}}"#,
    ].joined(separator: "\n") + "\n"

    @Test func optionsAreQueryParametersAndErrorEventsAreTypedErrors() async throws {
        let server = try await ScriptedHTTPServer { _, _ in .json(200, Self.stream) }
        defer { Task { try? await server.stop() } }
        try await KubeClient.with(KubeClientConfiguration(server: "http://127.0.0.1:\(server.port)")) { client in
            let options = WatchOptions(labelSelector: "app in (a,b)", fieldSelector: "metadata.name=a", resourceVersion: "10",
                                       allowWatchBookmarks: true, timeoutSeconds: 30, sendInitialEvents: false)
            var events: [KubeWatchEvent<ConfigMap>] = []
            let error = await #expect(throws: KubeAPIError.self) {
                for try await event in client.resource(ConfigMap.self, namespace: "ns").watch(options) { events.append(event) }
            }
            #expect(error?.isGone == true)
            #expect(error?.message == "too old resource version: 5 (12)")
            #expect(events.map(\.resourceVersion) == ["11", "12"])
            #expect(events.first?.object?.metadata.name == "a")
        }
        let request = try #require(server.recorded.first)
        #expect(request.method == "GET")
        #expect(request.header("Resource-Version") == nil)
        #expect(request.uri == "/api/v1/namespaces/ns/configmaps?watch=true&labelSelector=app%20in%20%28a%2Cb%29"
            + "&fieldSelector=metadata.name%3Da&resourceVersion=10&allowWatchBookmarks=true&timeoutSeconds=30&sendInitialEvents=false")
    }
}

import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
import ThawTestSupport

@testable import ControllerRuntime

@Suite(.serialized) struct StreamingListTests {
    func configMap(_ name: String, _ value: String = "v") -> ConfigMap {
        var object = ConfigMap(name: name, namespace: "default")
        object.data = ["k": value]
        return object
    }

    /// Starts an informer on `url`, checks it syncs to the server's state and follows a create, an
    /// update and a delete made afterwards; returns the informer's reflector counters.
    func syncAndFollow(url: String, writer: ResourceClient<ConfigMap>, options: ReflectorOptions = testReflectorOptions(), representation: StoreRepresentation = .objects) async throws -> (lists: Int, streamed: Int, streaming: Bool) {
        try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
            let configMaps = client.resource(ConfigMap.self, namespace: "default")
            let log = EventLog()
            let store = Store<ConfigMap>(representation: representation)
            let reflector = Reflector(listWatch: ListWatch(client: configMaps), store: store, options: options) { delta in
                log.record(ResourceEvent(delta))
            }
            let running = Task { await reflector.run() }
            try await store.waitUntilSynced()
            #expect(storeState(store) == (try await serverState(client, namespace: "default")))
            _ = try await writer.create(configMap("later"))
            var changed = try await writer.get("c1")
            changed.data = ["k": "changed"]
            _ = try await writer.update(changed)
            _ = try await writer.delete("c0")
            let expected = try await serverState(client, namespace: "default")
            #expect(await eventually { storeState(store) == expected })
            #expect(log.contains("added later") && log.contains("updated c1") && log.contains("deleted c0"))
            running.cancel()
            await running.value
            return (reflector.listCount, reflector.streamedListCount, reflector.usesStreamingList)
        }
    }

    @Test(arguments: [StoreRepresentation.objects, .compact])
    func theLocalServerIsReadByAStreamingList(representation: StoreRepresentation) async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let writer = client.resource(ConfigMap.self, namespace: "default")
                for i in 0..<5 { _ = try await writer.create(configMap("c\(i)")) }
                let counts = try await syncAndFollow(url: url, writer: writer, representation: representation)
                #expect(counts.streamed == 1)  // the initial state came by streaming list...
                #expect(counts.lists == 1)  // ...and no paged list was made
                #expect(counts.streaming)
            }
        }
    }

    @Test func aServerRefusingTheParametersIsListedFromThenOn() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let writer = client.resource(ConfigMap.self, namespace: "default")
                for i in 0..<5 { _ = try await writer.create(configMap("c\(i)")) }
                // As kube-apiserver without the WatchList feature answers.
                let refusal = #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"ListOptions.meta.k8s.io \"\" is invalid: sendInitialEvents: Forbidden: sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled","reason":"Invalid","code":422}"#
                let counts = try await RewritingProxy.withRunning(upstream: url, decide: { _, query in
                    query.contains("sendInitialEvents") ? .answer(code: 422, json: refusal) : .forward(query: query)
                }) { proxy in
                    try await syncAndFollow(url: proxy, writer: writer)
                }
                #expect(counts.streamed == 0)
                #expect(counts.lists == 1)
                #expect(!counts.streaming)
            }
        }
    }

    @Test func aServerIgnoringTheParametersIsListedFromThenOn() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let writer = client.resource(ConfigMap.self, namespace: "default")
                for i in 0..<5 { _ = try await writer.create(configMap("c\(i)")) }
                // An older server drops the parameters it does not know: the watch starts with the
                // current objects but never sends the end marker, only plain bookmarks.
                let counts = try await RewritingProxy.withRunning(upstream: url, decide: { _, query in
                    .forward(query: query.removingQueryItems(["sendInitialEvents", "resourceVersionMatch"]))
                }) { proxy in
                    try await syncAndFollow(url: proxy, writer: writer)
                }
                #expect(counts.streamed == 0)
                #expect(counts.lists == 1)
                #expect(!counts.streaming)
            }
        }
    }

    @Test func theRefusalTextIsRecognised() {
        let refused = KubeAPIError(status: Status(code: 422, reason: .invalid, message: "sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled"))
        let badSelector = KubeAPIError(status: Status(code: 400, reason: .badRequest, message: "unable to parse requirement: found '!'"))
        #expect(Reflector<ConfigMap>.refusesStreamingParameters(refused))
        #expect(!Reflector<ConfigMap>.refusesStreamingParameters(badSelector))
    }
}

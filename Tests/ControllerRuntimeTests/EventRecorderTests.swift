import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing

@testable import ControllerRuntime

@Suite struct EventRecorderTests {
    @Test func repeatsBecomeOneEventWithACount() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let source = try await client.resource(ConfigMap.self, namespace: "default").create(ConfigMap(name: "web", namespace: "default"))
                let recorder = EventRecorder(client: client, component: "test-controller")
                for _ in 0..<3 { try await recorder.record(source, type: "Warning", reason: "Failed", message: "boom") }
                try await recorder.record(source, type: "Normal", reason: "Synced", message: "ok")
                let events = try await client.resource(CoreV1Event.self, namespace: "default").list().items
                #expect(events.count == 2)
                let failed = try #require(events.first { $0.reason == "Failed" })
                #expect(failed.count == 3)
                #expect(failed.involvedObject.name == "web")
                #expect(failed.involvedObject.uid == source.metadata.uid)
                #expect(failed.source.component == "test-controller")
            }
        }
    }
}

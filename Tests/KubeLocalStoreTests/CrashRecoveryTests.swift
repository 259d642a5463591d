import Foundation
import KubeAPI
import Testing

@testable import KubeLocalStore

/// Kills a process writing to a database with SIGKILL and checks that every write it had
/// acknowledged is there. The writer is this same test binary, started again so that it runs only
/// `crashChildWriter` with `childDatabaseVariable` set.
@Suite("ObjectStore crash recovery", .timeLimit(.minutes(2)))
struct CrashRecoveryTests {
    static let childDatabaseVariable = "KUBELOCALSTORE_CRASH_CHILD_DB"

    /// The writer: creates objects forever, printing each acknowledged one. A no-op unless started
    /// by `acknowledgedWritesSurviveKill9`.
    @Test func crashChildWriter() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.childDatabaseVariable] else { return }
        let store = try ObjectStore(databasePath: path)
        var n = 0
        while true {
            let stored = try store.create(configMaps, key("o\(n)"), configMap("o\(n)"))
            FileHandle.standardOutput.write(Data("ack o\(n) \(stored.resourceVersion)\n".utf8))
            n += 1
        }
    }

    @Test func acknowledgedWritesSurviveKill9() throws {
        guard ProcessInfo.processInfo.environment[Self.childDatabaseVariable] == nil else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("state.sqlite").path

        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["--testing-library", "swift-testing", "--filter", "crashChildWriter"]
        child.environment = ProcessInfo.processInfo.environment.merging([Self.childDatabaseVariable: path]) { _, new in new }
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()

        var text = ""
        func acknowledged() -> [(name: String, version: Int64)] {
            text.split(separator: "\n").compactMap { line in
                let parts = line.split(separator: " ")
                guard parts.count == 3, parts[0] == "ack", let version = Int64(parts[2]) else { return nil }
                return (String(parts[1]), version)
            }
        }
        while acknowledged().count < 300 {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

        let acks = acknowledged()
        #expect(acks.count >= 300)
        let recovered = try ObjectStore(databasePath: path)
        for ack in acks {
            #expect(recovered.get(configMaps, key(ack.name))?.resourceVersion == ack.version, "lost \(ack.name)")
        }
        let newest = acks.map(\.version).max() ?? 0
        #expect(recovered.resourceVersion >= newest)
        #expect(try recovered.create(configMaps, key("after"), configMap("after")).resourceVersion > newest)
    }
}

import Foundation
import KubeAPI

/// The captured kubectl bodies in Fixtures/ (regenerate with hack/protobuf/capture-fixtures.sh).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Names of the fixtures that have both a protobuf body and kubectl's JSON for it.
    static var pairedNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
            .filter { files.contains($0 + ".pb") }.sorted()
    }

    static var protobufNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".pb") }.map { String($0.dropLast(3)) }.sorted()
    }

    static func body(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name + ".pb")))
    }

    static func json(_ name: String) throws -> JSONValue {
        try JSONValue.parse(Array(try Data(contentsOf: directory.appendingPathComponent(name + ".json"))))
    }
}

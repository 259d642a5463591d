import KubeAPI
import Testing

@testable import KubeProtobuf
import ThawDeterminism

/// Malformed, truncated and hostile bodies give a `ProtobufDecodingError` naming the message,
/// field and offset; nothing traps.
@Suite struct MalformedInputTests {
    private static func configMap(_ build: (inout ProtobufWriter) -> Void) -> [UInt8] {
        ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap", build)
    }

    private func decodingError(_ body: [UInt8]) -> ProtobufDecodingError? {
        do {
            _ = try KubernetesProtobuf.decode(body)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyAndNonProtobufBodies() {
        for body in [[], Array("{\"kind\":\"Pod\"}".utf8), [0x6B, 0x38, 0x73]] as [[UInt8]] {
            let error = decodingError(body)
            #expect(error?.messageType == "runtime.Unknown")
            #expect(error?.reason.contains("magic") == true)
        }
    }

    @Test func unknownKindIsFlaggedAndNamed() throws {
        let body = ProtobufWriter.body(apiVersion: "example.com/v1", kind: "Widget") { $0.string(1, "x") }
        let error = try #require(decodingError(body))
        #expect(error.isUnsupportedKind)
        #expect(error.description.contains("example.com/v1"))
        #expect(error.description.contains("Widget"))
    }

    @Test func wrongWireTypeNamesMessageAndField() throws {
        let body = Self.configMap { cm in cm.message(1) { $0.int(1, 5) } }
        let error = try #require(decodingError(body))
        #expect(error.messageType == "meta.v1.ObjectMeta")
        #expect(error.fieldNumber == 1)
        #expect(!error.isUnsupportedKind)
        #expect(error.description.contains("name"))
    }

    @Test func truncatedVarintAndOverlongLength() throws {
        var truncated = Self.configMap { cm in cm.message(1) { $0.string(1, "c") } }
        truncated += [0x28, 0xFF]  // an unknown envelope varint field cut short
        #expect(decodingError(truncated)?.reason.contains("truncated varint") == true)

        let overlong: [UInt8] = [0x6B, 0x38, 0x73, 0x00, 0x12, 0x7F, 0x0A]
        let error = try #require(decodingError(overlong))
        #expect(error.reason.contains("runs past the end"))
        #expect(error.offset == 5)
    }

    @Test func varintLongerThan64BitsIsRejected() {
        let body = Self.configMap { cm in
            cm.key(5, 0)  // ConfigMap.immutable, a bool
            for _ in 0..<10 { cm.appendRaw([0xFF]) }
            cm.appendRaw([0x01])
        }
        let error = decodingError(body)
        #expect(error?.reason.contains("overflows") == true)
        #expect(error?.messageType == "core.v1.ConfigMap")
    }

    @Test func groupsAndFieldNumberZeroAreRejected() {
        #expect(decodingError(Self.configMap { $0.key(9, 3) })?.reason.contains("groups") == true)
        #expect(decodingError(Self.configMap { $0.key(0, 0); $0.rawVarint(1) })?.reason.contains("field number") == true)
    }

    @Test func badEmbeddedPayloads() {
        let badFields = Self.configMap { cm in
            cm.message(1) { meta in meta.message(17) { entry in entry.message(7) { $0.data(1, Array("{nope".utf8)) } } }
        }
        #expect(decodingError(badFields)?.messageType == "meta.v1.FieldsV1")

        let badIntOrString = ProtobufWriter.body(apiVersion: "v1", kind: "Service") { svc in
            svc.message(2) { spec in spec.message(1) { port in port.message(4) { $0.int(1, 7) } } }
        }
        #expect(decodingError(badIntOrString)?.reason.contains("IntOrString") == true)

        let gzip = ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap") { _ in }
        var encoded = gzip
        encoded.removeLast(4)  // drop the empty contentEncoding and contentType
        var tail = ProtobufWriter()
        tail.string(3, "gzip")
        #expect(decodingError(encoded + tail.bytes)?.reason.contains("gzip") == true)
    }

    @Test func deeplyNestedEmbeddedObjectsStopWithAnError() {
        var body = ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap") { _ in }
        for _ in 0..<200 {
            let inner = body
            body = ProtobufWriter.body(apiVersion: "apps/v1", kind: "ControllerRevision") { $0.message(2) { $0.data(1, inner) } }
        }
        #expect(decodingError(body)?.reason.contains("nested too deeply") == true)
    }

    @Test(arguments: ["deployment", "job-from-cronjob", "secret", "ingress"])
    func everyTruncationOfTheObjectIsHandled(name: String) throws {
        let body = try Fixtures.body(name)
        let raw = try rawObject(of: body)
        var rejected = 0
        for length in 0..<raw.bytes.count {
            let cut = ProtobufWriter.bodyFromRaw(apiVersion: raw.apiVersion, kind: raw.kind, Array(raw.bytes[0..<length]))
            // A cut at a field boundary is a valid, smaller object; other cuts are errors.
            if (try? KubernetesProtobuf.decode(cut)) == nil { rejected += 1 }
        }
        #expect(rejected > raw.bytes.count / 2)
        for length in 0..<body.count {
            let prefix = Array(body[0..<length])
            if raw.range.contains(length) {
                #expect(throws: ProtobufDecodingError.self) { try KubernetesProtobuf.decode(prefix) }
            } else {
                _ = try? KubernetesProtobuf.decode(prefix)
            }
        }
    }

    @Test func randomByteCorruptionNeverTraps() throws {
        var random = SplitMix64(seed: 0x5EED)
        let body = try Fixtures.body("job-from-cronjob")
        var failures = 0
        for _ in 0..<500 {
            var corrupted = body
            for _ in 0...(random.next() % 4) {
                let index = Int(random.next() % UInt64(corrupted.count - 4)) + 4
                corrupted[index] = UInt8(truncatingIfNeeded: random.next())
            }
            if (try? KubernetesProtobuf.decode(corrupted)) == nil { failures += 1 }
        }
        #expect(failures > 0)
    }

    /// The envelope's apiVersion, kind, raw object bytes and their place in the body.
    private func rawObject(of body: [UInt8]) throws -> (apiVersion: String, kind: String, bytes: [UInt8], range: Range<Int>) {
        let decoded = try KubernetesProtobuf.decode(body)
        let apiVersion = try #require(decoded["apiVersion"]?.stringValue)
        let kind = try #require(decoded["kind"]?.stringValue)
        var reader = WireReader(bytes: body, range: 4..<body.count, messageType: "test")
        while !reader.isAtEnd {
            let key = try reader.readKey()
            let range = try reader.readLengthDelimited()
            if key.number == 2 { return (apiVersion, kind, Array(body[range]), range) }
        }
        throw ProtobufDecodingError(messageType: "test", offset: 0, reason: "no raw field")
    }
}

extension ProtobufWriter {
    /// A body around already-encoded object bytes.
    static func bodyFromRaw(apiVersion: String, kind: String, _ raw: [UInt8]) -> [UInt8] {
        body(apiVersion: apiVersion, kind: kind) { writer in writer.appendRaw(raw) }
    }
}

import KubeAPI
import KubeLocal
import Testing

/// Builds protobuf messages the way Go's generated marshalers write them.
struct ProtoWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ field: Int, _ s: String) { bytes(field, Array(s.utf8)) }

    mutating func bytes(_ field: Int, _ b: [UInt8]) {
        varint(UInt64(field << 3 | 2))
        varint(UInt64(b.count))
        bytes += b
    }

    mutating func int(_ field: Int, _ v: UInt64) {
        varint(UInt64(field << 3))
        varint(v)
    }

    static func message(_ build: (inout ProtoWriter) -> Void) -> [UInt8] {
        var w = ProtoWriter()
        build(&w)
        return w.bytes
    }
}

@Suite("Protobuf request bodies")
struct ProtobufTests {
    @Test func configMapFromKubectlCreateIsDecoded() async throws {
        try await withServer { client, _ in
            let meta = ProtoWriter.message { $0.string(1, "pb"); $0.string(2, ""); $0.int(7, 0) }
            let entry = ProtoWriter.message { $0.string(1, "a"); $0.string(2, "b") }
            let raw = ProtoWriter.message { $0.bytes(1, meta); $0.bytes(2, entry) }
            let typeMeta = ProtoWriter.message { $0.string(1, "v1"); $0.string(2, "ConfigMap") }
            let body = [0x6B, 0x38, 0x73, 0x00] + ProtoWriter.message { $0.bytes(1, typeMeta); $0.bytes(2, raw); $0.string(3, ""); $0.string(4, "") }
            let r = try await client.request(
                .POST, "/api/v1/namespaces/default/configmaps", body: String(decoding: body, as: UTF8.self),
                contentType: "application/vnd.kubernetes.protobuf")
            #expect(r.status == 201)
            #expect(r.json["data"] == ["a": "b"])
            #expect(r.json["metadata"]?["generateName"] == nil)
            #expect(r.json["metadata"]?["generation"] == nil)
        }
    }

    @Test func unsupportedProtobufKindIs415AndGarbageIs400() async throws {
        try await withServer { client, _ in
            let typeMeta = ProtoWriter.message { $0.string(1, "v1"); $0.string(2, "Endpoints") }
            let body = [0x6B, 0x38, 0x73, 0x00] + ProtoWriter.message { $0.bytes(1, typeMeta); $0.bytes(2, []) }
            let r = try await client.request(
                .POST, "/api/v1/namespaces/default/endpoints", body: String(decoding: body, as: UTF8.self),
                contentType: "application/vnd.kubernetes.protobuf")
            #expect(r.status == 415)
            let garbage = try await client.request(
                .POST, "/api/v1/namespaces/default/configmaps", body: "k8s", contentType: "application/vnd.kubernetes.protobuf")
            #expect(garbage.status == 400)
        }
    }
}

import Foundation
import Testing
@testable import KubeAPI

@Suite struct TimeTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (1_715_677_951.0, "2024-05-14T09:12:31Z"),
        (1_715_677_951.999, "2024-05-14T09:12:31Z"),
        (951_782_400.0, "2000-02-29T00:00:00Z"),
        (4_102_444_799.0, "2099-12-31T23:59:59Z"),
        (-1.0, "1969-12-31T23:59:59Z"),
    ])
    func formatsSeconds(_ seconds: Double, _ text: String) {
        #expect(KubeTime.format(Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test func clampsDatesOutsideRFC3339() {
        #expect(KubeTime.format(.distantFuture) == "4001-01-01T00:00:00Z")
        #expect(KubeTime.format(Date(timeIntervalSince1970: .infinity)) == "9999-12-31T23:59:59Z")
        #expect(KubeTime.format(Date(timeIntervalSince1970: -.infinity)) == "0001-01-01T00:00:00Z")
        #expect(KubeTime.formatMicro(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00.000000Z")
    }

    @Test func formatsMicroseconds() {
        #expect(KubeTime.formatMicro(Date(timeIntervalSince1970: 1_715_677_951.123456)) == "2024-05-14T09:12:31.123456Z")
        #expect(KubeTime.formatMicro(Date(timeIntervalSince1970: 1_715_677_951)) == "2024-05-14T09:12:31.000000Z")
        #expect(KubeTime.formatMicro(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500000Z")
    }

    @Test(arguments: [
        ("2024-05-14T09:12:31Z", 1_715_677_951.0),
        ("2024-05-14t09:12:31z", 1_715_677_951.0),
        ("2024-05-14T11:12:31+02:00", 1_715_677_951.0),
        ("2024-05-14T04:42:31-04:30", 1_715_677_951.0),
        ("2024-05-14T09:12:31.5Z", 1_715_677_951.5),
        ("2024-05-14T09:12:31.123456789Z", 1_715_677_951.123456789),
    ])
    func parses(_ text: String, _ seconds: Double) throws {
        let date = try #require(KubeTime.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6)
    }

    @Test(arguments: ["", "2024-05-14", "2024-05-14 09:12:31Z", "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z",
        "2024-05-14T24:00:00Z", "2024-05-14T09:12:31", "2024-05-14T09:12:31.Z", "2024-05-14T09:12:31+0200",
        "2024-05-14T09:12:31Zjunk"])
    func rejects(_ text: String) {
        #expect(KubeTime.parse(text) == nil)
    }

    @Test func microTimeRoundTripsThroughLease() {
        var lease = Lease(name: "leader", namespace: "kube-system")
        let now = Date(timeIntervalSince1970: 1_715_677_951.250001)
        lease.spec.holderIdentity = "a"
        lease.spec.renewTime = now
        lease.spec.leaseDurationSeconds = 15
        #expect(lease.json["spec"]?["renewTime"] == "2024-05-14T09:12:31.250001Z")
        #expect(abs((lease.spec.renewTime?.timeIntervalSince1970 ?? 0) - now.timeIntervalSince1970) < 1e-6)
        var meta = ObjectMeta()
        meta.creationTimestamp = now
        #expect(meta.json["creationTimestamp"] == "2024-05-14T09:12:31Z")
        meta.creationTimestamp = nil
        #expect(meta.json == .emptyObject)
    }
}

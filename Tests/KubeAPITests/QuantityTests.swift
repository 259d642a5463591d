import Testing
@testable import KubeAPI

@Suite struct QuantityTests {
    @Test(arguments: [
        ("100m", Int128(100_000_000), "100m"),
        ("1.5Gi", Int128(1_610_612_736) * 1_000_000_000, "1536Mi"),
        ("2", Int128(2_000_000_000), "2"),
        ("1e3", Int128(1_000_000_000_000), "1e3"),
        ("500Ki", Int128(512_000) * 1_000_000_000, "500Ki"),
        ("0.5", Int128(500_000_000), "500m"),
        (".5", Int128(500_000_000), "500m"),
        ("1.", Int128(1_000_000_000), "1"),
        ("1000", Int128(1_000_000_000_000), "1k"),
        ("+3k", Int128(3_000_000_000_000), "3k"),
        ("-250m", Int128(-250_000_000), "-250m"),
        ("1E", Int128(1_000_000_000_000_000_000) * 1_000_000_000, "1E"),
        ("1E3", Int128(1_000_000_000_000), "1e3"),
        ("12e-3", Int128(12_000_000), "12e-3"),
        ("5n", Int128(5), "5n"),
        ("7u", Int128(7_000), "7u"),
        ("1Ki", Int128(1024_000_000_000), "1Ki"),
        ("1.5Ki", Int128(1536_000_000_000), "1536"),
        ("0.1n", Int128(1), "1n"),
        ("0", Int128(0), "0"),
        ("128974848", Int128(128_974_848_000_000_000), "128974848"),
        ("129M", Int128(129_000_000_000_000_000), "129M"),
    ])
    func parses(_ text: String, _ nanos: Int128, _ canonical: String) throws {
        let q = try Quantity(parsing: text)
        #expect(q.nanoValue == nanos)
        #expect(q.canonicalString == canonical)
        #expect(q.description == text)
        #expect(q.jsonValue == .string(text))
    }

    @Test(arguments: ["", "m", "1.2.3", "1Qi", "1 Gi", "--1", "1e", "1ee3", "Gi", "1kk", "99999999999999999999999999999999999999999E"])
    func rejects(_ text: String) {
        #expect(throws: QuantityError.self) { try Quantity(parsing: text) }
    }

    @Test func errorNamesTheText() {
        #expect(throws: QuantityError(text: "12Qi", reason: "unknown suffix \"Qi\"")) { try Quantity(parsing: "12Qi") }
    }

    @Test func comparesAcrossFormats() throws {
        let ordered = try ["1m", "0.5", "999m", "1", "1001m", "1k", "1Ki", "1M", "1Mi", "1G", "1Gi"].map(Quantity.init(parsing:))
        #expect(ordered == ordered.sorted())
        for (a, b) in zip(ordered, ordered.dropFirst()) { #expect(a < b) }
        #expect(try Quantity(parsing: "1Gi") == Quantity(parsing: "1073741824"))
        #expect(try Quantity(parsing: "1000m") == Quantity(parsing: "1"))
        #expect(try Quantity(parsing: "1e3") == Quantity(parsing: "1k"))
        #expect(Set([try Quantity(parsing: "1Ki"), try Quantity(parsing: "1024")]).count == 1)
    }

    @Test func valuesRoundUp() throws {
        #expect(try Quantity(parsing: "100m").value == 1)
        #expect(try Quantity(parsing: "1500m").value == 2)
        #expect(try Quantity(parsing: "1n").milliValue == 1)
        #expect(try Quantity(parsing: "2Gi").value == 2_147_483_648)
        #expect(try Quantity(parsing: "250m").doubleValue == 0.25)
        #expect(try Quantity(parsing: "100E").value == Int64.max)
    }

    @Test func arithmeticAndResourceLists() throws {
        var total = try Quantity(parsing: "100m")
        total += try Quantity(parsing: "1.9")
        #expect(total == Quantity(2))
        #expect(total.canonicalString == "2")
        #expect((Quantity(milli: 500) - Quantity(1)).canonicalString == "-500m")
        var used: [String: Quantity] = ["cpu": Quantity(milli: 100)]
        used.add(["cpu": Quantity(milli: 400), "memory": Quantity(1 << 20, format: .binarySI)])
        #expect(used["cpu"] == Quantity(milli: 500))
        #expect(used["memory"]?.canonicalString == "1Mi")
        used.formMaximum(with: ["cpu": Quantity(1), "memory": Quantity(1)])
        #expect(used["cpu"] == Quantity(1))
        #expect(used["memory"]?.canonicalString == "1Mi")
    }

    @Test func convertsFromJSON() {
        #expect(Quantity(jsonValue: "64Mi") == Quantity(64 << 20))
        #expect(Quantity(jsonValue: 2) == Quantity(2))
        #expect(Quantity(jsonValue: 0.5) == Quantity(milli: 500))
        #expect(Quantity(jsonValue: "bad") == nil)
        #expect(Quantity(jsonValue: true) == nil)
    }
}

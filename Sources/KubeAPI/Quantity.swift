/// A Kubernetes resource quantity (`100m`, `1.5Gi`, `2`, `1e3`, `500Ki`).
///
/// The amount is held exactly in nano-units (an `Int128`), so comparisons and sums are exact down
/// to `1n`; finer input is rounded up to the next nano-unit, as Kubernetes rounds up. Equality and
/// ordering compare amounts (`1Gi == 1073741824`). The text a quantity was parsed from is kept and
/// written back unchanged, so a read-modify-write does not rewrite other people's quantities.
public struct Quantity: Sendable, Hashable, Comparable, JSONConvertible, CustomStringConvertible {
    /// The amount in units of 10⁻⁹.
    public let nanoValue: Int128
    /// The suffix family used when formatting.
    public let format: QuantityFormat
    /// The text this quantity was parsed from, if any.
    public let originalText: String?

    public static let zero = Quantity(nanoValue: 0, format: .decimalSI)

    /// A quantity of exactly `nanoValue` × 10⁻⁹ units.
    public init(nanoValue: Int128, format: QuantityFormat) {
        self.nanoValue = nanoValue
        self.format = format
        self.originalText = nil
    }

    /// A whole number of units (`Quantity(2)` is `2`; `Quantity(1 << 30, format: .binarySI)` is `1Gi`).
    public init(_ value: Int64, format: QuantityFormat = .decimalSI) {
        self.init(nanoValue: Int128(value) * Quantity.nanosPerUnit, format: format)
    }

    /// A number of thousandths (`Quantity(milli: 250)` is `250m`).
    public init(milli: Int64) {
        self.init(nanoValue: Int128(milli) * 1_000_000, format: .decimalSI)
    }

    init(nanoValue: Int128, format: QuantityFormat, originalText: String) {
        self.nanoValue = nanoValue
        self.format = format
        self.originalText = originalText
    }

    static let nanosPerUnit: Int128 = 1_000_000_000

    /// The amount in thousandths, rounded up, clamped to the `Int64` range.
    public var milliValue: Int64 { Quantity.clamp(Quantity.divideRoundingUp(nanoValue, 1_000_000)) }

    /// The amount in whole units, rounded up, clamped to the `Int64` range.
    public var value: Int64 { Quantity.clamp(Quantity.divideRoundingUp(nanoValue, Quantity.nanosPerUnit)) }

    /// The amount as a floating-point number of units.
    public var doubleValue: Double { Double(nanoValue) / 1e9 }

    public var isZero: Bool { nanoValue == 0 }

    /// The original text when there is one, otherwise the canonical form.
    public var description: String { originalText ?? canonicalString }

    public static func == (a: Quantity, b: Quantity) -> Bool { a.nanoValue == b.nanoValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(nanoValue) }
    public static func < (a: Quantity, b: Quantity) -> Bool { a.nanoValue < b.nanoValue }

    /// The sum, in the left operand's format (the right one's when the left is zero, as in
    /// Kubernetes). Saturates instead of overflowing.
    public static func + (a: Quantity, b: Quantity) -> Quantity {
        let (sum, overflow) = a.nanoValue.addingReportingOverflow(b.nanoValue)
        return Quantity(nanoValue: overflow ? (b.nanoValue > 0 ? .max : .min) : sum, format: a.isZero ? b.format : a.format)
    }

    /// The difference, in the left operand's format (the right one's when the left is zero).
    /// Saturates instead of overflowing.
    public static func - (a: Quantity, b: Quantity) -> Quantity {
        let (difference, overflow) = a.nanoValue.subtractingReportingOverflow(b.nanoValue)
        return Quantity(nanoValue: overflow ? (b.nanoValue < 0 ? .max : .min) : difference,
            format: a.isZero ? b.format : a.format)
    }

    public static func += (a: inout Quantity, b: Quantity) { a = a + b }
    public static func -= (a: inout Quantity, b: Quantity) { a = a - b }

    /// Reads a quantity string, or a JSON number (as kubectl accepts `cpu: 2`); `nil` otherwise.
    public init?(jsonValue: JSONValue) {
        switch jsonValue {
        case .string(let s): try? self.init(parsing: s)
        case .int(let i): self.init(i)
        case .double(let d): try? self.init(parsing: String(d))
        default: return nil
        }
    }

    public var jsonValue: JSONValue { .string(description) }

    static func divideRoundingUp(_ a: Int128, _ b: Int128) -> Int128 {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return r > 0 ? q + 1 : q
    }

    private static func clamp(_ v: Int128) -> Int64 {
        v > Int128(Int64.max) ? .max : v < Int128(Int64.min) ? .min : Int64(v)
    }
}

/// How a quantity is written: `Ki`/`Mi`/… (binary), `m`/`k`/`M`/… (decimal) or `e3` (exponent).
public enum QuantityFormat: Sendable, Hashable {
    case binarySI
    case decimalSI
    case decimalExponent
}

/// A string that is not a valid quantity.
public struct QuantityError: Error, Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public var description: String { "invalid quantity \"\(text)\": \(reason)" }
}

extension Dictionary where Key == String, Value == Quantity {
    /// Adds `other` member by member (a pod's requests onto a node's used resources).
    public mutating func add(_ other: [String: Quantity]) {
        for (name, amount) in other { self[name] = (self[name] ?? .zero) + amount }
    }

    /// Takes the larger of each member (init containers' requests against the containers' sum).
    public mutating func formMaximum(with other: [String: Quantity]) {
        for (name, amount) in other where amount > (self[name] ?? .zero) { self[name] = amount }
    }
}

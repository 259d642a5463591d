/// `intstr.IntOrString`: a field that holds either a number or a string (`maxSurge: 25%`,
/// `targetPort: http`).
public enum IntOrString: Sendable, Hashable, JSONConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    case int(Int)
    case string(String)

    public init(integerLiteral value: Int) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }

    public init?(jsonValue: JSONValue) {
        switch jsonValue {
        case .string(let s): self = .string(s)
        default:
            guard let i = jsonValue.intValue, let narrowed = Int(exactly: i) else { return nil }
            self = .int(narrowed)
        }
    }

    public var jsonValue: JSONValue {
        switch self {
        case .int(let i): return .int(Int64(i))
        case .string(let s): return .string(s)
        }
    }

    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .string(let s): return s
        }
    }

    /// Resolves a count or a percentage of `total` (`"25%"` of 10 is 3 rounding up, 2 rounding down).
    /// Returns `nil` for a string that is not `N%` or a product that does not fit in an `Int`.
    public func scaled(total: Int, roundUp: Bool) -> Int? {
        switch self {
        case .int(let i): return i
        case .string(let s):
            guard s.hasSuffix("%"), let percent = Int(s.dropLast()) else { return nil }
            let (product, overflow) = percent.multipliedReportingOverflow(by: total)
            guard !overflow, product <= Int.max - 99 else { return nil }
            return roundUp ? (product + 99) / 100 : product / 100
        }
    }
}

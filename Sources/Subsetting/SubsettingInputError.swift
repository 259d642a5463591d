/// Why a `SubsettingInput` was rejected; the message names the offending field and value.
public struct SubsettingInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

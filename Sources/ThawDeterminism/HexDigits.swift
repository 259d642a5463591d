extension UInt64 {
    /// The value as exactly 16 hexadecimal digits, zero-padded: a fixed-width rendering of a
    /// stable hash or a generated word, identical on every platform.
    public func hexDigits(uppercase: Bool = false) -> String {
        let digits = String(self, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

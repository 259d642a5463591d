extension Quantity {
    /// Parses `<sign><digits>[.<digits>]<suffix>`, suffix one of `n u m "" k M G T P E`,
    /// `Ki Mi Gi Ti Pi Ei`, or `e<int>`/`E<int>`.
    /// - Throws: `QuantityError` naming the text and what is wrong with it.
    public init(parsing text: String) throws(QuantityError) {
        func fail(_ reason: String) -> QuantityError { QuantityError(text: text, reason: reason) }
        let bytes = Array(text.utf8)
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: Int128 = 0
        var fractionDigits = 0
        var digitCount = 0
        var seenPoint = false
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if b >= 0x30, b <= 0x39 {
                let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(Int128(b - 0x30))
                guard !o1, !o2 else { throw fail("too many digits") }
                mantissa = m2
                digitCount += 1
                if seenPoint { fractionDigits += 1 }
            } else {
                break
            }
            index += 1
        }
        guard digitCount > 0 else { throw fail("expected a number") }
        let suffix = String(decoding: bytes[index...], as: UTF8.self)
        let (base, exponent, format) = try Quantity.scale(of: suffix, fail: fail)
        // nanos = mantissa × base^… × 10^(exponent + 9 − fractionDigits)
        var nanos = mantissa
        var overflow = false
        for _ in 0..<base.binaryPower {
            (nanos, overflow) = nanos.multipliedReportingOverflow(by: 1024)
            guard !overflow else { throw fail("too large") }
        }
        let tenPower = exponent + 9 - fractionDigits
        if tenPower >= 0 {
            guard tenPower <= 38 else { throw fail("too large") }
            for _ in 0..<tenPower {
                (nanos, overflow) = nanos.multipliedReportingOverflow(by: 10)
                guard !overflow else { throw fail("too large") }
            }
        } else if -tenPower > 38 {
            nanos = nanos == 0 ? 0 : 1
        } else {
            var divisor: Int128 = 1
            for _ in 0 ..< -tenPower { divisor *= 10 }
            nanos = Quantity.divideRoundingUp(nanos, divisor)
        }
        self.init(nanoValue: negative ? -nanos : nanos, format: format, originalText: text)
    }

    private struct Base { var binaryPower: Int }

    private static func scale(of suffix: String, fail: (String) -> QuantityError) throws(QuantityError)
        -> (Base, Int, QuantityFormat)
    {
        switch suffix {
        case "": return (Base(binaryPower: 0), 0, .decimalSI)
        case "n": return (Base(binaryPower: 0), -9, .decimalSI)
        case "u": return (Base(binaryPower: 0), -6, .decimalSI)
        case "m": return (Base(binaryPower: 0), -3, .decimalSI)
        case "k": return (Base(binaryPower: 0), 3, .decimalSI)
        case "M": return (Base(binaryPower: 0), 6, .decimalSI)
        case "G": return (Base(binaryPower: 0), 9, .decimalSI)
        case "T": return (Base(binaryPower: 0), 12, .decimalSI)
        case "P": return (Base(binaryPower: 0), 15, .decimalSI)
        case "E": return (Base(binaryPower: 0), 18, .decimalSI)
        case "Ki": return (Base(binaryPower: 1), 0, .binarySI)
        case "Mi": return (Base(binaryPower: 2), 0, .binarySI)
        case "Gi": return (Base(binaryPower: 3), 0, .binarySI)
        case "Ti": return (Base(binaryPower: 4), 0, .binarySI)
        case "Pi": return (Base(binaryPower: 5), 0, .binarySI)
        case "Ei": return (Base(binaryPower: 6), 0, .binarySI)
        default:
            guard let first = suffix.first, first == "e" || first == "E",
                let exponent = Int(suffix.dropFirst()), abs(exponent) <= 60
            else { throw fail("unknown suffix \"\(suffix)\"") }
            return (Base(binaryPower: 0), exponent, .decimalExponent)
        }
    }
}

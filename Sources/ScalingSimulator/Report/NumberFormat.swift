/// Locale-independent, deterministic number formatting for reports.
enum NumberFormat {
    /// `value` rounded half away from zero to `digits` decimals, trailing zeros removed
    /// (`12.5`, `3`, `0.001`); non-finite values print as `0`, magnitudes beyond 10¹⁵ in Swift's
    /// shortest round-trip form.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
        guard abs(value) < 1e15 else { return String(value) }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int64((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        var fraction = String(scaled % scale)
        if digits > 0 { fraction = String(repeating: "0", count: digits - fraction.count) + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

/// Locale-independent, deterministic number formatting for reports.
enum NumberFormat {
    /// `value` rounded half away from zero to `digits` decimals, trailing zeros removed
    /// (`12.5`, `3`, `0.001`); non-finite values print as `null`-free `0`.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
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

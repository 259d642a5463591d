extension Quantity {
    /// The canonical text in this quantity's format, as Kubernetes writes it: the largest suffix
    /// that keeps the number whole (`1000` → `1k`, `1.5` → `1500m`, `1536Mi` → `1536Mi`,
    /// `0.5Gi` → `512Mi`). A binary quantity that is not a whole number of units is written in
    /// decimal suffixes.
    public var canonicalString: String {
        if nanoValue == 0 { return "0" }
        if format == .binarySI, nanoValue % Quantity.nanosPerUnit == 0 {
            var units = nanoValue / Quantity.nanosPerUnit
            var power = 0
            while power < 6, units % 1024 == 0 {
                units /= 1024
                power += 1
            }
            return String(units) + ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][power]
        }
        var amount = nanoValue
        var exponent = -9
        while exponent < 18, amount % 1000 == 0 {
            amount /= 1000
            exponent += 3
        }
        if format == .decimalExponent {
            return String(amount) + (exponent == 0 ? "" : "e\(exponent)")
        }
        let suffixes = [-9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E"]
        return String(amount) + (suffixes[exponent] ?? "")
    }
}

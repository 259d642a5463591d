/// The order in which go-yaml v2 (behind `kubectl -o yaml`) writes mapping keys: runs of digits
/// compare as numbers (`k9` before `k10`), a non-letter sorts before a letter, letters compare by
/// code point.
enum YAMLKeyOrder {
    static func sorted(_ keys: some Sequence<String>) -> [String] {
        keys.map { (key: $0, scalars: Array($0.unicodeScalars)) }
            .sorted { less($0.scalars, $1.scalars) }
            .map(\.key)
    }

    static func less(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < a.count, i < b.count {
            defer { i += 1 }
            if a[i] == b[i] { continue }
            let aLetter = isLetter(a[i])
            let bLetter = isLetter(b[i])
            if aLetter && bLetter { return a[i].value < b[i].value }
            if aLetter || bLetter { return bLetter }
            var aNumber: Int64 = 0
            var bNumber: Int64 = 0
            if a[i] == "0" || b[i] == "0" {
                var j = i - 1
                while j >= 0, isDigit(a[j]) {
                    if a[j] != "0" {
                        aNumber = 1
                        bNumber = 1
                        break
                    }
                    j -= 1
                }
            }
            var aEnd = i
            while aEnd < a.count, isDigit(a[aEnd]) {
                aNumber = aNumber &* 10 &+ Int64(a[aEnd].value) &- 48
                aEnd += 1
            }
            var bEnd = i
            while bEnd < b.count, isDigit(b[bEnd]) {
                bNumber = bNumber &* 10 &+ Int64(b[bEnd].value) &- 48
                bEnd += 1
            }
            if aNumber != bNumber { return aNumber < bNumber }
            if aEnd != bEnd { return aEnd < bEnd }
            return a[i].value < b[i].value
        }
        return a.count < b.count
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .decimalNumber
    }
}

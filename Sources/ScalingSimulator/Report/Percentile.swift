/// Nearest-rank percentiles.
enum Percentile {
    /// The value at rank ceil(p × n) of ascending `sorted` (p in (0, 1]); nil when empty.
    static func of(sorted values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        return values[rankIndex(p, count: values.count)]
    }

    /// Nearest-rank percentiles of unsorted `values` without sorting them all: each rank is found
    /// by quickselect, highest percentile first, each search confined to the part below the last
    /// rank found. Reorders `values`. Returns one value per entry of `ps` (nil when empty).
    static func select(_ ps: [Double], in values: inout [Double]) -> [Double?] {
        guard !values.isEmpty else { return ps.map { _ in nil } }
        var results = [Double?](repeating: nil, count: ps.count)
        var upper = values.count
        for index in ps.indices.sorted(by: { ps[$0] > ps[$1] }) {
            let rank = rankIndex(ps[index], count: values.count)
            let end = min(upper, values.count)
            if rank >= end {
                // A rank at or above an earlier one: that slot already holds its value.
                results[index] = values[rank]
                continue
            }
            quickselect(&values, rank, low: 0, high: end - 1)
            results[index] = values[rank]
            upper = rank + 1
        }
        return results
    }

    private static func rankIndex(_ p: Double, count: Int) -> Int {
        let rank = Int((p * Double(count)).rounded(.up))
        return min(max(rank, 1), count) - 1
    }

    /// Puts the k-th smallest of `values[low...high]` at index k, smaller ones before it and larger
    /// ones after (Hoare partition, median-of-three pivot; deterministic).
    private static func quickselect(_ values: inout [Double], _ k: Int, low: Int, high: Int) {
        var low = low
        var high = high
        while low < high {
            let mid = low + (high - low) / 2
            if values[mid] < values[low] { values.swapAt(mid, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[mid] { values.swapAt(high, mid) }
            let pivot = values[mid]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return
            }
        }
    }
}

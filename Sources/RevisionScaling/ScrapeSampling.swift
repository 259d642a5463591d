/// How many pods the KPA's scraper samples, and how a sample becomes a revision-wide estimate.
public enum ScrapeSampling {
    /// X = z² · σ²/ε² with z = 1.96 (95 % confidence), 100 % variance and 5 % error.
    public static let confidenceFactor = 1.96 * 1.96 * 100 / (5 * 5)

    /// Pods to scrape out of `population` ready pods: all of them up to 3, then
    /// ceil(N·X / (N + X − 1)) (4→4, 10→7, 20→9, 50→12, 100→14, 1000→16).
    public static func sampleSize(population: Int) -> Int {
        if population <= 3 { return max(population, 0) }
        let n = Double(population)
        return Int((n * confidenceFactor / (n + confidenceFactor - 1)).rounded(.up))
    }
}

import Foundation

/// Parses a URL query the way Go's `url.ParseQuery` does for kube-apiserver: `&`-separated
/// `key=value` pairs, `+` meaning a space, then percent-decoding (so `%2B` stays a plus sign).
/// The first value of a repeated key wins; a pair that does not percent-decode is kept verbatim.
enum FormQuery {
    static func parse(_ raw: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if result[key] == nil { result[key] = value }
        }
        return result
    }

    private static func decode(_ component: Substring) -> String {
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

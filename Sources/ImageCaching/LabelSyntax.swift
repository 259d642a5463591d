/// Kubernetes label key and value syntax, for node selectors and tolerations given by users.
enum LabelSyntax {
    /// Why `key=value` is not a valid label, or `nil` when it is.
    static func problem(key: String, value: String) -> String? {
        var name = Substring(key)
        if let slash = key.firstIndex(of: "/") {
            let prefix = key[..<slash]
            guard isDNSSubdomain(String(prefix)) else { return "label key prefix \"\(prefix)\" must be a DNS subdomain" }
            name = key[key.index(after: slash)...]
        }
        guard isQualifiedName(name) else {
            return "label key \"\(key)\" must be at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric"
        }
        guard value.isEmpty || isQualifiedName(Substring(value)) else {
            return "label value \"\(value)\" must be at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric"
        }
        return nil
    }

    /// A lowercase RFC 1123 subdomain of at most 253 characters.
    static func isDNSSubdomain(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 253 else { return false }
        return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            guard let first = label.first, let last = label.last else { return false }
            return isLowerAlnum(first) && isLowerAlnum(last) && label.allSatisfy { isLowerAlnum($0) || $0 == "-" }
        }
    }

    private static func isQualifiedName(_ name: Substring) -> Bool {
        guard let first = name.first, let last = name.last, name.count <= 63 else { return false }
        return isAlnum(first) && isAlnum(last) && name.allSatisfy { isAlnum($0) || "-_.".contains($0) }
    }

    private static func isAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
    private static func isLowerAlnum(_ c: Character) -> Bool { c.isASCII && (c.isNumber || c.isLowercase) }
}

/// Label values: a class name that is not a valid label value is stored as its hash.
enum LabelValue {
    static func fitting(_ text: String) -> String {
        LabelSyntax.problem(key: "k", value: text) == nil ? text : "h-" + StableHash.hex(text)
    }
}

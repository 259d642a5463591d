/// Checks container image references against the distribution reference grammar
/// (`[host[:port]/]path[:tag][@algorithm:hex]`), as the kubelet does before it pulls, so an invalid
/// `spec.image` is reported on the Image instead of failing on every node.
enum ImageReferenceSyntax {
    /// Why `reference` is not a valid image reference, or `nil` when it is.
    static func problem(in reference: String) -> String? {
        guard !reference.isEmpty else { return "must not be empty" }
        guard reference.utf8.count <= 4096 else { return "is longer than 4096 characters" }
        var rest = Substring(reference)
        if let at = rest.firstIndex(of: "@") {
            if let problem = digestProblem(rest[rest.index(after: at)...]) { return problem }
            rest = rest[..<at]
        }
        // A tag follows the last ':' unless that colon belongs to a registry port (a '/' after it).
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
            let tag = rest[rest.index(after: colon)...]
            if let problem = tagProblem(tag) { return problem }
            rest = rest[..<colon]
        }
        guard rest.utf8.count <= 255 else { return "repository name is longer than 255 characters" }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard let first = components.first, !first.isEmpty else { return "repository name must not be empty" }
        if components.count > 1, first.contains(".") || first.contains(":") || first == "localhost" || first.contains(where: \.isUppercase) {
            if let problem = hostProblem(first) { return problem }
            components.removeFirst()
        }
        for component in components {
            if let problem = pathComponentProblem(component) { return problem }
        }
        return nil
    }

    private static func digestProblem(_ digest: Substring) -> String? {
        guard let colon = digest.firstIndex(of: ":") else { return "digest \"\(digest)\" must be algorithm:hex" }
        let algorithm = digest[..<colon], encoded = digest[digest.index(after: colon)...]
        guard let first = algorithm.first, first.isASCII, first.isLetter,
            algorithm.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+._-".contains($0)) })
        else { return "digest algorithm \"\(algorithm)\" is invalid" }
        guard encoded.count >= 32, encoded.allSatisfy(\.isHexDigit) else {
            return "digest \"\(digest)\" must end in at least 32 hexadecimal digits"
        }
        if algorithm == "sha256", encoded.count != 64 { return "a sha256 digest has 64 hexadecimal digits" }
        return nil
    }

    private static func tagProblem(_ tag: Substring) -> String? {
        guard let first = tag.first, first.isASCII, first.isLetter || first.isNumber || first == "_",
            tag.count <= 128, tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) })
        else { return "tag \"\(tag)\" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}" }
        return nil
    }

    private static func hostProblem(_ host: Substring) -> String? {
        var name = host
        if let colon = host.lastIndex(of: ":"), !host.hasPrefix("[") || host[..<colon].hasSuffix("]") {
            let port = host[host.index(after: colon)...]
            guard !port.isEmpty, port.allSatisfy(\.isNumber) else { return "registry port \"\(port)\" must be a number" }
            name = host[..<colon]
        }
        if name.hasPrefix("["), name.hasSuffix("]") {
            return name.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" }) ? nil : "registry address \"\(name)\" is invalid"
        }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last, first.isASCII, first.isLetter || first.isNumber,
                last.isLetter || last.isNumber, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return "registry host \"\(name)\" is invalid" }
        }
        return nil
    }

    /// `[a-z0-9]+` runs joined by `.`, `_`, `__` or any number of `-`.
    private static func pathComponentProblem(_ component: Substring) -> String? {
        let invalid = "repository path component \"\(component)\" must be lowercase letters and digits separated by '.', '_', '__' or '-'"
        guard let first = component.first, let last = component.last, isLowerAlnum(first), isLowerAlnum(last) else { return invalid }
        var separator = ""
        for character in component {
            if isLowerAlnum(character) {
                guard separator.isEmpty || separator == "." || separator == "_" || separator == "__" || separator.allSatisfy({ $0 == "-" }) else { return invalid }
                separator = ""
            } else if ".-_".contains(character) {
                separator.append(character)
            } else {
                return invalid
            }
        }
        return nil
    }

    private static func isLowerAlnum(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || character.isLowercase)
    }
}

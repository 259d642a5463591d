import KubeAPI

/// The name rules of Kubernetes objects (DNS-1123 subdomain and label) and of label keys and
/// values, with the real server's error messages.
enum NameValidation {
    static let subdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let labelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"

    private static func isLowerAlnum(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
    }

    /// Whether `name` is a DNS-1123 label (at most 63 characters).
    static func isLabel(_ name: String) -> Bool {
        let b = Array(name.utf8)
        guard let first = b.first, let last = b.last, b.count <= 63 else { return false }
        return isLowerAlnum(first) && isLowerAlnum(last) && b.allSatisfy { isLowerAlnum($0) || $0 == 0x2D }
    }

    /// Whether `name` is a DNS-1123 subdomain (at most 253 characters).
    static func isSubdomain(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        return name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            let b = Array(part.utf8)
            guard let first = b.first, let last = b.last else { return false }
            return isLowerAlnum(first) && isLowerAlnum(last) && b.allSatisfy { isLowerAlnum($0) || $0 == 0x2D }
        }
    }

    /// Whether `s` is a label value or the name part of a qualified key: at most 63 characters of
    /// alphanumerics, `-`, `_`, `.`, starting and ending with an alphanumeric.
    static func isQualifiedNamePart(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func alnum(_ c: UInt8) -> Bool { isLowerAlnum(c) || (c >= 0x41 && c <= 0x5A) }
        guard let first = b.first, let last = b.last, b.count <= 63 else { return false }
        return alnum(first) && alnum(last) && b.allSatisfy { alnum($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    /// The field errors of an object name for a resource, as `metadata.name` causes.
    static func nameCauses(_ name: String, asLabel: Bool) -> [StatusCause] {
        let ok = asLabel ? isLabel(name) : isSubdomain(name)
        if ok { return [] }
        var messages: [String] = []
        if asLabel, name.utf8.count > 63 {
            messages.append("must be no more than 63 characters")
        } else if !asLabel, name.utf8.count > 253 {
            messages.append("must be no more than 253 characters")
        }
        messages.append(asLabel ? labelMessage : subdomainMessage)
        return messages.map {
            StatusCause(
                reason: "FieldValueInvalid", message: "Invalid value: \"\(name)\": \($0)", field: "metadata.name")
        }
    }

    /// The field errors of `metadata.labels`, as `metadata.labels` causes.
    static func labelCauses(_ labels: [String: JSONValue]) -> [StatusCause] {
        var causes: [StatusCause] = []
        for (key, value) in labels.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            let namePart = String(parts.last ?? "")
            let prefixOK = parts.count == 1 || isSubdomain(String(parts[0]))
            if !prefixOK || !isQualifiedNamePart(namePart) {
                causes.append(
                    StatusCause(
                        reason: "FieldValueInvalid",
                        message:
                            "Invalid value: \"\(key)\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
                        field: "metadata.labels"))
            }
            guard let text = value.stringValue else {
                causes.append(
                    StatusCause(
                        reason: "FieldValueTypeInvalid", message: "Invalid value: must be a string",
                        field: "metadata.labels[\(key)]"))
                continue
            }
            if !text.isEmpty, !isQualifiedNamePart(text) {
                causes.append(
                    StatusCause(
                        reason: "FieldValueInvalid",
                        message:
                            "Invalid value: \"\(text)\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
                        field: "metadata.labels"))
            }
        }
        return causes
    }
}

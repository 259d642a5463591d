import KubeAPI

/// Parses a JSON literal used in a test.
func json(_ text: String) throws -> JSONValue {
    try JSONValue.parse(text)
}

import Testing
@testable import ImageCaching

@Suite struct ImageReferenceSyntaxTests {
    @Test(arguments: [
        "nginx", "nginx:1.25", "library/nginx:latest", "docker.io/library/busybox:1.36.1-musl",
        "gcr.io/knative-releases/knative.dev/serving/cmd/queue@sha256:" + String(repeating: "ab", count: 32),
        "localhost:5000/app", "registry.example.com:443/team/app:v2_1", "ghcr.io/a/b__c/d-e.f:tag",
        "[::1]:5000/app:1",
    ])
    func acceptsValidReferences(_ reference: String) {
        #expect(ImageReferenceSyntax.problem(in: reference) == nil)
    }

    @Test(arguments: [
        ("", "must not be empty"), ("Nginx", "repository path component"), ("nginx:", "tag"),
        ("nginx@sha256:abc", "hexadecimal"), ("nginx:-bad", "tag"), ("a//b", "repository path component"),
        ("nginx@sha256:" + String(repeating: "a", count: 40), "sha256 digest has 64"), ("UPPER.io:x/app", "port"),
        ("app_:1", "repository path component"), ("with space", "repository path component"),
    ])
    func rejectsInvalidReferencesNamingThePart(_ reference: String, _ problem: String) {
        #expect(ImageReferenceSyntax.problem(in: reference)?.contains(problem) == true, "\(reference)")
    }

    @Test func labelSyntax() {
        #expect(LabelSyntax.problem(key: "kubernetes.io/arch", value: "amd64") == nil)
        #expect(LabelSyntax.problem(key: "pool", value: "") == nil)
        #expect(LabelSyntax.problem(key: "Bad_Prefix/x", value: "v")?.contains("prefix") == true)
        #expect(LabelSyntax.problem(key: "k", value: "-v")?.contains("label value") == true)
    }
}

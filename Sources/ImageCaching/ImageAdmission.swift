import Foundation
import KubeAPI

/// Decides whether this controller handles an Image and, if so, which pool it joins or what is
/// wrong with it.
///
/// The part that depends on the Image alone (reference syntax, node selector, the pool and its
/// identity) is remembered per Image uid and resourceVersion in `memo`; the part that depends on
/// other objects (do its Secrets and ServiceAccount exist?) is checked on every call.
struct ImageAdmission: Sendable {
    /// The annotation Knative copies from a revision to choose the caching implementation.
    static let classAnnotation = "caching.knative.dev/image.class"
    /// An Image's own node selector, `key=value[,key=value…]`, merged over the configured one.
    static let nodeSelectorAnnotation = "caching.thaw.dev/node-selector"

    var configuration: ImageCacheConfiguration
    /// Whether `namespace/name` names an existing Secret.
    var secretExists: @Sendable (String, String) -> Bool
    /// The ServiceAccount `namespace/name`, if it exists.
    var serviceAccount: @Sendable (String, String) -> ServiceAccount?
    /// `candidate(of:)` by Image; the owner forgets deleted Images.
    let memo = ObjectVersionMemo<Result<CachePool, ImageProblem>>()

    /// Whether the Image is this controller's: its class annotation is absent or ours.
    func handles(_ image: Image) -> Bool {
        guard let imageClass = image.metadata.annotations[Self.classAnnotation], !imageClass.isEmpty else { return true }
        return imageClass == configuration.imageClass
    }

    /// The Image's pool, or the problem that keeps it out of every pool.
    func pool(of image: Image) -> Result<CachePool, ImageProblem> {
        let candidate = memo.value(for: image.metadata) { Self.candidate(of: image, configuration: configuration) }
        guard case .success(let pool) = candidate, configuration.checksPullSecrets else { return candidate }
        let namespace = pool.namespace
        if let account = pool.serviceAccountName, account != "default", serviceAccount(namespace, account) == nil {
            return .failure(ImageProblem(reason: "ServiceAccountMissing",
                                         message: "service account \"\(account)\" not found in namespace \"\(namespace)\""))
        }
        let missing = pool.pullSecrets.filter { !secretExists(namespace, $0) }
        if !missing.isEmpty {
            let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            return .failure(ImageProblem(reason: "PullSecretMissing",
                                         message: "image pull secret\(missing.count > 1 ? "s" : "") \(names) not found in namespace \"\(namespace)\""))
        }
        return .success(pool)
    }

    /// The pool the Image asks for, from the Image alone (no credential checks), or the problem
    /// with its spec or annotations.
    static func candidate(of image: Image, configuration: ImageCacheConfiguration) -> Result<CachePool, ImageProblem> {
        let namespace = image.metadata.namespace ?? "default"
        let spec = image.spec
        guard let reference = spec.image, !reference.isEmpty else {
            return .failure(ImageProblem(reason: "InvalidImageName", message: "spec.image is required"))
        }
        if let problem = ImageReferenceSyntax.problem(in: reference) {
            return .failure(ImageProblem(reason: "InvalidImageName", message: "spec.image \"\(reference)\": \(problem)"))
        }
        var selector = configuration.nodeSelector
        if let text = image.metadata.annotations[Self.nodeSelectorAnnotation] {
            switch Self.parseSelector(text) {
            case .success(let own): selector.merge(own) { _, own in own }
            case .failure(let problem): return .failure(problem)
            }
        }
        let secrets = spec.imagePullSecrets.compactMap(\.name)
        return .success(CachePool(namespace: namespace, serviceAccountName: spec.serviceAccountName, pullSecrets: secrets, nodeSelector: selector))
    }

    /// Parses `key=value[,key=value…]`.
    static func parseSelector(_ text: String) -> Result<[String: String], ImageProblem> {
        var selector: [String: String] = [:]
        for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
            let trimmed = pair.trimmingCharacters(in: .whitespaces)
            guard let equals = trimmed.firstIndex(of: "=") else {
                return .failure(ImageProblem(reason: "InvalidNodeSelector",
                                             message: "annotation \(nodeSelectorAnnotation): \"\(trimmed)\" is not key=value"))
            }
            let key = String(trimmed[..<equals]), value = String(trimmed[trimmed.index(after: equals)...])
            if let problem = LabelSyntax.problem(key: key, value: value) {
                return .failure(ImageProblem(reason: "InvalidNodeSelector", message: "annotation \(nodeSelectorAnnotation): \(problem)"))
            }
            selector[key] = value
        }
        return .success(selector)
    }
}

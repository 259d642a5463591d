/// One image the simulated registry serves.
public struct RegistryImage: Sendable, Hashable {
    /// The image name as users write it; stored and looked up in `ImageReference.normalized` form.
    public var name: String
    /// The compressed size pulled over the network and kept on disk.
    public var sizeBytes: Int64
    /// Whether pulling needs credentials.
    public var isPrivate: Bool
    /// For a private image: the name of the pull secret (in the pod's namespace, listed in the pod's
    /// `imagePullSecrets`) that grants access.
    public var pullSecretName: String?

    public init(name: String, sizeBytes: Int64, isPrivate: Bool = false, pullSecretName: String? = nil) {
        self.name = name
        self.sizeBytes = sizeBytes
        self.isPrivate = isPrivate
        self.pullSecretName = pullSecretName
    }

    /// `docker.io/library/nginx@sha256:…`: the digest-qualified name the runtime reports.
    public var digestName: String {
        let normalized = ImageReference.normalized(name)
        let repository = normalized.split(separator: "@").first.map(String.init) ?? normalized
        let withoutTag = repository.lastIndex(of: ":").flatMap { colon in
            repository[colon...].contains("/") ? nil : String(repository[..<colon])
        } ?? repository
        return withoutTag + "@sha256:" + SyntheticDigest.hex64(of: normalized)
    }
}

/// Why a pull failed, with the message the kubelet puts in the container's waiting state.
public enum ImagePullFailure: Sendable, Hashable {
    /// The registry does not know the image.
    case notFound(image: String)
    /// The image is private and no matching pull secret was offered.
    case unauthorized(image: String)

    /// The CRI error text, as containerd reports it through the kubelet.
    public var message: String {
        switch self {
        case .notFound(let image):
            let name = ImageReference.normalized(image)
            return "rpc error: code = NotFound desc = failed to pull and unpack image \"\(name)\": "
                + "failed to resolve reference \"\(name)\": \(name): not found"
        case .unauthorized(let image):
            let name = ImageReference.normalized(image)
            return "rpc error: code = Unknown desc = failed to pull and unpack image \"\(name)\": "
                + "failed to resolve reference \"\(name)\": pull access denied, repository does not exist "
                + "or may require authorization: server message: insufficient_scope: authorization failed"
        }
    }
}

/// The images the simulated registry can serve, by normalized name. Images not listed are unknown
/// (pulling them fails with `NotFound`) unless `defaultImageSize` is set, in which case any name
/// resolves to a public image of that size, which keeps `kubectl run` with arbitrary images working.
public struct ImageRegistry: Sendable, Hashable {
    private var images: [String: RegistryImage]
    /// The size of images that are not listed, or `nil` to treat them as nonexistent.
    public var defaultImageSize: Int64?

    public init(images: [RegistryImage] = [], defaultImageSize: Int64? = nil) {
        self.images = [:]
        self.defaultImageSize = defaultImageSize
        for image in images { add(image) }
    }

    /// Adds or replaces an image.
    public mutating func add(_ image: RegistryImage) {
        images[ImageReference.normalized(image.name)] = image
    }

    /// The entry for `name` under any spelling, or a default-sized public entry when enabled.
    public func image(named name: String) -> RegistryImage? {
        if let image = images[ImageReference.normalized(name)] { return image }
        return defaultImageSize.map { RegistryImage(name: name, sizeBytes: $0) }
    }

    /// Resolves a pull of `name` with the pull secrets the pod offers (names in its namespace that
    /// exist): the image, or why the pull fails.
    public func resolve(_ name: String, offeredSecrets: Set<String>) -> Result<RegistryImage, ImagePullFailureError> {
        guard let image = image(named: name) else { return .failure(ImagePullFailureError(.notFound(image: name))) }
        if image.isPrivate {
            guard let secret = image.pullSecretName, offeredSecrets.contains(secret) else {
                return .failure(ImagePullFailureError(.unauthorized(image: name)))
            }
        }
        return .success(image)
    }
}

/// An `ImagePullFailure` as an `Error`.
public struct ImagePullFailureError: Error, Sendable, Hashable {
    public var failure: ImagePullFailure
    public init(_ failure: ImagePullFailure) { self.failure = failure }
}

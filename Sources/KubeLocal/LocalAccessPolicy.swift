/// Who may use a `LocalAPIServer`: bearer tokens, each naming a user and the requests it may make
/// (a small stand-in for kube-apiserver's token authentication plus RBAC, enough to test how
/// clients and controllers behave when refused).
///
/// With a policy set, a request whose `Authorization: Bearer` token is missing or unknown gets
/// 401 Unauthorized; a request the token's rules do not allow gets 403 Forbidden with
/// kube-apiserver's message (`User "NAME" cannot VERB resource "RESOURCE" in API group "GROUP" in
/// the namespace "NS"`). Discovery, OpenAPI, version and health paths need only a known token.
/// Without a policy (the default) every request is allowed.
public struct LocalAccessPolicy: Sendable {
    /// What a user may do: requests whose verb, API group and resource are each listed (`*`
    /// matches any). Resources are plurals (`configmaps`), subresources `plural/sub` (`pods/status`).
    public struct Rule: Sendable, Hashable {
        public var verbs: Set<String>
        public var groups: Set<String>
        public var resources: Set<String>

        public init(verbs: Set<String>, groups: Set<String> = ["*"], resources: Set<String> = ["*"]) {
            self.verbs = verbs
            self.groups = groups
            self.resources = resources
        }

        /// Every verb on every resource.
        public static let everything = Rule(verbs: ["*"])

        func allows(verb: String, group: String, resource: String) -> Bool {
            (verbs.contains("*") || verbs.contains(verb))
                && (groups.contains("*") || groups.contains(group))
                && (resources.contains("*") || resources.contains(resource))
        }
    }

    /// The user a token authenticates, with its rules.
    public struct User: Sendable, Hashable {
        public var name: String
        public var rules: [Rule]

        public init(name: String, rules: [Rule]) {
            self.name = name
            self.rules = rules
        }
    }

    /// Users by bearer token.
    public var tokens: [String: User]

    public init(tokens: [String: User]) { self.tokens = tokens }

    /// The user of an `Authorization` header value.
    /// - Throws: `APIError` 401 Unauthorized when the header is missing, not a bearer token, or
    ///   the token is unknown.
    func authenticate(_ authorization: String?) throws(APIError) -> User {
        guard let authorization, authorization.hasPrefix("Bearer "),
            let user = tokens[String(authorization.dropFirst("Bearer ".count))]
        else {
            throw APIError(code: 401, reason: "Unauthorized", message: "Unauthorized")
        }
        return user
    }

    /// - Throws: `APIError` 403 Forbidden when no rule of `user` allows `verb` on the resource.
    func authorize(_ user: User, verb: String, group: String, resource: String, subresource: String?, namespace: String?) throws(APIError) {
        let target = subresource.map { "\(resource)/\($0)" } ?? resource
        if user.rules.contains(where: { $0.allows(verb: verb, group: group, resource: target) }) { return }
        let scope = namespace.map { "in the namespace \"\($0)\"" } ?? "at the cluster scope"
        let qualified = group.isEmpty ? target : "\(target).\(group)"
        throw APIError(
            code: 403, reason: "Forbidden",
            message: "\(qualified) is forbidden: User \"\(user.name)\" cannot \(verb) resource \"\(target)\" in API group \"\(group)\" \(scope)",
            group: group, kind: resource)
    }
}

extension APIRequest {
    /// The Kubernetes verb of this request (`get`, `list`, `watch`, `create`, `update`, `patch`,
    /// `delete`, `deletecollection`), as authorization sees it.
    var verb: String {
        switch method {
        case .get: path.legacyWatch || flag("watch") ? "watch" : (name == nil ? "list" : "get")
        case .post: "create"
        case .put: "update"
        case .patch: "patch"
        case .delete: name == nil ? "deletecollection" : "delete"
        default: method.rawValue.lowercased()
        }
    }
}

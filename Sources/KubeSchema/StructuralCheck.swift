/// The structural-schema rules of CustomResourceDefinitions (apiextensions.k8s.io/v1).
enum StructuralCheck {
    static func check(_ node: SchemaNode, path: String, isRoot: Bool) throws(SchemaError) {
    }
}

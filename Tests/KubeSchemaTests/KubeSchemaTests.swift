import KubeAPI
import Testing
@testable import KubeSchema

@Suite struct StructuralSchemaConstructionTests {
    @Test func acceptsASimpleObjectSchema() throws {
        _ = try StructuralSchema(openAPIV3Schema: ["type": "object", "properties": ["spec": ["type": "object"]]])
    }
}

import KubeAPI
import KubeClient

/// Reads, changes and writes the object `name`, again when someone wrote it in between (409),
/// up to 20 times.
/// - Throws: the client's errors, and the last conflict after 20 attempts.
public func modify<Object: KubeResource>(_ resource: ResourceClient<Object>, _ name: String, _ change: (inout Object) -> Void) async throws {
    for attempt in 1...20 {
        var object = try await resource.get(name)
        change(&object)
        do {
            _ = try await resource.update(object)
            return
        } catch let error as KubeAPIError where error.isConflict && attempt < 20 {}
    }
}

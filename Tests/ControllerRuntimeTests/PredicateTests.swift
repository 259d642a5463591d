import KubeAPI
import Testing

@testable import ControllerRuntime

@Suite struct PredicateTests {
    func withGeneration(_ generation: Int64, labels: [String: String] = [:], annotations: [String: String] = [:]) -> ConfigMap {
        var object = ConfigMap(name: "a", namespace: "ns")
        object.metadata.generation = generation
        if !labels.isEmpty { object.metadata.labels = labels }
        if !annotations.isEmpty { object.metadata.annotations = annotations }
        return object
    }

    @Test func generationChangedFiltersStatusOnlyUpdates() {
        let predicate = Predicate<ConfigMap>.generationChanged
        #expect(!predicate(.updated(old: withGeneration(1), new: withGeneration(1))))
        #expect(predicate(.updated(old: withGeneration(1), new: withGeneration(2))))
        #expect(predicate(.added(withGeneration(1))))
        #expect(predicate(.deleted(withGeneration(1))))
    }

    @Test func labelAndAnnotationChanges() {
        #expect(Predicate<ConfigMap>.labelsChanged(.updated(old: withGeneration(1), new: withGeneration(1, labels: ["a": "b"]))))
        #expect(!Predicate<ConfigMap>.labelsChanged(.updated(old: withGeneration(1), new: withGeneration(2))))
        #expect(Predicate<ConfigMap>.annotationsChanged(.updated(old: withGeneration(1), new: withGeneration(1, annotations: ["a": "b"]))))
    }

    @Test func labelSelectionSeesObjectsLeaving() {
        let predicate = Predicate<ConfigMap>.hasLabel("thaw.dev/mirror")
        #expect(predicate(.added(withGeneration(1, labels: ["thaw.dev/mirror": "x"]))))
        #expect(!predicate(.added(withGeneration(1))))
        #expect(predicate(.updated(old: withGeneration(1, labels: ["thaw.dev/mirror": "x"]), new: withGeneration(1))))
        #expect(!Predicate<ConfigMap>.hasLabel("k", value: "v")(.added(withGeneration(1, labels: ["k": "w"]))))
    }

    @Test func classAnnotation() {
        let mine = Predicate<ConfigMap>.classAnnotation("thaw.dev/class", className: "thaw")
        let mineOrUnset = Predicate<ConfigMap>.classAnnotation("thaw.dev/class", className: "thaw", includeUnset: true)
        #expect(mine(.added(withGeneration(1, annotations: ["thaw.dev/class": "thaw"]))))
        #expect(!mine(.added(withGeneration(1, annotations: ["thaw.dev/class": "other"]))))
        #expect(!mine(.added(withGeneration(1))))
        #expect(mineOrUnset(.added(withGeneration(1))))
    }

    @Test func combinators() {
        let labelled = Predicate<ConfigMap>.hasLabel("x")
        let annotated = Predicate<ConfigMap>.hasAnnotation("y")
        let both = withGeneration(1, labels: ["x": "1"], annotations: ["y": "1"])
        let onlyLabel = withGeneration(1, labels: ["x": "1"])
        #expect((labelled && annotated)(.added(both)))
        #expect(!(labelled && annotated)(.added(onlyLabel)))
        #expect((labelled || annotated)(.added(onlyLabel)))
        #expect((!annotated)(.added(onlyLabel)))
        #expect(labelled.and(annotated.not())(.added(onlyLabel)))
        #expect(Predicate<ConfigMap>.matching { $0.metadata.name == "a" }(.added(onlyLabel)))
    }
}

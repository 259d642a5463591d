import Testing
@testable import RevisionScaling

@Suite struct AutoscalerSpecTests {
    @Test func defaultsMatchKnative() throws {
        let spec = try AutoscalerSpec(configMap: [:])
        #expect(spec.totalValue == 100)
        #expect(abs(spec.targetValue - 70) < 1e-9)
        #expect(spec.targetBurstCapacity == 211)
        #expect(spec.stableWindow == 60)
        #expect(spec.panicWindow == 6)
        #expect(spec.panicThreshold == 2)
        #expect(spec.maxScaleUpRate == 1000)
        #expect(spec.maxScaleDownRate == 2)
        #expect(spec.scaleToZeroGracePeriod == 30)
        #expect(spec.scaleToZeroPodRetentionPeriod == 0)
        #expect(spec.activatorCapacity == 100)
        #expect(spec.initialScale == 1)
        #expect(spec.activationScale == 1)
        #expect(spec.aggregation == .linear)
        #expect(spec.enableScaleToZero)
    }

    @Test func targetResolution() throws {
        // The target annotation is capped at containerConcurrency.
        let capped = try makeSpec(annotations: ["target": "50"], containerConcurrency: 10)
        #expect(capped.totalValue == 10)
        #expect(abs(capped.targetValue - 7) < 1e-9)
        let uncapped = try makeSpec(annotations: ["target": "50"], containerConcurrency: 0)
        #expect(uncapped.totalValue == 50)
        #expect(abs(uncapped.targetValue - 35) < 1e-9)
        let utilization = try makeSpec(annotations: ["target-utilization-percentage": "50"], containerConcurrency: 10)
        #expect(abs(utilization.targetValue - 5) < 1e-9)
        // Legacy fraction in the ConfigMap and the 0.01 floor.
        let fraction = try makeSpec(["container-concurrency-target-percentage": "0.5"], containerConcurrency: 10)
        #expect(abs(fraction.targetValue - 5) < 1e-9)
        let tiny = try makeSpec(annotations: ["target": "0.01"], containerConcurrency: 0)
        #expect(tiny.targetValue == 0.01)
    }

    @Test func annotationsOverrideTheConfigMap() throws {
        let spec = try makeSpec(
            ["stable-window": "60s", "target-burst-capacity": "100"],
            annotations: [
                "window": "2m", "target-burst-capacity": "-1", "panic-window-percentage": "20",
                "panic-threshold-percentage": "150", "scale-down-delay": "1m30s",
                "metric-aggregation-algorithm": "weighted-exponential", "scale-to-zero-pod-retention-period": "45s",
            ])
        #expect(spec.stableWindow == 120)
        #expect(spec.panicWindow == 24)
        #expect(spec.targetBurstCapacity == -1)
        #expect(spec.panicThreshold == 1.5)
        #expect(spec.scaleDownDelay == 90)
        #expect(spec.aggregation == .weightedExponential)
        #expect(spec.scaleToZeroPodRetentionPeriod == 45)
    }

    @Test func goDurations() {
        #expect(GoDuration.seconds("60s") == 60)
        #expect(GoDuration.seconds("1h1m1s") == 3661)
        #expect(GoDuration.seconds("1.5m") == 90)
        #expect(GoDuration.seconds("500ms") == 0.5)
        #expect(GoDuration.seconds("0") == 0)
        #expect(GoDuration.seconds("-2s") == -2)
        #expect(GoDuration.seconds("60") == nil)
        #expect(GoDuration.seconds("s") == nil)
        #expect(GoDuration.seconds("") == nil)
        #expect(GoDuration.seconds("5d") == nil)
    }

    @Test(arguments: [
        ("stable-window", "5s"), ("stable-window", "61m"), ("stable-window", "60.5s"), ("stable-window", "sixty"),
        ("scale-down-delay", "-1s"), ("scale-down-delay", "1500ms"), ("scale-to-zero-grace-period", "0s"),
        ("scale-to-zero-pod-retention-period", "-5s"), ("target-burst-capacity", "-2"),
        ("container-concurrency-target-percentage", "0"), ("container-concurrency-target-percentage", "101"),
        ("requests-per-second-target-default", "0"), ("activator-capacity", "0.5"), ("max-scale-up-rate", "1"),
        ("max-scale-down-rate", "1.0"), ("panic-window-percentage", "0.5"), ("panic-threshold-percentage", "100"),
        ("initial-scale", "0"), ("initial-scale", "-1"), ("max-scale-limit", "-1"), ("enable-scale-to-zero", "yes"),
        ("max-scale-up-rate", "abc"), ("min-scale", "2.5"),
    ])
    func invalidConfigMapValuesNameKeyAndValue(key: String, value: String) {
        #expect(throws: AutoscalerSpecError.self) { try AutoscalerSpec(configMap: [key: value]) }
        do {
            _ = try AutoscalerSpec(configMap: [key: value])
        } catch {
            #expect(error.key == key)
            #expect(error.value == value)
            #expect(error.description.contains(key) && error.description.contains(value))
        }
    }

    @Test(arguments: [
        ("target", "0"), ("target-utilization-percentage", "0"), ("target-utilization-percentage", "101"),
        ("window", "3s"), ("window", "2h"), ("panic-window-percentage", "101"), ("panic-threshold-percentage", "1001"),
        ("min-scale", "-1"), ("max-scale", "-1"), ("initial-scale", "0"), ("scale-down-delay", "2h"),
        ("metric", "cpu"), ("metric-aggregation-algorithm", "median"), ("activation-scale", "0"), ("class", "hpa.autoscaling.knative.dev"),
    ])
    func invalidAnnotationsNameKeyAndValue(key: String, value: String) {
        let full = AutoscalerSpec.annotationPrefix + key
        do {
            _ = try AutoscalerSpec(configMap: [:], annotations: [full: value])
            Issue.record("\(key)=\(value) was accepted")
        } catch {
            #expect(error.key == full)
            #expect(error.value == value)
        }
    }

    @Test func zeroInitialScaleNeedsTheOptIn() throws {
        let spec = try AutoscalerSpec(
            configMap: ["allow-zero-initial-scale": "true"],
            annotations: [AutoscalerSpec.annotationPrefix + "initial-scale": "0"])
        #expect(spec.initialScale == 0)
    }

    @Test func minScaleAboveMaxScaleIsRejected() {
        #expect(throws: AutoscalerSpecError.self) {
            try makeSpec(annotations: ["min-scale": "5", "max-scale": "3"])
        }
    }

    @Test func maxScaleLimitBoundsMaxScale() throws {
        #expect(throws: AutoscalerSpecError.self) {
            try makeSpec(["max-scale-limit": "10", "max-scale": "11"])
        }
        #expect(throws: AutoscalerSpecError.self) {
            try makeSpec(["max-scale-limit": "10"], annotations: ["max-scale": "0"])
        }
        #expect(throws: AutoscalerSpecError.self) { try makeSpec(["max-scale-limit": "10"]) }
        #expect(try makeSpec(["max-scale-limit": "10", "max-scale": "10"]).maxScale == 10)
    }

    @Test func containerConcurrencyOutOfRange() {
        do {
            _ = try AutoscalerSpec(configMap: [:], containerConcurrency: 1001)
            Issue.record("accepted containerConcurrency 1001")
        } catch {
            #expect(error.key == "containerConcurrency")
            #expect(error.value == "1001")
        }
    }
}

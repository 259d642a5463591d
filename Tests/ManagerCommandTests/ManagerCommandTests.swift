import ArgumentParser
import ImageCaching
import Testing
@testable import thaw

@Suite struct ManagerCommandTests {
    func message(_ arguments: [String]) -> String? {
        do {
            _ = try ManagerCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return ManagerCommand.message(for: error)
        }
    }

    @Test func defaultsRunTheImageCacheWithItsDefaults() throws {
        let command = try #require(try ManagerCommand.parseAsRoot([]) as? ManagerCommand)
        #expect(command.selectedControllers == ["image-cache"])
        let configuration = try command.imageCache.configuration()
        #expect(configuration == ImageCacheConfiguration())
    }

    @Test func flagsReachTheConfiguration() throws {
        let command = try #require(try ManagerCommand.parseAsRoot([
            "--image-class", "fast", "--image-group-size", "8", "--image-node-selector", "pool=serving,kubernetes.io/arch=amd64",
            "--image-tolerations", "dedicated=gpu:NoSchedule,spot", "--image-priority-class", "image-cache",
            "--image-group-update-seconds", "0.5", "--image-skip-pull-secret-check",
        ]) as? ManagerCommand)
        let configuration = try command.imageCache.configuration()
        #expect(configuration.imageClass == "fast")
        #expect(configuration.groupSize == 8)
        #expect(configuration.nodeSelector == ["pool": "serving", "kubernetes.io/arch": "amd64"])
        #expect(configuration.tolerations.tolerations.map(\.json) == [
            ["key": "dedicated", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"], ["key": "spot", "operator": "Exists"],
        ])
        #expect(configuration.priorityClassName == "image-cache")
        #expect(configuration.groupUpdateInterval == .milliseconds(500))
        #expect(!configuration.checksPullSecrets)
    }

    @Test(arguments: [
        (["--controllers", "autoscaler"], "unknown autoscaler"),
        (["--image-group-size", "0"], "--image-group-size 0: must be between 1 and 100"),
        (["--image-node-selector", "pool"], "\"pool\" is not key=value"),
        (["--image-tolerations", "a:Sometimes"], "effect must be NoSchedule, PreferNoSchedule or NoExecute"),
        (["--image-sleeper", "Busy Box"], "--image-sleeper Busy Box"),
        (["--workers", "0"], "--workers must be between 1 and 64"),
        (["--log-level", "loud"], "unknown level \"loud\""),
    ])
    func badFlagsAreNamed(_ arguments: [String], _ expected: String) {
        let text = message(arguments) ?? "accepted"
        #expect(text.contains(expected), "\(text)")
    }
}

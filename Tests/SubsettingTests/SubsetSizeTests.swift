import Testing
@testable import Subsetting

@Suite struct SubsetSizeTests {
    @Test func targetBurstCapacityZeroGivesTwo() throws {
        let size = try SubsetSize(readyPods: 50, totalPerPod: 100, targetBurstCapacity: 0, readyActivators: 10, nodes: 10)
        #expect(size.size == 2)
        #expect(!size.withoutHighAvailability)
    }

    /// The reference's worked example: 5 pods, CC 0 (total 100), TBC 211 → ⌈711/100⌉ = 8.
    @Test func positiveTargetBurstCapacityAddsToThePods() throws {
        #expect(try SubsetSize(readyPods: 5, totalPerPod: 100, targetBurstCapacity: 211, readyActivators: 20, nodes: 20).size == 8)
        #expect(try SubsetSize(readyPods: 0, totalPerPod: 100, targetBurstCapacity: 50, readyActivators: 20, nodes: 20).size == 2)
        #expect(try SubsetSize(readyPods: 3, totalPerPod: 10, targetBurstCapacity: 171, readyActivators: 20, nodes: 20).size == 3)
    }

    @Test func minusOneCountsOnlyThePods() throws {
        #expect(try SubsetSize(readyPods: 5, totalPerPod: 100, targetBurstCapacity: -1, readyActivators: 20, nodes: 20).size == 5)
        #expect(try SubsetSize(readyPods: 1, totalPerPod: 100, targetBurstCapacity: -1, readyActivators: 20, nodes: 20).size == 2)
    }

    @Test func maxNodeSelectionGivesTheSizeForMinusOneAndFlagsOne() throws {
        let three = try SubsetSize(readyPods: 90, totalPerPod: 100, targetBurstCapacity: -1, readyActivators: 10, nodes: 10, maxNodeSelection: 3)
        #expect(three.size == 3)
        let one = try SubsetSize(readyPods: 90, totalPerPod: 100, targetBurstCapacity: -1, readyActivators: 10, nodes: 10, maxNodeSelection: 1)
        #expect(one.size == 1)
        #expect(one.withoutHighAvailability)
        // maxNodeSelection only applies when TBC is −1.
        #expect(try SubsetSize(readyPods: 0, totalPerPod: 100, targetBurstCapacity: 0, readyActivators: 10, nodes: 10, maxNodeSelection: 1).size == 2)
    }

    @Test func maxNodeSelectionOutsideItsRangeIsRejected() {
        for bad in [0, 10, 11] {
            #expect(throws: SubsettingInputError.self) {
                _ = try SubsetSize(readyPods: 1, totalPerPod: 100, targetBurstCapacity: -1, readyActivators: 10, nodes: 10, maxNodeSelection: bad)
            }
        }
    }

    @Test func clampedToReadyActivators() throws {
        let size = try SubsetSize(readyPods: 5, totalPerPod: 100, targetBurstCapacity: 211, readyActivators: 1, nodes: 4)
        #expect(size.size == 1)
        #expect(size.withoutHighAvailability)
        #expect(try SubsetSize(readyPods: 5, totalPerPod: 100, targetBurstCapacity: 0, readyActivators: 0, nodes: 4).size == 0)
    }

    @Test func invalidParametersNameTheField() {
        do {
            _ = try SubsetSize(readyPods: 1, totalPerPod: 100, targetBurstCapacity: -2, readyActivators: 3, nodes: 3)
            Issue.record("TBC −2 accepted")
        } catch {
            #expect(error.message.hasPrefix("targetBurstCapacity"))
        }
        #expect(throws: SubsettingInputError.self) {
            _ = try SubsetSize(readyPods: -1, totalPerPod: 100, targetBurstCapacity: 0, readyActivators: 3, nodes: 3)
        }
        #expect(throws: SubsettingInputError.self) {
            _ = try SubsetSize(readyPods: 1, totalPerPod: 100, targetBurstCapacity: 10, readyActivators: 3, nodes: 3, activatorCapacity: 0)
        }
    }
}

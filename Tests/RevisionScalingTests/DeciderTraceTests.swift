import Testing
@testable import RevisionScaling

@Suite struct DeciderTraceTests {
    @Test func replayProducesOneRowPerTick() throws {
        let spec = try makeSpec(annotations: ["target-burst-capacity": "20"])
        let csv = "time_s,ready_pods,stable,panic\r\n0,1,5,5\n2,1,7,30\n\n4,5,20,40\n6,5,10,10\n70,5,10,10\n"
        let inputs = try DeciderTrace.parseInput(csv)
        let output = DeciderTrace.formatOutput(inputs: inputs, decisions: DeciderTrace.run(.knative, spec: spec, inputs: inputs))
        // Worked by hand: target 7, total 10, TBC 20; panic entered at 2 (ceil(30/7)=5 ≥ 2 × 1),
        // ratchet holds 6 until 2 + 60 < 70.
        #expect(output == """
            time_s,desired,ebc,panic,activators
            0,1,-15,0,2
            2,5,-40,1,2
            4,6,-10,1,2
            6,6,20,1,2
            70,2,20,0,2

            """)
    }

    @Test func firstRowSetsTheInitialReadyPods() throws {
        let inputs = try DeciderTrace.parseInput("time_s,ready_pods,stable,panic\n0,4,0,0\n")
        let decisions = DeciderTrace.run(.knative, spec: try makeSpec(), inputs: inputs)
        #expect(decisions.first?.inPanic == true)
        #expect(decisions.first?.desiredScale == 4)
    }

    @Test(arguments: [
        ("time,ready,stable,panic\n", 1, "header"),
        ("time_s,ready_pods,stable,panic\n0,1,2\n", 2, "row"),
        ("time_s,ready_pods,stable,panic\n0.5,1,2,2\n", 2, "time_s"),
        ("time_s,ready_pods,stable,panic\n4,1,2,2\n2,1,2,2\n", 3, "time_s"),
        ("time_s,ready_pods,stable,panic\n0,-1,2,2\n", 2, "ready_pods"),
        ("time_s,ready_pods,stable,panic\n0,1,x,2\n", 2, "stable"),
        ("time_s,ready_pods,stable,panic\n0,1,2,nan\n", 2, "panic"),
        ("", 1, "header"),
    ])
    func malformedInputNamesLineColumnAndValue(csv: String, line: Int, column: String) {
        do {
            _ = try DeciderTrace.parseInput(csv)
            Issue.record("accepted \(csv)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }
}

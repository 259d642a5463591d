import Foundation
import Subsetting
import Testing
@testable import thaw

/// The `thaw subsetting` file formats: what they accept, and that every rejection names the
/// file and the offending field.
@Suite struct SubsettingFilesTests {
    private func write(_ text: String, name: String = "file.json") throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("subsetting-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func failure(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func readsTheIssueFormats() throws {
        let activators = try SubsettingFiles.readActivators(write("""
            [{"id": "act-1", "ip": "10.0.0.1", "node": "node-1", "zone": "zone-a", "ready": true},
             {"id": "act-2", "ip": "10.0.0.2", "node": "node-2", "zone": null, "ready": false},
             {"id": "act-3", "ip": "10.0.0.3", "node": "node-3"}]
            """))
        #expect(activators == [
            Activator(id: "act-1", ip: "10.0.0.1", node: "node-1", zone: "zone-a", ready: true),
            Activator(id: "act-2", ip: "10.0.0.2", node: "node-2", zone: nil, ready: false),
            Activator(id: "act-3", ip: "10.0.0.3", node: "node-3", zone: nil, ready: true),
        ])
        let revisions = try SubsettingFiles.readRevisions(write("""
            [{"key": "default/hello", "size": 3, "load": 1.5}, {"key": "default/world", "size": 2}]
            """))
        #expect(revisions == [
            RevisionDemand(key: "default/hello", size: 3, load: 1.5), RevisionDemand(key: "default/world", size: 2, load: 1),
        ])
        let previous = try SubsettingFiles.readAssignments(write(#"{"assignments": {"default/hello": ["act-1", "act-3"]}}"#))
        #expect(previous == ["default/hello": ["act-1", "act-3"]])
    }

    @Test func outputRoundTripsThroughThePreviousFormat() throws {
        let output = SubsettingOutput(assignments: ["ns/b": ["act-2", "act-1"], "ns/a": ["act-3"]])
        let text = SubsettingFiles.render(output)
        #expect(text.contains("\"assignments\""))
        #expect(try SubsettingFiles.readAssignments(write(text)) == ["ns/a": ["act-3"], "ns/b": ["act-1", "act-2"]])
    }

    @Test func rejectionsNameTheFileAndTheField() throws {
        let ready = try write(#"[{"id": "a", "ip": "1", "node": "n", "ready": "yes"}]"#, name: "A.json")
        #expect(failure { _ = try SubsettingFiles.readActivators(ready) } == "\(ready): [0].ready: expected true or false, got string")
        let missing = try write(#"[{"id": "a", "node": "n"}]"#, name: "A.json")
        #expect(failure { _ = try SubsettingFiles.readActivators(missing) } == "\(missing): [0].ip: missing")
        let typo = try write(#"[{"key": "x", "size": 2, "laod": 1}]"#, name: "R.json")
        #expect(failure { _ = try SubsettingFiles.readRevisions(typo) } == "\(typo): [0].laod: unknown field (expected one of key, load, size)")
        let fractional = try write(#"[{"key": "x", "size": 2.5}]"#, name: "R.json")
        #expect(failure { _ = try SubsettingFiles.readRevisions(fractional) }?.hasSuffix("[0].size: expected an integer, got number") == true)
        let notArray = try write(#"{"key": "x"}"#, name: "R.json")
        #expect(failure { _ = try SubsettingFiles.readRevisions(notArray) } == "\(notArray): expected a JSON array of revisions, got object")
        let broken = try write(#"[{"key": "x",}]"#, name: "R.json")
        #expect(failure { _ = try SubsettingFiles.readRevisions(broken) }?.hasPrefix("\(broken): invalid JSON at byte") == true)
        let badPrevious = try write(#"{"assignments": {"x": "act-1"}}"#, name: "P.json")
        #expect(failure { _ = try SubsettingFiles.readAssignments(badPrevious) }
            == "\(badPrevious): assignments[\"x\"]: expected an array of activator ids, got string")
        #expect(failure { _ = try SubsettingFiles.readActivators("/nonexistent/A.json") }?.hasPrefix("/nonexistent/A.json: cannot read the file") == true)
    }
}

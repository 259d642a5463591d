import Testing
@testable import KubeAPI

@Suite struct LabelSelectorTests {
    static let labels = ["app": "web", "tier": "frontend", "version": "3"]

    @Test(arguments: [
        ("", true),
        ("app=web", true),
        ("app==web", true),
        ("app=api", false),
        ("app!=api", true),
        ("app!=web", false),
        ("missing!=x", true),
        ("tier in (frontend,backend)", true),
        ("tier in (backend)", false),
        ("tier notin (backend, cache)", true),
        ("tier notin (frontend)", false),
        ("missing notin (a)", true),
        ("missing in (a)", false),
        ("app", true),
        ("missing", false),
        ("!missing", true),
        ("!app", false),
        ("app=web,tier in (frontend),!legacy", true),
        ("app=web, version=4", false),
        ("app=web,app=api", false),
        ("  app = web ", true),
        ("version>2", true),
        ("version>3", false),
        ("version<4,app=web", true),
        ("missing<4", false),
    ])
    func matchesParsedSelectors(_ selector: String, _ expected: Bool) throws {
        #expect(try LabelSelector(parsing: selector).matches(Self.labels) == expected)
    }

    @Test(arguments: ["=web", "tier in (a", "tier within (a)", "a,,b", "bad key=1", "!", "version>x", ">3"])
    func rejectsMalformedSelectors(_ selector: String) {
        #expect(throws: LabelSelectorParseError.self) { try LabelSelector(parsing: selector) }
    }

    @Test func emptyValueSelectsEmptyLabel() throws {
        let selector = try LabelSelector(parsing: "app=")
        #expect(selector.matches(["app": ""]))
        #expect(!selector.matches(["app": "web"]))
    }

    @Test func structuredSelectorsMatch() {
        let selector = LabelSelector(json: [
            "matchLabels": ["app": "web"],
            "matchExpressions": [
                ["key": "tier", "operator": "In", "values": ["frontend", "edge"]],
                ["key": "canary", "operator": "DoesNotExist"],
                ["key": "version", "operator": "NotIn", "values": ["1", "2"]],
            ],
        ])
        #expect(selector.matches(Self.labels))
        #expect(!selector.matches(Self.labels.merging(["canary": "yes"]) { a, _ in a }))
        #expect(!selector.matches(["app": "web", "tier": "backend"]))
        #expect(LabelSelector().matches([:]))
        #expect(LabelSelector().isEmpty)
        let unknownOperator = LabelSelector(json: ["matchExpressions": [["key": "app", "operator": "Resembles", "values": ["web"]]]])
        #expect(!unknownOperator.matches(Self.labels))
        #expect(selector.selectorString == "app=web,tier in (edge,frontend),!canary,version notin (1,2)")
    }

    @Test func selectorStringParsesBackToTheSameSelection() throws {
        let selector = LabelSelector(matchLabels: ["b": "2", "a": "1"],
            matchExpressions: [LabelSelectorRequirement(key: "c", operator: .exists)])
        #expect(selector.selectorString == "a=1,b=2,c")
        let reparsed = try LabelSelector(parsing: selector.selectorString)
        #expect(reparsed.matchLabels == ["a": "1", "b": "2"])
        #expect(reparsed.matchExpressions.map(\.key) == ["c"])
    }

    @Test(arguments: [
        (SelectorOperator.gt, ["5"], "6", true),
        (.gt, ["5"], "5", false),
        (.lt, ["5"], "4", true),
        (.lt, ["5"], "x", false),
        (.gt, ["5"], nil, false),
        (.in, ["a"], nil, false),
        (.notIn, ["a"], nil, true),
    ] as [(SelectorOperator, [String], String?, Bool)])
    func operators(_ op: SelectorOperator, _ values: [String], _ value: String?, _ expected: Bool) {
        #expect(op.evaluate(value, values) == expected)
    }
}

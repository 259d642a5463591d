import KubeLocal
import Testing

/// Parsing kube-apiserver's static token file format.
@Suite struct TokenFileTests {
    @Test func recordsWithQuotedGroupsBlankLinesAndCRLF() throws {
        let text = "alpha,alice,1,\"system:masters,dev\"\r\n\n  \nbeta,\"bob \"\"b\"\"\",2\n"
        let file = try TokenFile(parsing: text, file: "t.csv")
        #expect(file.entries.map(\.token) == ["alpha", "beta"])
        #expect(file.entries.map(\.user) == ["alice", "bob \"b\""])
        #expect(file.entries[0].groups == ["system:masters", "dev"])
        #expect(file.entries[1].groups == [])
        #expect(!file.entries[0].description.contains("alpha"))
        #expect(file.accessPolicy.tokens["beta"]?.name == "bob \"b\"")
        #expect(file.accessPolicy.tokens["beta"]?.rules == [.everything])
    }

    @Test(arguments: [
        ("a,b,c\nx,y\n", "token file t.csv line 2: expected at least 3 columns (token, user name, user uid), found 2"),
        (",alice,1\n", "token file t.csv line 1: the token is empty"),
        ("zq en,alice,1\n", "token file t.csv line 1: the token contains whitespace or a control character"),
        ("zq,,1\n", "token file t.csv line 1: the user name is empty"),
        ("zq,a,1\nzq,b,2\n", "token file t.csv line 2: the token of line 1 is listed again"),
        ("\"zq,a,1\n", "token file t.csv line 1: a quoted field is not closed"),
        ("z\"q,a,1\n", "token file t.csv line 1: a quote inside an unquoted field"),
        ("\n\n", "token file t.csv: it lists no token"),
    ])
    func malformedFilesNameTheLineAndNeverTheToken(_ text: String, _ expected: String) {
        #expect(throws: TokenFileError.self) { try TokenFile(parsing: text, file: "t.csv") }
        do {
            _ = try TokenFile(parsing: text, file: "t.csv")
        } catch {
            #expect(error.description == expected)
            #expect(!error.description.contains("zq"))
        }
    }
}

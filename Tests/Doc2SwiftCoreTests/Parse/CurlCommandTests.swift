import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

@Suite struct CurlCommandTests {
    /// The seed page's request, as the page writes it (tabs, a backslash right after a quote).
    static let seedCommand = """

    curl -X POST \\
      'https://{{HOST}}/apollo/er/relationships?v=1.1' \\
      -H 'Authorization: Bearer ACCESS_TOKEN' \\
      -H 'Content-Type: application/json' \\
      -H 'async: false'\\
      -d '{ 
    \t\t"id": "A-hasPart-B", "relationshipType": "hasPart" 
    \t}'

    """

    func only(_ text: String) throws -> CurlCommand {
        let commands = try CurlCommand.parseAll(text)
        try #require(commands.count == 1)
        return commands[0]
    }

    @Test func readsMethodURLHeadersAndBody() throws {
        let command = try only(Self.seedCommand)
        #expect(command.method == "POST")
        #expect(command.hasExplicitMethod)
        #expect(command.url == "https://{{HOST}}/apollo/er/relationships?v=1.1")
        #expect(command.headers == [
            SampleHeader(name: "Authorization", value: "Bearer ACCESS_TOKEN"),
            SampleHeader(name: "Content-Type", value: "application/json"),
            SampleHeader(name: "async", value: "false"),
        ])
        #expect(command.body == "{ \n\t\t\"id\": \"A-hasPart-B\", \"relationshipType\": \"hasPart\" \n\t}")
        #expect(command.bodyPosition == ShellWords.Position(line: 6, column: 7))
        #expect(command.problems == [])
    }

    @Test func sampleRequestDropsTheHostAndLocatesTheBody() throws {
        let block = CodeBlock(info: "json", content: Self.seedCommand, location: at(40, 1))
        let request = try #require(try only(Self.seedCommand).sampleRequest(in: block))
        #expect(request.method == "POST")
        #expect(request.target == "/apollo/er/relationships?v=1.1")
        #expect(request.path == "/apollo/er/relationships")
        #expect(request.query.map(\.name) == ["v"])
        #expect(request.body == "{ \n\t\t\"id\": \"A-hasPart-B\", \"relationshipType\": \"hasPart\" \n\t}")
        #expect(request.bodyLocation == at(47, 7))
        #expect(request.location == at(40, 1))
    }

    @Test func attachedOptionsAndTheURLAnywhere() throws {
        let command = try only("""
        curl -XPUT -H "Content-type: application/json" --data-raw='[1]' 'http://localhost:8080/items/7'
        """)
        #expect(command.method == "PUT")
        #expect(command.url == "http://localhost:8080/items/7")
        #expect(command.headers == [SampleHeader(name: "Content-type", value: "application/json")])
        #expect(command.body == "[1]")
    }

    @Test func methodDefaultsFromTheBody() throws {
        #expect(try only("curl https://h/x").method == "GET")
        #expect(try only("curl https://h/x -d 'a=1' --data b=2").method == "POST")
        #expect(try only("curl https://h/x -d 'a=1' --data b=2").body == "a=1&b=2")
        #expect(try only("curl --url https://h/y").url == "https://h/y")
    }

    @Test func harmlessOptionsAreSkippedAndOthersListed() throws {
        let command = try only("curl -sSL -k --compressed -u me:pw -F file=@a.csv https://h/x -Q extra")
        #expect(command.url == "https://h/x")
        #expect(command.problems == [
            "option -F sends a form or file upload, which a JSON request builder does not make",
            "unknown curl option '-Q' skipped",
            "extra argument 'extra' skipped",
        ])
    }

    @Test func bodyFromAFileIsAProblem() throws {
        #expect(try only("curl https://h/x -d @body.json").problems == [
            "the body is read from the file 'body.json', which the page does not show",
        ])
    }

    @Test func aForgottenBackslashIsNotedAndASecondCurlStartsACommand() throws {
        let commands = try CurlCommand.parseAll("""
        curl -X GET
          'https://h/a' -H 'a: 1'

        curl -X GET \\
          'https://h/b'
        """)
        #expect(commands.map(\.url) == ["https://h/a", "https://h/b"])
        #expect(commands[0].problems == ["1 line break(s) without a continuation backslash; read as one command"])
        #expect(commands[0].start == nil)
        #expect(commands[1].start == ShellWords.Position(line: 3, column: 1))
        let block = CodeBlock(info: "shell", content: "curl -X GET\n  'https://h/a' -H 'a: 1'\n\ncurl -X GET \\\n  'https://h/b'",
                              location: at(10, 1))
        #expect(commands[1].sampleRequest(in: block)?.location == at(14, 1))
    }

    @Test func otherTextIsNotCurlAndBrokenQuotesAreUnreadable() {
        #expect(throws: CurlCommand.Failure.notCurl) { try CurlCommand.parseAll("{\"a\": 1}") }
        #expect(throws: CurlCommand.Failure.notCurl) { try CurlCommand.parseAll("GET /x 'unclosed") }
        #expect(throws: CurlCommand.Failure.unreadable(
            "the single quote opened at line 3, column 11 of the command is never closed")) {
            try CurlCommand.parseAll("curl -X GET \\\n  'https://h/x?a=1 \\\n  -H 'a: b'")
        }
        #expect(throws: CurlCommand.Failure.unreadable("the command names no URL")) {
            try CurlCommand.parseAll("curl -X GET -H 'a: b'")
        }
    }

    @Test func aPromptBeforeCurlIsAllowed() throws {
        #expect(try only("$ curl https://h/x").url == "https://h/x")
    }
}

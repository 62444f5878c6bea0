import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// JSON examples under an object's heading become examples of that object; the schema checks
/// them against the object as the model reads it.
@Suite struct ObjectExampleTests {
    static let page = """
    # Channels Resource

    ### Channel Object

    ###### Channel Structure

    | Field | Type      | Description |
    |-------|-----------|-------------|
    | id    | snowflake | the id      |
    | name? | string    | the name    |

    ###### Example Text Channel

    ```json
    {"id": "1", "name": "general"}
    ```

    ###### Example Broken Channel

    ```json
    {"id": "2", "topic": "not in the table"}
    ```

    ### Overview Example

    ```json
    {"free": "standing"}
    ```

    ## Get Channel % GET /channels/{channel.id}

    ###### Example Response

    ```json
    {"id": "3"}
    ```
    """

    @Test func examplesBelongToTheObjectAboveThem() throws {
        let (built, diagnostics) = schema(files: [("Channel.md", Self.page)])
        let channel = try #require(built.type(named: "Channel"))
        let examples = try #require(channel.examples)
        #expect(examples.map(\.example.location.line) == [15, 21])
        #expect(examples.map(\.untestedReason) == [nil, "$.topic is not a property of Channel"])
        let shown = messages(diagnostics)
        #expect(shown.contains("Channel.md:21:1: warning: example of Channel does not match the docs: $.topic is not a "
            + "property of Channel (documented at Channel.md:5:1); not tested"))
        // No object owns the free-standing example: a note says so; the operation's block is its sample.
        #expect(shown.contains("Channel.md:26:1: note: example under 'Overview Example' belongs to no object this "
            + "page defines; not tested"))
        #expect(!shown.contains { $0.contains("'Example Response'") })
        #expect(built.operations.first?.responseSamples.count == 1)
    }

    @Test(arguments: [
        ("json", "{}", "Example User", true),
        ("", "  [1]", "User Examples", true),
        ("", "GET /x", "Example", false),
        ("shell", "{}", "Example", false),
        ("json", "{}", "Structure", false),
        ("json", "{}", "Counterexamples", false),
    ])
    func whatIsAnExample(language: String, content: String, heading: String, expected: Bool) {
        let code = CodeBlock(info: language, content: content, location: at(1, 1))
        #expect(ObjectExample.isExample(code, under: heading) == expected)
    }
}
